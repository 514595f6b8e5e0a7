package nl.dichtbij.berichten;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Uitvoeringscijfers;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Escalaties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person-free figures per care provider (issue 17) for one municipality and year, under one law or both: the 80/20 list (all
 * providers by spend, with the cumulative share and whether each is in the smallest group of providers that together carry at
 * least 80% of the spend) and per provider its clients (distinct residents with a toewijzing running in the year), new and
 * ended toewijzingen, spend (granted on declarations for care delivered in the year) and spend per client, its share of the
 * municipality's spend, the median waiting time per law against the norm of its contract, outflow per JZ588 reason, verzoeken
 * om (wijziging van) toewijzing with their outcome, and the escalations about it. Withdrawn toewijzingen (RedenWijziging 13)
 * do not count. Every figure is counted in the database, grouped by provider: a handful of queries however many providers.
 * No suppression here: {@code sturing} leaves small counts out for the board.
 */
@Service
@Transactional(readOnly = true)
public class Aanbiedercijfers {

    /** The share of the spend the "80/20" group carries together. */
    public static final int DREMPEL_PROCENT = 80;

    /** How the care of a toewijzing ended (JZ588), in four groups; a temporary stop (20) is no outflow. */
    public enum Uitstroomgroep {
        VOLGENS_PLAN("Volgens plan beëindigd"),
        VOORTIJDIG("Voortijdig beëindigd"),
        OVERSTAP("Overstap naar een andere aanbieder of een ander domein"),
        ANDERS("Anders beëindigd");

        private final String label;

        Uitstroomgroep(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** 31 as planned; 32–35 early (by the client, the provider, together, an outside cause); 38–39 a switch; 02, 36, 37 and unknown otherwise. */
        public static Uitstroomgroep van(String reden) {
            if (reden == null) {
                return ANDERS;
            }
            return switch (reden) {
                case "31" -> VOLGENS_PLAN;
                case "32", "33", "34", "35" -> VOORTIJDIG;
                case "38", "39" -> OVERSTAP;
                default -> ANDERS;
            };
        }
    }

    /** Deliveries of the provider that ended for good in the year with this JZ588 reason (code and its name in the code list). */
    public record Uitstroom(String reden, String omschrijving, Uitstroomgroep groep, Long aantal) {
    }

    /** The outflow of one group, with its share of all the provider's outflow. */
    public record Groepstelling(Uitstroomgroep groep, Long aantal, BigDecimal procent) {
    }

    /** Verzoeken of one kind received in the year and how they ended: granted (at least one product), refused, or not answered yet. */
    public record Verzoekcijfers(Verzoek.Soort soort, Long ontvangen, Long toegekend, Long afgewezen, Long open) {
    }

    /** The median days from toewijzing to start over the provider's starts in the year, and the norm of its contract (null: none). */
    public record Wachttijd(Wet wet, Integer mediaanDagen, Integer normDagen, String contract) {

        /** True when the median is over the norm, false when within it, null when either is unknown. */
        public Boolean bovenNorm() {
            return mediaanDagen == null || normDagen == null ? null : mediaanDagen > normDagen;
        }
    }

    /**
     * One provider: its place in the list (1 = most spend), whether it is in the 80% group, and its figures. Money is in cents.
     * A field named in {@code onderdrukt} was left out (null) for the reader.
     */
    public record Aanbiedercijfer(int plaats, String aanbiederAgb, String naam, boolean in8020, Long clienten, Long nieuweToewijzingen,
                                  Long beeindigdeToewijzingen, Long besteedCenten, Long besteedPerClientCenten, BigDecimal procentBesteed,
                                  BigDecimal procentCumulatief, List<Wachttijd> wachttijden, Long uitstroomTotaal, List<Groepstelling> uitstroomPerGroep,
                                  List<Uitstroom> uitstroom, List<Verzoekcijfers> verzoeken, Long escalaties, Long escalatiesOpen,
                                  List<String> onderdrukt) {

        public Groepstelling groep(Uitstroomgroep groep) {
            return uitstroomPerGroep.stream().filter(g -> g.groep() == groep).findFirst().orElse(null);
        }

        public Verzoekcijfers verzoeken(Verzoek.Soort soort) {
            return verzoeken.stream().filter(v -> v.soort() == soort).findFirst().orElse(null);
        }
    }

