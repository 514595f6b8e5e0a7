package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.personen.Wijktelling;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** The stacking analysis (stapeling) for the signed-in user's municipality: one SQL pass, sums in Java. */
@Service
public class Stapelingsanalyse {

    /**
     * One area (kern and wijk) as {@link StapelingSql#SQL} returns it: its addresses per mask of regelingen
     * ({@code adressenPerMasker.get(m)}, index 0 unused) and those with 3 or more provisions.
     */
    public record Groep(String kern, String wijk, List<Long> adressenPerMasker, long drieOfMeer) {

        public Groep {
            adressenPerMasker = List.copyOf(adressenPerMasker);
        }

        public long adressenMet(int masker) {
            return adressenPerMasker.get(masker);
        }

        public long adressen() {
            return adressenPerMasker.stream().mapToLong(Long::longValue).sum();
        }

        /** The same area counted over another range of households. */
        Groep plus(Groep ander) {
            List<Long> som = new ArrayList<>(adressenPerMasker);
            for (int m = 0; m < som.size(); m++) {
                som.set(m, som.get(m) + ander.adressenMet(m));
            }
            return new Groep(kern, wijk, som, drieOfMeer + ander.drieOfMeer);
        }
    }

    private final JdbcClient jdbc;
    private final PersonenRegister register;
    private final Clock clock;
    /** The parallel parts of the analysis run on their own threads, each in a read-only transaction (so on the standby with read routing). */
    private final TransactionOperations alleenLezen;

    Stapelingsanalyse(JdbcClient jdbc, PersonenRegister register, Clock clock, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.register = register;
        this.clock = clock;
        TransactionTemplate alleenLezen = new TransactionTemplate(transacties);
        alleenLezen.setReadOnly(true);
        this.alleenLezen = alleenLezen;
    }

    @Transactional(readOnly = true)
    public Stapeling analyse(Gebruiker gebruiker, int jaar) {
        Voorzieningen.alleenCijfers(gebruiker);
        return analyse(gebruiker.gemeenteCode(), jaar);
    }

    /** For the calling module's own checks (tests, exports); callers outside check the role first. */
    Stapeling analyse(String gemeenteCode, int jaar) {
        List<Groep> groepen = groepen(jdbc, alleenLezen, gemeenteCode, jaar);
        return samenvatten(gemeenteCode, jaar, groepen, register.huishoudensPerWijk(gemeenteCode));
    }

