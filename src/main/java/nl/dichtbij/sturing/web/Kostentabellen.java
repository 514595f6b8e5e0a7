package nl.dichtbij.sturing.web;

import java.util.ArrayList;
import java.util.List;

import nl.dichtbij.sturing.Concentratie;
import nl.dichtbij.sturing.Kostenoverzicht;

/** Cost per client as four tables; a suppressed count reads "< 5", what follows from it "—". */
final class Kostentabellen {

    static final List<String> CODES = List.of("categorieen", "concentratie", "volume", "duur");

    private Kostentabellen() {
    }

    static Tabel tabel(Kostenoverzicht.Overzicht o, String code) {
        return switch (code) {
            case "concentratie" -> concentratie(o);
            case "volume" -> volume(o);
            case "duur" -> duur(o);
            default -> categorieen(o);
        };
    }

    static Tabel categorieen(Kostenoverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Kostenoverzicht.Categorie totaal : o.perWet()) {
            o.perCategorie().stream().filter(c -> c.wet() == totaal.wet()).forEach(c -> rijen.add(categorierij(c)));
            rijen.add(categorierij(totaal));
        }
        return new Tabel("categorieen", "Kosten per cliënt per wet en productcategorie, " + o.jaar(),
                List.of("Productcategorie", "Wet", "Cliënten", "Zorg in natura (€)", "Pgb (€)", "Totaal (€)", "Per cliënt (€)"), rijen, null);
    }

    private static List<Object> categorierij(Kostenoverzicht.Categorie c) {
        List<String> weg = c.onderdrukt();
        List<Object> rij = new ArrayList<>();
        rij.add(c.naam());
        rij.add(c.wet().kort());
        rij.add(aantal(c.clienten(), weg.contains("clienten")));
        rij.add(afgeleid(c.zorgInNaturaEuro(), weg.contains("zorgInNaturaEuro")));
        rij.add(afgeleid(c.pgbEuro(), weg.contains("pgbEuro")));
        rij.add(afgeleid(c.totaalEuro(), weg.contains("totaalEuro")));
        rij.add(afgeleid(c.perClientEuro(), weg.contains("perClientEuro")));
        return rij;
    }

    static Tabel concentratie(Kostenoverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Concentratie.Deciel d : o.concentratie().decielen()) {
            rijen.add(java.util.Arrays.asList(d.deciel() == 1 ? "1 (duurste tiende)" : String.valueOf(d.deciel()), d.huishoudens(),
                    d.euro(), d.procentUitgaven(), d.cumulatiefProcent()));
        }
        return new Tabel("concentratie", "Uitgaven per tiende van de huishoudens, van duur naar goedkoop, " + o.jaar(),
                List.of("Tiende", "Huishoudens", "Uitgaven (€)", "% van de uitgaven", "% opgeteld"), rijen, null);
    }

    static Tabel volume(Kostenoverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Kostenoverzicht.Volume v : o.volume()) {
            List<String> weg = v.onderdrukt();
            List<Object> rij = new ArrayList<>();
            rij.add(v.wet().kort());
            rij.add(aantal(v.clientenBegin(), weg.contains("clientenBegin")));
            rij.add(aantal(v.nieuweClienten(), weg.contains("nieuweClienten")));
            rij.add(aantal(v.clientenPrognose(), weg.contains("clientenPrognose")));
            rij.add(aantal(v.trajecten(), weg.contains("trajecten")));
            rij.add(aantal(v.trajectenPrognose(), weg.contains("trajectenPrognose")));
            rij.add(v.uitgavenEuro());
            rij.add(v.uitgavenPrognoseEuro());
            rijen.add(rij);
        }
        return new Tabel("volume", "Cliënten, trajecten en geld: tot nu toe en de verwachting voor heel " + o.jaar(),
                List.of("Wet", "Cliënten op 1 januari", "Nieuwe cliënten", "Verwachte cliënten in het jaar", "Nieuwe trajecten",
                        "Verwachte trajecten in het jaar", "Uitgaven tot nu toe (€)", "Verwachte uitgaven (€)"), rijen, null);
    }

    static Tabel duur(Kostenoverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Kostenoverzicht.Duurmediaan m : o.mediaanDuur()) {
            o.duren().stream().filter(d -> d.wet() == m.wet()).forEach(d -> rijen.add(List.of(d.klasse().label(), d.wet().kort(),
                    afgeleid(d.trajecten(), d.onderdrukt().contains("trajecten")), afgeleid(d.procent(), d.onderdrukt().contains("procent")))));
            List<Object> totaal = new ArrayList<>();
            totaal.add("Alle beëindigde trajecten (mediaan " + (m.mediaanDagen() == null ? "—" : m.mediaanDagen() + (m.mediaanDagen() == 1 ? " dag" : " dagen")) + ")");
            totaal.add(m.wet().kort());
            totaal.add(aantal(m.trajecten(), m.onderdrukt().contains("trajecten")));
            totaal.add(m.trajecten() == null ? Wijktabellen.AFGELEID_ONDERDRUKT : "100");
            rijen.add(totaal);
        }
        return new Tabel("duur", "Duur van de trajecten die in " + o.jaar() + " eindigden", List.of("Duur", "Wet", "Trajecten", "% van de trajecten"),
                rijen, null);
    }

    private static Object aantal(Object waarde, boolean onderdrukt) {
        return onderdrukt ? Wijktabellen.ONDERDRUKT : waarde;
    }

    private static Object afgeleid(Object waarde, boolean onderdrukt) {
        return onderdrukt ? Wijktabellen.AFGELEID_ONDERDRUKT : waarde;
    }
}
