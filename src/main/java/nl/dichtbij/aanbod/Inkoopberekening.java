package nl.dichtbij.aanbod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.dichtbij.aanbod.Inkoopcijfers.Aanbiederkolom;
import nl.dichtbij.aanbod.Inkoopcijfers.Markering;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefcel;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefrij;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefvergelijking;

/** The arithmetic of the inkoop figures, without a database: percentages of a ceiling, the warning, the tariffs side by side. */
final class Inkoopberekening {

    /** From this share of the ceiling on, beleid is warned (a warning, never a stop). */
    static final int WAARSCHUWING_PROCENT = 90;

    private Inkoopberekening() {
    }

    /**
     * What part of the ceiling is spent, in percent with one decimal, rounded down (so 89,99% reads 89,9% and never looks
     * like the warning's 90%); null without a ceiling.
     */
    static BigDecimal procent(long besteedCenten, Long plafondCenten) {
        if (plafondCenten == null || plafondCenten <= 0) {
            return null;
        }
        return BigDecimal.valueOf(besteedCenten).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(plafondCenten), 1, RoundingMode.DOWN);
    }

    /** 90% or more of the ceiling spent (exactly, not after rounding); never without a ceiling. */
    static boolean waarschuwing(long besteedCenten, Long plafondCenten) {
        if (plafondCenten == null || plafondCenten <= 0) {
            return false;
        }
        return BigDecimal.valueOf(besteedCenten).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(plafondCenten).multiply(BigDecimal.valueOf(WAARSCHUWING_PROCENT))) >= 0;
    }

    /**
     * The day the tariffs of a year are compared on, when the reader chose none: today in the current year, the last day of a
     * past year, the first day of a coming one.
     */
    static LocalDate peildatum(int jaar, LocalDate vandaag) {
        if (jaar == vandaag.getYear()) {
            return vandaag;
        }
        return jaar < vandaag.getYear() ? LocalDate.of(jaar, 12, 31) : LocalDate.of(jaar, 1, 1);
    }

    /** One tariff as the database gives it: a product of a provider on the day. */
    record Tariefregel(String productcode, String omschrijving, String aanbiederAgb, String aanbiederNaam, long tariefCenten, String eenheid,
                       String eenheidOmschrijving) {
    }

    /**
     * The tariffs side by side: a row per product (by code), a column per provider (by name) that has a tariff for any of them.
     * Where two or more providers have a tariff for a product in the same unit and they differ, the lowest and the highest are
     * marked (all at the lowest, all at the highest); in different units nothing is compared. A provider with two tariffs for one
     * product (two contracts) keeps the lowest.
     */
    static Tariefvergelijking naastElkaar(LocalDate peildatum, List<Tariefregel> regels) {
        Map<String, String> namen = new LinkedHashMap<>();
        Map<String, String> omschrijvingen = new TreeMap<>();
        Map<String, Map<String, Tariefregel>> perProduct = new TreeMap<>();
        for (Tariefregel r : regels) {
            namen.putIfAbsent(r.aanbiederAgb(), r.aanbiederNaam());
            omschrijvingen.putIfAbsent(r.productcode(), r.omschrijving());
            perProduct.computeIfAbsent(r.productcode(), p -> new LinkedHashMap<>())
                    .merge(r.aanbiederAgb(), r, (oud, nieuw) -> nieuw.tariefCenten() < oud.tariefCenten() ? nieuw : oud);
        }
        List<Aanbiederkolom> kolommen = namen.entrySet().stream().map(e -> new Aanbiederkolom(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Aanbiederkolom::naam, String.CASE_INSENSITIVE_ORDER).thenComparing(Aanbiederkolom::agbCode)).toList();
        List<Tariefrij> rijen = new ArrayList<>();
        perProduct.forEach((product, perAanbieder) -> {
            List<Tariefregel> tarieven = kolommen.stream().map(k -> perAanbieder.get(k.agbCode())).filter(java.util.Objects::nonNull).toList();
            boolean vergelijkbaar = tarieven.size() > 1 && tarieven.stream().map(Tariefregel::eenheid).distinct().count() == 1;
            long laagste = tarieven.stream().mapToLong(Tariefregel::tariefCenten).min().orElse(0);
            long hoogste = tarieven.stream().mapToLong(Tariefregel::tariefCenten).max().orElse(0);
            boolean verschil = vergelijkbaar && laagste != hoogste;
            List<Tariefcel> cellen = tarieven.stream().map(t -> new Tariefcel(t.aanbiederAgb(), t.tariefCenten(), t.eenheid(), t.eenheidOmschrijving(),
                    !verschil ? null : t.tariefCenten() == laagste ? Markering.LAAGSTE : t.tariefCenten() == hoogste ? Markering.HOOGSTE : null)).toList();
            rijen.add(new Tariefrij(product, omschrijvingen.get(product), cellen));
        });
        return new Tariefvergelijking(peildatum, kolommen, rijen);
    }
}