    /** Ranges of households that run side by side: the analysis uses every core (PostgreSQL would not parallelise it itself). */
    private static final int DELEN = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * Runs the one query over {@link #DELEN} ranges of household ids at once and adds up their rows;
     * public so the benchmark can time exactly this.
     */
    public static List<Groep> groepen(JdbcClient jdbc, String gemeenteCode, int jaar) {
        return groepen(jdbc, TransactionOperations.withoutTransaction(), gemeenteCode, jaar);
    }

    static List<Groep> groepen(JdbcClient jdbc, TransactionOperations transactie, String gemeenteCode, int jaar) {
        long[] bereik = jdbc.sql(StapelingSql.BEREIK).param("gemeente", gemeenteCode)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long stap = Math.max(1, (bereik[1] - bereik[0] + DELEN) / DELEN);
        List<java.util.concurrent.Callable<List<Groep>>> delen = new java.util.ArrayList<>();
        for (int d = 0; d < DELEN; d++) {
            long van = bereik[0] + d * stap;
            long tot = d == DELEN - 1 ? bereik[1] + 1 : van + stap;
            delen.add(() -> transactie.execute(t -> deel(jdbc, gemeenteCode, jaar, van, tot)));
        }
        Map<List<String>, Groep> samen = new LinkedHashMap<>();
        try (var uitvoerder = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (var uitkomst : uitvoerder.invokeAll(delen)) {
                for (Groep g : uitkomst.get()) {
                    samen.merge(List.of(g.kern(), g.wijk()), g, Groep::plus);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("De stapelingsanalyse is onderbroken", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return List.copyOf(samen.values());
    }

    private static List<Groep> deel(JdbcClient jdbc, String gemeenteCode, int jaar, long van, long tot) {
        return jdbc.sql(StapelingSql.SQL).param("gemeente", gemeenteCode).param("begin", LocalDate.of(jaar, 1, 1))
                .param("einde", LocalDate.of(jaar, 12, 31)).param("van", van).param("tot", tot)
                .query((rs, i) -> {
                    List<Long> perMasker = new ArrayList<>(List.of(0L));
                    for (int m = 1; m <= StapelingSql.MAX_MASKER; m++) {
                        perMasker.add(rs.getLong(StapelingSql.kolom(m)));
                    }
                    return new Groep(rs.getString("kern"), rs.getString("wijk"), perMasker, rs.getLong("drie_of_meer"));
                }).list();
    }

    /** The years the screen offers: from the first provision up to this year. */
    @Transactional(readOnly = true)
    public List<Integer> jaren(Gebruiker gebruiker) {
        Voorzieningen.alleenCijfers(gebruiker);
        int dit = LocalDate.now(clock).getYear();
        LocalDate eerste = jdbc.sql("select min(startdatum) from voorziening where gemeente_code = ?").param(gebruiker.gemeenteCode())
                .query(LocalDate.class).optional().orElse(null);
        int van = eerste == null ? dit : Math.min(dit, eerste.getYear());
        return IntStream.rangeClosed(van, dit).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    static Stapeling samenvatten(String gemeenteCode, int jaar, List<Groep> groepen, List<Wijktelling> wijken) {
        Map<Integer, Long> perMasker = new TreeMap<>();
        for (Groep g : groepen) {
            for (int m = 1; m <= StapelingSql.MAX_MASKER; m++) {
                if (g.adressenMet(m) > 0) {
                    perMasker.merge(m, g.adressenMet(m), Long::sum);
                }
            }
        }
        List<Stapeling.PerRegeling> perRegeling = new ArrayList<>();
        long totaalMet = 0;
        long totaalAlleen = 0;
        for (Regeling r : Regeling.values()) {
            long met = perMasker.entrySet().stream().filter(e -> (e.getKey() & r.bit()) != 0).mapToLong(Map.Entry::getValue).sum();
            long alleen = perMasker.getOrDefault(r.bit(), 0L);
            perRegeling.add(new Stapeling.PerRegeling(r, r.label(), met, alleen, procent(alleen, met)));
            totaalMet += met;
            totaalAlleen += alleen;
        }
        List<Stapeling.Combinatie> combinaties = perMasker.entrySet().stream()
                .filter(e -> e.getKey() != 0)
                .sorted(Map.Entry.comparingByKey(Stapelingsanalyse::combinatievolgorde))
                .map(e -> {
                    List<Regeling> regelingen = List.copyOf(Regeling.uitMasker(e.getKey()));
                    return new Stapeling.Combinatie(regelingen, regelingen.stream().map(Regeling::kort).collect(Collectors.joining("+")),
                            e.getValue());
                }).toList();
        long adressen = groepen.stream().mapToLong(Groep::adressen).sum();
        long drieOfMeer = groepen.stream().mapToLong(Groep::drieOfMeer).sum();
        long huishoudens = wijken.stream().mapToLong(Wijktelling::huishoudens).sum();

        Map<List<String>, Long> huishoudensPerWijk = new LinkedHashMap<>();
        wijken.forEach(w -> huishoudensPerWijk.merge(List.of(w.woonplaats(), w.wijk()), w.huishoudens(), Long::sum));
        Map<List<String>, List<Groep>> groepenPerWijk = groepen.stream().collect(Collectors.groupingBy(g -> List.of(g.kern(), g.wijk())));
        Set<List<String>> alleWijken = new java.util.TreeSet<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        alleWijken.addAll(huishoudensPerWijk.keySet());
        alleWijken.addAll(groepenPerWijk.keySet());
        List<Stapeling.Gebied> perWijk = alleWijken.stream()
                .map(k -> gebied(k.get(0), k.get(1), huishoudensPerWijk.getOrDefault(k, 0L), groepenPerWijk.getOrDefault(k, List.of())))
                .toList();
        Map<String, List<Groep>> groepenPerKern = groepen.stream().collect(Collectors.groupingBy(Groep::kern, TreeMap::new, Collectors.toList()));
        Map<String, Long> huishoudensPerKern = new TreeMap<>();
        wijken.forEach(w -> huishoudensPerKern.merge(w.woonplaats(), w.huishoudens(), Long::sum));
        Set<String> alleKernen = new java.util.TreeSet<>(huishoudensPerKern.keySet());
        alleKernen.addAll(groepenPerKern.keySet());
        List<Stapeling.Gebied> perKern = alleKernen.stream()
                .map(k -> gebied(k, null, huishoudensPerKern.getOrDefault(k, 0L), groepenPerKern.getOrDefault(k, List.of()))).toList();
        return new Stapeling(gemeenteCode, jaar, perRegeling, new Stapeling.Totaal(totaalMet, totaalAlleen), combinaties, adressen, huishoudens,
                drieOfMeer, perDuizend(drieOfMeer, huishoudens), perWijk, perKern);
    }

    private static Stapeling.Gebied gebied(String kern, String wijk, long huishoudens, List<Groep> groepen) {
        long[] per = new long[Regeling.values().length];
        for (Groep g : groepen) {
            for (int m = 1; m <= StapelingSql.MAX_MASKER; m++) {
                for (Regeling r : Regeling.uitMasker(m)) {
                    per[r.ordinal()] += g.adressenMet(m);
                }
            }
        }
        long drie = groepen.stream().mapToLong(Groep::drieOfMeer).sum();
        return new Stapeling.Gebied(kern, wijk, huishoudens, groepen.stream().mapToLong(Groep::adressen).sum(), per[0], per[1], per[2], per[3],
                per[4], drie, perDuizend(drie, huishoudens));
    }

    /** Combinations in the order of the evaluation's table: by the regelingen they hold, in enum order, shorter first. */
    static int combinatievolgorde(int a, int b) {
        List<Regeling> x = List.copyOf(Regeling.uitMasker(a));
        List<Regeling> y = List.copyOf(Regeling.uitMasker(b));
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i).ordinal(), y.get(i).ordinal());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    static BigDecimal procent(long deel, long geheel) {
        return geheel == 0 ? null : BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal perDuizend(long deel, long geheel) {
        return geheel == 0 ? null : BigDecimal.valueOf(deel * 1000).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }
}
