package nl.dichtbij.sturing.web;

import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.sturing.Verwijzeroverzicht;

/** The referrer figures as three tables (per referrer type, per GP practice, the trend); a suppressed count reads "< 5", what follows from it "—". */
final class Verwijzertabellen {

    static final List<String> CODES = List.of("typen", "huisartsen", "trend");

    private Verwijzertabellen() {
    }

    static Tabel tabel(Verwijzeroverzicht.Overzicht o, String code) {
        return switch (code) {
            case "huisartsen" -> huisartsen(o);
            case "trend" -> trend(o);
            default -> typen(o);
        };
    }

    static Tabel typen(Verwijzeroverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Verwijzeroverzicht.Typecijfers t : o.totalen()) {
            o.perType().stream().filter(r -> r.wet() == t.wet()).forEach(r -> rijen.add(typerij(r)));
            rijen.add(typerij(t));
        }
        return new Tabel("typen", "Nieuwe toewijzingen, cliënten en toegekend bedrag per soort verwijzer, " + o.jaar(),
                List.of("Verwijzer", "Wet", "Toewijzingen", "% toewijzingen", "Cliënten", "% cliënten", "Toegekend (€)", "% toegekend"), rijen, null);
    }

    private static List<Object> typerij(Verwijzeroverzicht.Typecijfers r) {
        List<String> weg = r.onderdrukt();
        List<Object> rij = new ArrayList<>();
        rij.add(r.naam());
        rij.add(r.wet().kort());
        rij.add(aantal(r.toewijzingen(), weg.contains("toewijzingen")));
        rij.add(afgeleid(r.procentToewijzingen(), weg.contains("procentToewijzingen")));
        rij.add(aantal(r.clienten(), weg.contains("clienten")));
        rij.add(afgeleid(r.procentClienten(), weg.contains("procentClienten")));
        rij.add(afgeleid(r.toegekendEuro(), weg.contains("toegekendEuro")));
        rij.add(afgeleid(r.procentToegekend(), weg.contains("procentToegekend")));
        return rij;
    }

    static Tabel huisartsen(Verwijzeroverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Verwijzeroverzicht.Huisartscijfers h : o.perHuisarts()) {
            List<Object> rij = new ArrayList<>();
            rij.add(h.naam() == null ? "Naam onbekend" : h.naam());
            rij.add(h.agbCode());
            rij.add(h.wet().kort());
            rij.add(aantal(h.toewijzingen(), h.onderdrukt().contains("toewijzingen")));
            rij.add(aantal(h.clienten(), h.onderdrukt().contains("clienten")));
            rijen.add(rij);
        }
        return new Tabel("huisartsen", "Verwijzingen per huisartsenpraktijk, " + o.jaar(),
                List.of("Huisartsenpraktijk", "AGB-code", "Wet", "Toewijzingen", "Cliënten"), rijen, null);
    }

    static Tabel trend(Verwijzeroverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Verwijzeroverzicht.Trendcijfers t : o.trend()) {
            List<Object> rij = new ArrayList<>();
            rij.add(String.valueOf(t.jaar()));
            rij.add(t.wet().kort());
            rij.add(aantal(t.toewijzingen(), t.onderdrukt().contains("toewijzingen")));
            rij.add(aantal(t.gemeente(), t.onderdrukt().contains("gemeente")));
            rij.add(afgeleid(t.procentGemeente(), t.onderdrukt().contains("procentGemeente")));
            rijen.add(rij);
        }
        return new Tabel("trend", "Aandeel van de gemeente als verwijzer, " + (o.jaar() - Verwijzeroverzicht.TRENDJAREN + 1) + "–" + o.jaar(),
                List.of("Jaar", "Wet", "Nieuwe toewijzingen", "Na besluit van de gemeente", "% gemeente"), rijen, null);
    }

    private static Object aantal(Object waarde, boolean onderdrukt) {
        return onderdrukt ? Wijktabellen.ONDERDRUKT : waarde;
    }

    private static Object afgeleid(Object waarde, boolean onderdrukt) {
        return onderdrukt ? Wijktabellen.AFGELEID_ONDERDRUKT : waarde;
    }
}
