package nl.dichtbij.sturing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.dichtbij.sturing.Uitkomstmonitor.Kant;
import nl.dichtbij.sturing.Watwerkt;

/** What works as tables, on screen and as CSV/Excel: the ZRM figures of a side under 5 residents read "< 5" and "—". */
final class Watwerkttabellen {

    static final List<String> CODES = List.of("interventies", "aanbieders", "aandeel");
    private static final String WEG = "—";

    private Watwerkttabellen() {
    }

    static Tabel interventies(Watwerkt.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Watwerkt.PerInterventie r : o.interventies()) {
            List<Object> rij = new ArrayList<>();
            rij.add(new Tabel.Link(r.interventie().naam() + (r.interventie().actief() ? "" : " (vervallen)"), "/interventies/" + r.interventie().id()));
            rij.add(r.interventie().effectniveau().niveau());
            rij.addAll(zrm(r.uitkomst().professional()));
            rij.add(verandering(r.uitkomst().inwoner()));
            rij.add(r.doelen().beeindigd());
            rij.add(leeg(r.doelen().procentBereikt()));
            rij.add(r.clienten());
            rij.add(r.uitstroom());
            rij.add(leeg(r.procentVolgensPlan()));
            rijen.add(rij);
        }
        return new Tabel("interventies", "Per interventie", List.of("Interventie", "Effectniveau (0–4)", "Inwoners met ZRM",
                "Gemiddeld bij intake", "Verandering, professional", "Verandering, zelf", "Doelen afgerond", "% doelen bereikt",
                "Cliënten met zorg " + o.jaar(), "Uitstroom " + o.jaar(), "% volgens plan"), rijen, null);
    }

    static Tabel aanbieders(Watwerkt.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Watwerkt.PerAanbieder r : o.aanbieders()) {
            List<Object> rij = new ArrayList<>();
            rij.add(r.naam());
            rij.addAll(zrm(r.uitkomst().professional()));
            rij.add(verandering(r.uitkomst().inwoner()));
            rij.add(r.uitstroom() == null ? WEG : r.uitstroom());
            rij.add(leeg(r.procentVolgensPlan()));
            rijen.add(rij);
        }
        return new Tabel("aanbieders", "Per aanbieder", List.of("Aanbieder", "Inwoners met ZRM", "Gemiddeld bij intake",
                "Verandering, professional", "Verandering, zelf", "Uitstroom " + o.jaar(), "% volgens plan"), rijen, null);
    }

    static Tabel aandeel(Watwerkt.Overzicht o) {
        Watwerkt.Aandeel a = o.aandeel();
        List<List<Object>> rijen = List.of(
                Arrays.asList("Interventie op niveau 3 of 4", a.niveauDrieOfVier(), leeg(a.procentDrieOfVier())),
                Arrays.asList("Interventie op niveau 0, 1 of 2", a.niveauNulTotTwee(), leeg(a.procentNulTotTwee())),
                Arrays.asList("Geen interventie uit het register", a.zonderInterventie(), leeg(a.procentZonder())));
        return new Tabel("aandeel", "Aandeel van de zorg per effectniveau, " + o.jaar(), List.of("Zorg", "Cliënten per product", "%"), rijen,
                Arrays.asList("Totaal", a.totaal(), a.totaal() == 0 ? WEG : BigDecimal.valueOf(100)));
    }

    private static List<Object> zrm(Kant k) {
        if (k.onderdrukt()) {
            return Arrays.asList("< 5", WEG, WEG);
        }
        return Arrays.asList(k.personen(), k.heeftCijfers() ? leeg(k.gemiddeldBijIntake()) : WEG, verandering(k));
    }

    private static Object verandering(Kant k) {
        return k.heeftCijfers() ? leeg(k.verandering()) : k.onderdrukt() ? "< 5" : WEG;
    }

    private static Object leeg(BigDecimal waarde) {
        return waarde == null ? WEG : waarde;
    }
}
