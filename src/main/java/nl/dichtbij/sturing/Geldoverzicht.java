package nl.dichtbij.sturing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.dichtbij.berichten.Berichtcijfers;
import nl.dichtbij.besluit.Besluitcijfers;
import nl.dichtbij.platform.Wet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volumes and money per month: decisions and toewijzingen, residents in care, declared and granted
 * amounts per law, theme and product category, and the PGB budgets granted; per theme the budget, a
 * forecast for the year of what care in kind and PGB cost together, from the run rate of the closed
 * months, and a warning when the forecast exceeds the budget by more than the set percentage. Only numbers: the figures come from the public cijfers of
 * {@code besluit} and {@code berichten}, never from their tables.
 */
@Service
public class Geldoverzicht {

    private final Besluitcijfers besluiten;
    private final Berichtcijfers berichten;
    private final Begroting begroting;
    private final Clock clock;

    Geldoverzicht(Besluitcijfers besluiten, Berichtcijfers berichten, Begroting begroting, Clock clock) {
        this.besluiten = besluiten;
        this.berichten = berichten;
        this.begroting = begroting;
        this.clock = clock;
    }

    /** One month of one law, theme and product category: care in kind paid on declarations, and the PGB budget of the month. */
    public record Regel(int maand, Wet wet, Thema thema, String productcategorie, long besluiten, long toewijzingen, long toegekendCenten,
                        long pgbCenten) {
    }

    /** One month of one law: residents in care and what was declared against what was granted. */
    public record Wetmaand(int maand, Wet wet, long clientenMetBesluit, long clientenMetToewijzing, long gedeclareerdCenten, long toegekendCenten) {
    }

    /** One theme over the year; the forecast covers care in kind and PGB together. */
    public record Themajaar(Thema thema, Long budgetCenten, long toegekendCenten, long pgbCenten, Long prognoseCenten, boolean waarschuwing) {

        /** What the theme cost so far: care in kind paid and PGB granted. */
        public long uitgavenCenten() {
            return toegekendCenten + pgbCenten;
        }

        /** The forecast as a percentage of the budget; null without a budget or a forecast. */
        public Long prognoseProcent() {
            return budgetCenten == null || budgetCenten == 0 || prognoseCenten == null ? null : Math.round(100.0 * prognoseCenten / budgetCenten);
        }
    }

    public record Overzicht(String gemeenteCode, int jaar, int afgeslotenMaanden, int drempelProcent, List<Regel> regels, List<Wetmaand> perWet,
                            List<Themajaar> themas) {

        public long toegekendTotaal() {
            return themas.stream().mapToLong(Themajaar::toegekendCenten).sum();
        }

        public long pgbTotaal() {
            return themas.stream().mapToLong(Themajaar::pgbCenten).sum();
        }

        public boolean waarschuwing() {
            return themas.stream().anyMatch(Themajaar::waarschuwing);
        }
    }