    /**
     * The 80/20 list of a municipality: every provider with care, spend, a verzoek or an escalation in the year, most spend first.
     * {@code clienten} counts a resident with two providers once. {@code wet} null: Jeugdwet and Wmo together.
     */
    public record Lijst(String gemeenteCode, int jaar, Wet wet, long besteedCenten, Long clienten, int aantalAanbieders, int aanbiedersIn8020,
                        BigDecimal procentAanbiedersIn8020, BigDecimal procentBesteedIn8020, boolean onderdrukt, List<Aanbiedercijfer> aanbieders) {

        public Optional<Aanbiedercijfer> aanbieder(String agb) {
            return aanbieders.stream().filter(a -> a.aanbiederAgb().equals(agb)).findFirst();
        }
    }

    /** A spend in the list, for {@link #tachtigTwintig}. */
    public record Besteding(String aanbiederAgb, String naam, long centen, long clienten) {
    }

    /** A provider's place in the 80/20 list. */
    public record Plaats(String aanbiederAgb, int plaats, BigDecimal procent, BigDecimal procentCumulatief, boolean in8020) {
    }

    private final JdbcClient jdbc;
    private final Uitvoeringscijfers uitvoering;
    private final Contracten contracten;
    private final Escalaties escalaties;
    private final Aanbod aanbod;
    private final Clock clock;

    Aanbiedercijfers(JdbcClient jdbc, Uitvoeringscijfers uitvoering, Contracten contracten, Escalaties escalaties, Aanbod aanbod, Clock clock) {
        this.jdbc = jdbc;
        this.uitvoering = uitvoering;
        this.contracten = contracten;
        this.escalaties = escalaties;
        this.aanbod = aanbod;
        this.clock = clock;
    }

