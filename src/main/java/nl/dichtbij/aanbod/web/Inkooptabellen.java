package nl.dichtbij.aanbod.web;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.dichtbij.aanbod.Inkoopcijfers;
import nl.dichtbij.aanbod.Inkoopcijfers.Aanbiederkolom;
import nl.dichtbij.aanbod.Inkoopcijfers.Overzicht;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefcel;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefrij;
import nl.dichtbij.platform.Formaat;
import nl.dichtbij.platform.Wet;

/** The five tables of the inkoop page, as the screen and the CSV and XLSX downloads show them. */
final class Inkooptabellen {

    static final List<String> CODES = List.of("modellen", "aanbieders", "plafonds", "geweigerd", "tarieven");

    private Inkooptabellen() {
    }

    static List<Inkooptabel> alle(Overzicht o) {
        return CODES.stream().map(c -> van(o, c)).toList();
    }

    static Inkooptabel van(Overzicht o, String code) {
        return switch (code) {
            case "aanbieders" -> aanbieders(o);
            case "plafonds" -> plafonds(o);
            case "geweigerd" -> geweigerd(o);
            case "tarieven" -> tarieven(o);
            default -> modellen(o);
        };
    }

    static Inkooptabel modellen(Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        o.contractenPerModel().forEach(m -> rijen.add(List.of(m.model().label(), wet(m.wet()), m.contracten())));
        return new Inkooptabel("modellen", "Contracten per inkoopmodel en wet, " + o.jaar(),
                "Contracten die in " + o.jaar() + " minstens één dag liepen, ook regionale contracten waar uw gemeente aan meedoet.",
                List.of("Inkoopmodel", "Wet", "Contracten"), rijen, Arrays.asList("Totaal", null, o.contractenTotaal()));
    }

    static Inkooptabel aanbieders(Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        o.omvangPerWet().forEach(w -> rijen.add(List.of(wet(w.wet()), w.aanbieders(), w.aanbiedersVorigJaar(), w.verschilAanbieders(),
                w.producten(), w.productenVorigJaar())));
        Inkoopcijfers.Omvang t = o.omvangTotaal();
        int vorig = o.jaar() - 1;
        return new Inkooptabel("aanbieders", "Gecontracteerde aanbieders en producten per wet, " + o.jaar() + " en " + vorig,
                "Het programma wil minder aanbieders. Een aanbieder met contracten onder twee wetten telt in het totaal één keer.",
                List.of("Wet", "Aanbieders " + o.jaar(), "Aanbieders " + vorig, "Verschil aanbieders", "Producten " + o.jaar(), "Producten " + vorig),
                rijen, List.of("Alle wetten", t.aanbieders(), t.aanbiedersVorigJaar(), t.verschilAanbieders(), t.producten(),
                        t.productenVorigJaar()));
    }

    static Inkooptabel plafonds(Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        o.plafonds().forEach(p -> rijen.add(Arrays.asList(p.aanbiederNaam(), wet(p.wet()),
                p.plafondCenten() == null ? "Geen plafond" : Inkoopcijfers.euro(p.plafondCenten()), Inkoopcijfers.euro(p.besteedCenten()),
                p.procent(), p.waarschuwing() ? "Let op: 90% of meer besteed" : p.plafondCenten() == null ? "" : "Onder 90%")));
        return new Inkooptabel("plafonds", "Besteed tegen het plafond per aanbieder, " + o.jaar(),
                "Besteed is wat de gemeente toekende op declaraties voor zorg in " + o.jaar() + ". Vanaf 90% van het plafond staat er een "
                        + "waarschuwing. Het plafond is geen stop: de zorgplicht gaat voor.",
                List.of("Aanbieder", "Wet", "Plafond (€)", "Besteed (€)", "% van plafond", "Signaal"), rijen, null);
    }