    @Transactional(readOnly = true)
    public Overzicht overzicht(String gemeenteCode, int jaar) {
        LocalDate vandaag = LocalDate.now(clock);
        int afgesloten = afgeslotenMaanden(jaar);
        YearMonth totEnMet = jaar < vandaag.getYear() ? YearMonth.of(jaar, 12) : YearMonth.from(vandaag);

        Map<String, long[]> perSleutel = new TreeMap<>();
        for (Besluitcijfers.Genomen g : besluiten.genomen(gemeenteCode, jaar)) {
            tel(perSleutel, g.maand(), g.wet(), g.productcategorie())[0] += g.aantal();
        }
        for (Berichtcijfers.Toewijzingen t : berichten.toewijzingen(gemeenteCode, jaar)) {
            tel(perSleutel, t.maand(), t.wet(), t.productcategorie())[1] += t.aantal();
        }
        for (Berichtcijfers.Toegekend t : berichten.toegekend(gemeenteCode, jaar)) {
            tel(perSleutel, t.maand(), t.wet(), t.productcategorie())[2] += t.centen();
        }
        for (Besluitcijfers.Pgb p : besluiten.pgb(gemeenteCode, jaar)) {
            tel(perSleutel, p.maand(), p.wet(), p.productcategorie())[3] += p.centen();
        }
        List<Regel> regels = regels(perSleutel);

        Map<String, long[]> wetmaanden = new TreeMap<>();
        besluiten.clienten(gemeenteCode, jaar, totEnMet).forEach(c -> wetmaand(wetmaanden, c.maand(), c.wet())[0] += c.aantal());
        berichten.clienten(gemeenteCode, jaar, totEnMet).forEach(c -> wetmaand(wetmaanden, c.maand(), c.wet())[1] += c.aantal());
        for (Berichtcijfers.Gedeclareerd d : berichten.gedeclareerd(gemeenteCode, jaar)) {
            long[] w = wetmaand(wetmaanden, d.maand(), d.wet());
            w[2] += d.ingediendCenten();
            w[3] += d.toegekendCenten();
        }
        List<Wetmaand> perWet = new ArrayList<>();
        wetmaanden.forEach((sleutel, w) -> {
            String[] delen = sleutel.split("\\|");
            perWet.add(new Wetmaand(Integer.parseInt(delen[0]), Wet.valueOf(delen[1]), w[0], w[1], w[2], w[3]));
        });
        perWet.sort(Comparator.comparing(Wetmaand::maand).thenComparing(Wetmaand::wet));

        Begroting.Jaar budget = begroting.jaar(gemeenteCode, jaar);
        Map<Thema, long[]> perThema = new EnumMap<>(Thema.class);
        for (Thema t : Thema.values()) {
            perThema.put(t, new long[3]);
        }
        for (Regel r : regels) {
            long[] w = perThema.get(r.thema());
            w[0] += r.toegekendCenten();
            w[1] += r.pgbCenten();
            if (r.maand() <= afgesloten) {
                w[2] += r.toegekendCenten() + r.pgbCenten();
            }
        }
        List<Themajaar> themas = new ArrayList<>();
        perThema.forEach((thema, w) -> {
            Long prognose = afgesloten == 0 ? null : Math.round(w[2] * 12.0 / afgesloten);
            Long bedrag = budget.budget(thema);
            boolean waarschuwing = bedrag != null && prognose != null && prognose > bedrag * (100 + budget.drempelProcent()) / 100.0;
            themas.add(new Themajaar(thema, bedrag, w[0], w[1], prognose, waarschuwing));
        });
        return new Overzicht(gemeenteCode, jaar, afgesloten, budget.drempelProcent(), regels, perWet, themas);
    }

    /** The months of the year whose figures are complete: all of a past year, none of a future one. */
    int afgeslotenMaanden(int jaar) {
        YearMonth laatsteAfgesloten = YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        return jaar < laatsteAfgesloten.getYear() ? 12 : jaar > laatsteAfgesloten.getYear() ? 0 : laatsteAfgesloten.getMonthValue();
    }

    /**
     * What care in kind and PGB cost per month, law and product category, without the counts of decisions, toewijzingen
     * and residents the money page shows beside it: for a page that only needs the money.
     */
    List<Regel> uitgavenPerMaand(String gemeenteCode, int jaar) {
        Map<String, long[]> perSleutel = new TreeMap<>();
        for (Berichtcijfers.Toegekend t : berichten.toegekend(gemeenteCode, jaar)) {
            tel(perSleutel, t.maand(), t.wet(), t.productcategorie())[2] += t.centen();
        }
        for (Besluitcijfers.Pgb p : besluiten.pgb(gemeenteCode, jaar)) {
            tel(perSleutel, p.maand(), p.wet(), p.productcategorie())[3] += p.centen();
        }
        return regels(perSleutel);
    }

    private static List<Regel> regels(Map<String, long[]> perSleutel) {
        List<Regel> regels = new ArrayList<>();
        perSleutel.forEach((sleutel, w) -> {
            String[] delen = sleutel.split("\\|", -1);
            Wet wet = Wet.valueOf(delen[1]);
            String categorie = delen[2].isEmpty() ? null : delen[2];
            regels.add(new Regel(Integer.parseInt(delen[0]), wet, Thema.van(wet, categorie), categorie, w[0], w[1], w[2], w[3]));
        });
        return regels;
    }

    private static long[] tel(Map<String, long[]> map, int maand, Wet wet, String categorie) {
        return map.computeIfAbsent(String.format("%02d|%s|%s", maand, wet.name(), categorie == null ? "" : categorie), k -> new long[4]);
    }

    private static long[] wetmaand(Map<String, long[]> map, int maand, Wet wet) {
        return map.computeIfAbsent(String.format("%02d|%s", maand, wet.name()), k -> new long[4]);
    }

}