    /**
     * The list of the municipality in the year under {@code wet} (Jeugdwet or Wmo; null for both). Escalations name no law: a
     * listed provider's escalations count under every choice.
     */
    public Lijst lijst(String gemeenteCode, int jaar, Wet wet) {
        if (jaar < 2000 || jaar > 2100) {
            throw new OngeldigeInvoerException("jaar", "Kies een jaar tussen 2000 en 2100.");
        }
        if (wet != null && wet != Wet.JEUGDWET && wet != Wet.WMO) {
            throw new OngeldigeInvoerException("wet", "Kies de Jeugdwet of de Wmo, of geen wet voor allebei.");
        }
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate eind = LocalDate.of(jaar, 12, 31);
        Map<String, Object> params = new HashMap<>(Map.of("gemeente", gemeenteCode, "begin", begin, "eind", eind, "volgend", begin.plusYears(1)));
        String wetFilter = "";
        if (wet != null) {
            params.put("standaard", Standaard.voor(wet).name());
            wetFilter = " and standaard = :standaard";
        }
        Map<String, String> namen = new HashMap<>();
        Map<String, long[]> zorg = new HashMap<>(); // clients, new, ended
        jdbc.sql("""
                        select aanbieder_agb, max(aanbieder_naam) as naam, count(distinct persoon_bsn) as clienten,
                            sum(case when ingangsdatum >= :begin then 1 else 0 end) as nieuw,
                            sum(case when einddatum <= :eind then 1 else 0 end) as beeindigd
                        from toewijzing
                        where gemeente_code = :gemeente and ingangsdatum <= :eind and (einddatum is null or einddatum >= :begin)
                          and (reden_wijziging is null or reden_wijziging <> '13')""" + wetFilter + " group by aanbieder_agb")
                .params(params)
                .query((rs, i) -> {
                    namen.put(rs.getString(1), rs.getString(2));
                    return zorg.put(rs.getString(1), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }).list();
        long clienten = jdbc.sql("""
                        select count(distinct persoon_bsn) from toewijzing
                        where gemeente_code = :gemeente and ingangsdatum <= :eind and (einddatum is null or einddatum >= :begin)
                          and (reden_wijziging is null or reden_wijziging <> '13')""" + wetFilter)
                .params(params).query(Long.class).single();
        Map<String, Long> besteed = new HashMap<>();
        // the year sums kept as declaration lines are booked (V90); a name missing below comes from the register
        params.put("jaar", jaar);
        jdbc.sql("""
                        select aanbieder_agb, sum(bedrag_centen) from declaratie_som_aanbieder
                        where gemeente_code = :gemeente and jaar = :jaar""" + wetFilter + " group by aanbieder_agb")
                .params(params)
                .query((rs, i) -> besteed.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, String> redenen = new HashMap<>();
        aanbod.codelijst("JZ588").forEach(c -> redenen.put(c.code(), c.omschrijving()));
        Map<String, List<Uitstroom>> uitstroom = new HashMap<>();
        jdbc.sql("""
                        select aanbieder_agb, max(aanbieder_naam), reden_beeindiging, count(*) from toewijzing
                        where gemeente_code = :gemeente and levering = 'GESTOPT' and levering_einddatum >= :begin and levering_einddatum <= :eind
                          and (reden_beeindiging is null or reden_beeindiging <> '20')""" + wetFilter + " group by aanbieder_agb, reden_beeindiging")
                .params(params)
                .query((rs, i) -> {
                    namen.putIfAbsent(rs.getString(1), rs.getString(2));
                    String reden = rs.getString(3);
                    return uitstroom.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Uitstroom(reden,
                            reden == null ? "Reden onbekend" : redenen.getOrDefault(reden, "Code " + reden), Uitstroomgroep.van(reden), rs.getLong(4)));
                }).list();
        Map<String, Map<Verzoek.Soort, long[]>> verzoeken = new HashMap<>(); // received, granted, refused, open
        java.time.ZonedDateTime vanaf = begin.atStartOfDay(nl.dichtbij.platform.ClockConfig.AMSTERDAM);
        params.put("van", java.sql.Timestamp.from(vanaf.toInstant()));
        params.put("tot", java.sql.Timestamp.from(vanaf.plusYears(1).toInstant()));
        jdbc.sql("""
                        select aanbieder_agb, soort, uitkomst, count(*) from (
                          select v.aanbieder_agb, v.soort, case when v.status <> 'BEANTWOORD' then 'OPEN'
                                 when p.verzoek_id is not null then 'TOEGEKEND' else 'AFGEWEZEN' end as uitkomst
                          from verzoek v
                          left join (select p.verzoek_id from verzoek_product p join verzoek w on w.id = p.verzoek_id
                                     where w.gemeente_code = :gemeente and w.ontvangen_op >= :van and w.ontvangen_op < :tot and p.status = 'TOEGEWEZEN'
                                     group by p.verzoek_id) p on p.verzoek_id = v.id
                          where v.gemeente_code = :gemeente and v.ontvangen_op >= :van and v.ontvangen_op < :tot"""
                        + wetFilter.replace(" standaard =", " v.standaard =") + ") x group by aanbieder_agb, soort, uitkomst")
                .params(params)
                .query((rs, i) -> {
                    long[] tel = verzoeken.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(Verzoek.Soort.class))
                            .computeIfAbsent(Verzoek.Soort.valueOf(rs.getString(2)), k -> new long[4]);
                    long aantal = rs.getLong(4);
                    tel[0] += aantal;
                    tel[switch (rs.getString(3)) {
                        case "TOEGEKEND" -> 1;
                        case "AFGEWEZEN" -> 2;
                        default -> 3;
                    }] += aantal;
                    return null;
                }).list();
        Map<String, Escalaties.PerAanbieder> geescaleerd = new HashMap<>();
        escalaties.perAanbieder(gemeenteCode, jaar).forEach(e -> geescaleerd.put(e.aanbiederAgb(), e));

        // the median per law as contracts see it: over the starts of the year up to its last day (or today, in this year)
        LocalDate peildag = eind.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : eind;
        List<Wet> wetten = wet == null ? List.of(Wet.JEUGDWET, Wet.WMO) : List.of(wet);
        Map<Wet, Map<String, Integer>> mediaan = new java.util.EnumMap<>(Wet.class);
        for (Wet w : wetten) { // one query per law, never per provider
            mediaan.put(w, uitvoering.wachttijden(gemeenteCode, w, peildag));
        }
        Map<String, Contracten.Wachttijdnorm> normen = new HashMap<>();
        contracten.wachttijdnormen(gemeenteCode, jaar).forEach(n -> normen.put(n.aanbiederAgb() + "/" + n.wet(), n));

        Set<String> alle = new LinkedHashSet<>();
        alle.addAll(zorg.keySet());
        alle.addAll(besteed.keySet());
        alle.addAll(uitstroom.keySet());
        alle.addAll(verzoeken.keySet());
        if (wet == null) { // an escalation names no law: under a chosen law it does not bring a provider into the list
            alle.addAll(geescaleerd.keySet());
        }
        if (alle.stream().anyMatch(agb -> !namen.containsKey(agb))) {
            aanbod.aanbieders().forEach(a -> namen.putIfAbsent(a.agbCode(), a.naam()));
        }
        List<Besteding> bestedingen = alle.stream()
                .map(agb -> new Besteding(agb, namen.getOrDefault(agb, "AGB-code " + agb), besteed.getOrDefault(agb, 0L),
                        zorg.getOrDefault(agb, new long[3])[0]))
                .toList();
        List<Plaats> plaatsen = tachtigTwintig(bestedingen);
        long totaal = bestedingen.stream().mapToLong(Besteding::centen).sum();
        List<Aanbiedercijfer> rijen = new ArrayList<>();
        for (Plaats p : plaatsen) {
            String agb = p.aanbiederAgb();
            long[] z = zorg.getOrDefault(agb, new long[3]);
            long centen = besteed.getOrDefault(agb, 0L);
            List<Wachttijd> wacht = new ArrayList<>();
            for (Wet w : wetten) {
                Integer dagen = mediaan.get(w).get(agb);
                Contracten.Wachttijdnorm norm = normen.get(agb + "/" + w);
                if (dagen != null || norm != null) {
                    wacht.add(new Wachttijd(w, dagen, norm == null ? null : norm.normDagen(), norm == null ? null : norm.kenmerk()));
                }
            }
            List<Uitstroom> uit = uitstroom.getOrDefault(agb, List.of()).stream()
                    .sorted(Comparator.comparing(Uitstroom::groep).thenComparing(u -> u.reden() == null ? "~" : u.reden())).toList();
            long uitTotaal = uit.stream().mapToLong(Uitstroom::aantal).sum();
            List<Groepstelling> groepen = new ArrayList<>();
            for (Uitstroomgroep g : Uitstroomgroep.values()) {
                long n = uit.stream().filter(u -> u.groep() == g).mapToLong(Uitstroom::aantal).sum();
                groepen.add(new Groepstelling(g, n, procent(n, uitTotaal)));
            }
            List<Verzoekcijfers> vz = new ArrayList<>();
            for (Verzoek.Soort soort : Verzoek.Soort.values()) {
                long[] t = verzoeken.getOrDefault(agb, Map.of()).getOrDefault(soort, new long[4]);
                vz.add(new Verzoekcijfers(soort, t[0], t[1], t[2], t[3]));
            }
            Escalaties.PerAanbieder e = geescaleerd.getOrDefault(agb, new Escalaties.PerAanbieder(agb, 0, 0));
            rijen.add(new Aanbiedercijfer(p.plaats(), agb, namen.getOrDefault(agb, "AGB-code " + agb), p.in8020(), z[0], z[1], z[2], centen,
                    perClient(centen, z[0]), p.procent(), p.procentCumulatief(), List.copyOf(wacht), uitTotaal, List.copyOf(groepen), uit,
                    List.copyOf(vz), e.escalaties(), e.open(), List.of()));
        }
        int in8020 = (int) plaatsen.stream().filter(Plaats::in8020).count();
        long besteedIn8020 = rijen.stream().filter(Aanbiedercijfer::in8020).mapToLong(Aanbiedercijfer::besteedCenten).sum();
        return new Lijst(gemeenteCode, jaar, wet, totaal, clienten, rijen.size(), in8020, procent(in8020, rijen.size()), procent(besteedIn8020, totaal),
                false, List.copyOf(rijen));
    }

