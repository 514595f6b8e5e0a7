package nl.dichtbij.sturing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.dichtbij.berichten.Aanbiedercijfers.Aanbiedercijfer;
import nl.dichtbij.berichten.Aanbiedercijfers.Groepstelling;
import nl.dichtbij.berichten.Aanbiedercijfers.Lijst;
import nl.dichtbij.berichten.Aanbiedercijfers.Uitstroom;
import nl.dichtbij.berichten.Aanbiedercijfers.Uitstroomgroep;
import nl.dichtbij.berichten.Aanbiedercijfers.Verzoekcijfers;
import nl.dichtbij.berichten.Aanbiedercijfers.Wachttijd;
import nl.dichtbij.platform.Wet;

/**
 * The provider figures as tables for {@code fragmenten :: cijfertabel}: the 80/20 list and, per provider, its key figures, waiting
 * time, outflow and verzoeken. A count left out for the board reads "< 5"; money or a share left out with it "—". Money in euros.
 */
final class Aanbiedertabellen {

    private Aanbiedertabellen() {
    }

    static String wetNaam(Wet wet) {
        return wet == null ? "Jeugdwet en Wmo" : wet.kort();
    }

    /** The 80/20 list, most spend first, with the municipality's total. */
    static Tabel lijst(Lijst l) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Aanbiedercijfer a : l.aanbieders()) {
            List<String> weg = a.onderdrukt();
            rijen.add(Arrays.asList(new Tabel.Link(a.naam(), adres(a.aanbiederAgb(), l)), a.plaats(), a.in8020() ? "ja" : "nee", geld(a.besteedCenten(), weg.contains("besteedCenten")),
                    afgeleid(a.procentBesteed(), weg.contains("procentBesteed")), afgeleid(a.procentCumulatief(), weg.contains("procentCumulatief")),
                    aantal(a.clienten(), weg.contains("clienten")), geld(a.besteedPerClientCenten(), weg.contains("besteedPerClientCenten")),
                    aantal(a.nieuweToewijzingen(), weg.contains("nieuweToewijzingen")),
                    aantal(a.beeindigdeToewijzingen(), weg.contains("beeindigdeToewijzingen")),
                    volgensPlan(a), aantal(a.escalaties(), weg.contains("escalaties"))));
        }
        List<Object> totaal = Arrays.asList("Totaal", null, null, euro(l.besteedCenten()), l.besteedCenten() > 0 ? new BigDecimal("100.0") : null, null,
                l.clienten() == null ? Wijktabellen.ONDERDRUKT : l.clienten(), null, null, null, null, null);
        return new Tabel("lijst", "80/20-lijst: aanbieders naar uitgaven, " + wetNaam(l.wet()) + ", " + l.jaar(),
                List.of("Aanbieder", "Rang", "In de 80%-groep", "Besteed (€)", "% van totaal", "% cumulatief", "Cliënten", "Per cliënt (€)",
                        "Nieuwe toewijzingen", "Beëindigde toewijzingen", "% volgens plan beëindigd", "Escalaties"),
                rijen, totaal);
    }

    /** The provider's page for the same year and law as the list. */
    static String adres(String agb, Lijst l) {
        return "/sturing/aanbieders/" + agb + "?jaar=" + l.jaar() + (l.wet() == null ? "" : "&wet=" + l.wet().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** One provider's key figures as rows of two columns. */
    static Tabel kerncijfers(Aanbiedercijfer a, int jaar) {
        List<String> weg = a.onderdrukt();
        List<List<Object>> rijen = new ArrayList<>();
        rijen.add(Arrays.asList("Cliënten (met een toewijzing in het jaar)", aantal(a.clienten(), weg.contains("clienten"))));
        rijen.add(Arrays.asList("Nieuwe toewijzingen", aantal(a.nieuweToewijzingen(), weg.contains("nieuweToewijzingen"))));
        rijen.add(Arrays.asList("Beëindigde toewijzingen", aantal(a.beeindigdeToewijzingen(), weg.contains("beeindigdeToewijzingen"))));
        rijen.add(Arrays.asList("Besteed (€)", geld(a.besteedCenten(), weg.contains("besteedCenten"))));
        rijen.add(Arrays.asList("Besteed per cliënt (€)", geld(a.besteedPerClientCenten(), weg.contains("besteedPerClientCenten"))));
        rijen.add(Arrays.asList("Aandeel in de uitgaven van de gemeente (%)", afgeleid(a.procentBesteed(), weg.contains("procentBesteed"))));
        rijen.add(Arrays.asList("Escalaties (doorzettingsmacht)", aantal(a.escalaties(), weg.contains("escalaties"))));
        rijen.add(Arrays.asList("Waarvan nog open", aantal(a.escalatiesOpen(), weg.contains("escalatiesOpen"))));
        return new Tabel("kerncijfers", "Kerncijfers, " + jaar, List.of("Cijfer", "Waarde"), rijen, null);
    }

    static Tabel wachttijd(Aanbiedercijfer a, int jaar) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Wachttijd w : a.wachttijden()) {
            rijen.add(Arrays.asList(wetNaam(w.wet()), w.mediaanDagen() == null ? "nog niet bekend" : w.mediaanDagen(),
                    w.normDagen() == null ? "geen norm" : w.normDagen(), w.contract(),
                    w.bovenNorm() == null ? "—" : w.bovenNorm() ? "nee, langer dan de norm" : "ja"));
        }
        return new Tabel("wachttijd", "Wachttijd tot de start van de zorg, " + jaar,
                List.of("Wet", "Mediaan (dagen)", "Norm in het contract (dagen)", "Contract", "Binnen de norm"), rijen, null);
    }

    static Tabel uitstroomPerGroep(Aanbiedercijfer a, int jaar) {
        boolean weg = a.onderdrukt().contains("uitstroom") || a.onderdrukt().contains("uitstroomTotaal");
        List<List<Object>> rijen = new ArrayList<>();
        for (Groepstelling g : a.uitstroomPerGroep()) {
            rijen.add(Arrays.asList(g.groep().label(), aantal(g.aantal(), g.aantal() == null), afgeleid(g.procent(), weg && g.procent() == null)));
        }
        return new Tabel("uitstroomgroep", "Uitstroom: volgens plan, voortijdig of overstap, " + jaar, List.of("Hoe de zorg eindigde", "Aantal", "%"),
                rijen, Arrays.asList("Totaal", aantal(a.uitstroomTotaal(), a.onderdrukt().contains("uitstroomTotaal")), null));
    }

    static Tabel uitstroomPerReden(Aanbiedercijfer a, int jaar) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Uitstroom u : a.uitstroom()) {
            rijen.add(Arrays.asList((u.reden() == null ? "" : u.reden() + " ") + u.omschrijving(), u.groep().label(), aantal(u.aantal(), u.aantal() == null)));
        }
        return new Tabel("uitstroomreden", "Uitstroom per reden (JZ588), " + jaar, List.of("Reden beëindiging", "Groep", "Aantal"), rijen, null);
    }

    static Tabel verzoeken(Aanbiedercijfer a, int jaar) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Verzoekcijfers v : a.verzoeken()) {
            rijen.add(Arrays.asList(v.soort().label(), aantal(v.ontvangen(), v.ontvangen() == null), aantal(v.toegekend(), v.toegekend() == null),
                    aantal(v.afgewezen(), v.afgewezen() == null), aantal(v.open(), v.open() == null)));
        }
        return new Tabel("verzoeken", "Verzoeken om (wijziging van) toewijzing, " + jaar,
                List.of("Soort verzoek", "Ontvangen", "Toegekend", "Afgewezen", "Nog open"), rijen, null);
    }

    /** The detail tables of one provider, in page order. */
    static List<Tabel> detail(Aanbiedercijfer a, int jaar) {
        return List.of(kerncijfers(a, jaar), wachttijd(a, jaar), uitstroomPerGroep(a, jaar), uitstroomPerReden(a, jaar), verzoeken(a, jaar));
    }

    private static Object volgensPlan(Aanbiedercijfer a) {
        Groepstelling g = a.groep(Uitstroomgroep.VOLGENS_PLAN);
        if (g == null || g.procent() == null) {
            return a.onderdrukt().contains("uitstroom") || a.onderdrukt().contains("uitstroomTotaal") ? Wijktabellen.AFGELEID_ONDERDRUKT : null;
        }
        return g.procent();
    }

    private static Object aantal(Object waarde, boolean onderdrukt) {
        return onderdrukt ? Wijktabellen.ONDERDRUKT : waarde;
    }

    private static Object afgeleid(Object waarde, boolean onderdrukt) {
        return onderdrukt ? Wijktabellen.AFGELEID_ONDERDRUKT : waarde;
    }

    private static Object geld(Long centen, boolean onderdrukt) {
        return onderdrukt ? Wijktabellen.AFGELEID_ONDERDRUKT : centen == null ? null : euro(centen);
    }

    /** Whole euros, as on the other steering pages: 1.528.425 on screen. */
    private static Long euro(long centen) {
        return Math.round(centen / 100.0);
    }
}
