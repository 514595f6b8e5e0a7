package nl.dichtbij.sturing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.gemeente.Gemeente;
import nl.dichtbij.gemeente.Gemeenten;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council overview as open data (issue 21): per municipality of this installation and per year the figures of
 * {@link Raadsoverzicht}, one row per figure, for anyone without a login. Suppressed as for the council, and once more here:
 * no count under 5 ever leaves, whatever the overview gave. The rows are described by the Table Schema at
 * {@code /open-data/raadsoverzicht.schema.json} ({@link #VELDEN}).
 */
@Service
public class Opendata {

    /** The columns of the CSV and the fields of a JSON row, in this order (the schema names the same). */
    public static final List<String> VELDEN = List.of("gemeente_code", "jaar", "indicator", "onderdeel", "periode", "waarde", "eenheid", "onderdrukt");

    /** The units of a row; only {@link #AANTAL} counts residents or households, and that is never under 5. */
    public static final String AANTAL = "aantal";
    public static final String PER_DUIZEND = "per 1.000 huishoudens";
    public static final String EURO = "euro";
    public static final String PROCENT = "procent";
    public static final String MAANDEN = "maanden";

    private final Raadsoverzicht raadsoverzicht;
    private final Gemeenten gemeenten;

    Opendata(Raadsoverzicht raadsoverzicht, Gemeenten gemeenten) {
        this.raadsoverzicht = raadsoverzicht;
        this.gemeenten = gemeenten;
    }

    /**
     * One figure. {@code periode} is the year the figure is about: the stacking of the chosen year, the money of this year so far,
     * the latest closed survey — as the council overview shows them. {@code waarde} null with {@code onderdrukt}: left out.
     */
    public record Regel(String indicator, String onderdeel, Integer periode, BigDecimal waarde, String eenheid, boolean onderdrukt) {
    }

    public record Dataset(String gemeenteCode, String gemeenteNaam, int jaar, List<Regel> regels) {
    }

    /** The municipalities of this installation: the only ones with open data here. */
    public List<Gemeente> gemeenten() {
        return gemeenten.alle();
    }

    /** The years with a dataset, newest first: the years the council overview offers. */
    public List<Integer> jaren() {
        return raadsoverzicht.jaren();
    }

    public Optional<Gemeente> gemeente(String code) {
        return code == null || !code.matches("\\d{4}") ? Optional.empty() : gemeenten.vind(code);
    }

    /** The dataset of a municipality of this installation and a year the council can choose; empty for any other. */
    @Transactional(readOnly = true)
    public Optional<Dataset> dataset(String gemeenteCode, int jaar) {
        Optional<Gemeente> gemeente = gemeente(gemeenteCode);
        if (gemeente.isEmpty() || !jaren().contains(jaar)) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(gemeente.get().code(), gemeente.get().naam(), jaar, regels(raadsoverzicht.overzicht(gemeente.get().code(), jaar))));
    }

    /** The overview as rows; a pure function, tested without a database. */
    static List<Regel> regels(Raadsoverzicht.Overzicht o) {
        List<Regel> r = new ArrayList<>();
        int stapeling = o.stapelingsjaar();
        r.add(regel("huishoudens_drie_of_meer_voorzieningen", null, stapeling, o.huishoudensDrieOfMeer(), AANTAL));
        r.add(regel("huishoudens_drie_of_meer_per_1000", null, stapeling, o.drieOfMeerPerDuizend(), PER_DUIZEND));
        for (Raadsoverzicht.Kern k : o.perKern()) {
            r.add(regel("huishoudens", k.kern(), stapeling, k.huishoudens(), AANTAL));
            r.add(regel("huishoudens_drie_of_meer_voorzieningen", k.kern(), stapeling, k.drieOfMeer(), AANTAL));
            r.add(regel("huishoudens_drie_of_meer_per_1000", k.kern(), stapeling, k.perDuizend(), PER_DUIZEND));
        }
        int geld = o.geldjaar();
        r.add(regel("afgesloten_maanden", null, geld, (long) o.afgeslotenMaanden(), MAANDEN));
        r.add(regel("budget", null, geld, o.budgetEuro(), EURO));
        r.add(regel("prognose", null, geld, o.prognoseEuro(), EURO));
        for (Raadsoverzicht.Themaregel t : o.themas()) {
            r.add(regel("budget", t.thema(), geld, t.budgetEuro(), EURO));
            r.add(regel("prognose", t.thema(), geld, t.prognoseEuro(), EURO));
            r.add(regel("prognose_van_budget", t.thema(), geld, t.procentVanBudget(), PROCENT));
        }
        if (o.enquetejaar() != null) {
            int enquete = o.enquetejaar();
            r.add(regel("respondenten_clientervaring", null, enquete, o.respondenten() == null ? null : o.respondenten().longValue(), AANTAL));
            for (Raadsoverzicht.Ervaring e : o.ervaring()) {
                r.add(regel("percentage_eens", e.indicator(), enquete, e.percentageEens(), PROCENT));
                r.add(regel("doel_percentage_eens", e.indicator(), enquete, (long) e.doel(), PROCENT));
                r.add(regel("respondenten_clientervaring", e.indicator(), enquete, e.respondenten() == null ? null : e.respondenten().longValue(), AANTAL));
            }
        }
        return List.copyOf(r);
    }

    /**
     * A row; a value the overview already left out (null where it suppresses) is marked so, and a count under 5 that came
     * through is left out here. A percentage or amount is null only when the overview suppressed it or had none: the
     * overview leaves a kern's rate out with its count, so the rate is marked as its count is.
     */
    private static Regel regel(String indicator, String onderdeel, Integer periode, Object waarde, String eenheid) {
        BigDecimal getal = switch (waarde) {
            case null -> null;
            case BigDecimal b -> b;
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            default -> throw new IllegalArgumentException("Geen getal: " + waarde);
        };
        boolean klein = AANTAL.equals(eenheid) && getal != null && getal.compareTo(BigDecimal.valueOf(Raadsoverzicht.MINIMUM)) < 0;
        List<String> weg = new ArrayList<>();
        BigDecimal getoond = Onderdrukking.weg(klein, getal, indicator, weg);
        boolean onderdrukt = !weg.isEmpty() || getal == null && onderdruktDoorRaad(indicator, eenheid);
        return new Regel(indicator, onderdeel, periode, getoond, eenheid, onderdrukt);
    }

    /** The overview gives null for these only when it suppressed them (a count under 5, or the rate or share computed from it). */
    private static boolean onderdruktDoorRaad(String indicator, String eenheid) {
        return AANTAL.equals(eenheid) || PER_DUIZEND.equals(eenheid) || indicator.equals("percentage_eens");
    }
}