    static Inkooptabel geweigerd(Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        int vorige = 0;
        for (Inkoopcijfers.Weigering w : o.geweigerdOpTarief()) {
            if (w.maand() != vorige && vorige != 0) {
                rijen.add(maandtotaal(o, vorige));
            }
            rijen.add(List.of(maand(w.maand()), w.aanbiederNaam(), w.aantal(), Inkoopcijfers.euro(w.bedragCenten())));
            vorige = w.maand();
        }
        if (vorige != 0) {
            rijen.add(maandtotaal(o, vorige));
        }
        return new Inkooptabel("geweigerd", "Declaratieregels afgewezen op het tarief, per maand, " + o.jaar(),
                "Regels van declaraties (bericht 323) die zijn afgewezen omdat het tarief niet het gecontracteerde tarief was, naar de maand "
                        + "waarin de zorg is geleverd.",
                List.of("Maand", "Aanbieder", "Afgewezen regels", "Bedrag (€)"), rijen,
                Arrays.asList("Totaal", null, o.geweigerdTotaal().aantal(), Inkoopcijfers.euro(o.geweigerdTotaal().bedragCenten())));
    }

    private static List<Object> maandtotaal(Overzicht o, int maand) {
        Inkoopcijfers.Maandtotaal t = o.geweigerdPerMaand().stream().filter(m -> m.maand() == maand).findFirst().orElseThrow();
        return List.of(maand(maand), "Totaal " + maand(maand), t.aantal(), Inkoopcijfers.euro(t.bedragCenten()));
    }

    static Inkooptabel tarieven(Overzicht o) {
        List<String> kolommen = new ArrayList<>(List.of("Productcode", "Omschrijving"));
        o.tarieven().aanbieders().forEach(a -> kolommen.add(a.naam()));
        List<List<Object>> rijen = new ArrayList<>();
        for (Tariefrij r : o.tarieven().producten()) {
            List<Object> rij = new ArrayList<>(Arrays.asList(r.productcode(), r.omschrijving()));
            for (Aanbiederkolom a : o.tarieven().aanbieders()) {
                Tariefcel cel = r.van(a.agbCode());
                rij.add(cel == null ? "" : cel.tekst());
            }
            rijen.add(rij);
        }
        String dag = Formaat.lang(o.tarieven().peildatum());
        return new Inkooptabel("tarieven", "Tarieven per product naast elkaar op " + dag,
                "Per product het tarief van elke gecontracteerde aanbieder op " + dag + ". Verschillen de tarieven in dezelfde eenheid, dan "
                        + "staat achter het laagste tarief (laagste) en achter het hoogste (hoogste). Een leeg vak: geen tarief voor dat product.",
                kolommen, rijen, null);
    }

    /**
     * The tariffs as a file: one row per product and provider, the tariff a number in euros, so a spreadsheet can compare and
     * count with it (the page shows them side by side).
     */
    static Inkooptabel tarievenAlsLijst(Overzicht o) {
        java.util.Map<String, String> namen = new java.util.HashMap<>();
        o.tarieven().aanbieders().forEach(a -> namen.put(a.agbCode(), a.naam()));
        List<List<Object>> rijen = new ArrayList<>();
        for (Tariefrij r : o.tarieven().producten()) {
            for (Tariefcel cel : r.tarieven()) {
                rijen.add(Arrays.asList(r.productcode(), r.omschrijving(), namen.getOrDefault(cel.aanbiederAgb(), cel.aanbiederAgb()), cel.aanbiederAgb(),
                        java.math.BigDecimal.valueOf(cel.tariefCenten(), 2), cel.eenheid(), cel.eenheidOmschrijving(),
                        cel.markering() == null ? "" : cel.markering().name().toLowerCase(Locale.ROOT)));
            }
        }
        Inkooptabel scherm = tarieven(o);
        return new Inkooptabel("tarieven", scherm.titel(), scherm.uitleg(),
                List.of("Productcode", "Omschrijving", "Aanbieder", "AGB-code", "Tarief (euro)", "Eenheid", "Eenheid omschrijving", "Laagste of hoogste"),
                rijen, null);
    }

    private static String wet(Wet wet) {
        return wet == null ? "Alle wetten" : wet.label();
    }

    static String maand(int maand) {
        return Month.of(maand).getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl-NL"));
    }
}