    /**
     * The 80/20 list: most spend first (then most clients, then name and AGB code), each with its share of the total spend and
     * the cumulative share up to and including it. A provider is in the 80% group when the providers before it together carry
     * less than 80% of the spend: the group is the smallest number of top providers that together reach 80%. A provider without
     * spend is never in it; without any spend, nobody is.
     */
    public static List<Plaats> tachtigTwintig(List<Besteding> bestedingen) {
        List<Besteding> volgorde = bestedingen.stream()
                .sorted(Comparator.comparingLong(Besteding::centen).reversed().thenComparing(Comparator.comparingLong(Besteding::clienten).reversed())
                        .thenComparing(Besteding::naam, String.CASE_INSENSITIVE_ORDER).thenComparing(Besteding::aanbiederAgb))
                .toList();
        long totaal = volgorde.stream().mapToLong(b -> Math.max(0, b.centen())).sum();
        List<Plaats> plaatsen = new ArrayList<>();
        long ervoor = 0;
        for (int i = 0; i < volgorde.size(); i++) {
            Besteding b = volgorde.get(i);
            long eigen = Math.max(0, b.centen());
            // exact, in whole cents: before * 100 < 80 * total
            boolean in8020 = eigen > 0 && ervoor * 100 < (long) DREMPEL_PROCENT * totaal;
            ervoor += eigen;
            plaatsen.add(new Plaats(b.aanbiederAgb(), i + 1, procent(eigen, totaal), procent(ervoor, totaal), in8020));
        }
        return plaatsen;
    }

    /** Spend per client in whole cents (half up); null without clients. */
    static Long perClient(long centen, long clienten) {
        return clienten == 0 ? null : BigDecimal.valueOf(centen).divide(BigDecimal.valueOf(clienten), 0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal procent(long deel, long geheel) {
        return geheel <= 0 ? null : BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }
}
