package nl.dichtbij.sturing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.dichtbij.sturing.Geldoverzicht;
import nl.dichtbij.sturing.Raadsoverzicht;

/** The money page's tables, in whole euros, as the screen and the CSV and XLSX exports show them. */
final class Geldtabellen {

    static final List<String> CODES = List.of("themas", "wetten", "maanden");

    private Geldtabellen() {
    }

    static Tabel van(Geldoverzicht.Overzicht o, String code) {
        return switch (code) {
            case "wetten" -> wetten(o);
            case "maanden" -> maanden(o);
            default -> themas(o);
        };
    }

    static Tabel themas(Geldoverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        long budget = 0;
        long prognose = 0;
        for (Geldoverzicht.Themajaar t : o.themas()) {
            rijen.add(Arrays.asList(t.thema().label(), euro(t.budgetCenten()), euro(t.toegekendCenten()), euro(t.pgbCenten()), euro(t.prognoseCenten()),
                    t.prognoseProcent() == null ? "" : t.prognoseProcent() + "%",
                    t.waarschuwing() ? "Let op: meer dan " + o.drempelProcent() + "% boven budget" : t.budgetCenten() == null ? "Geen budget" : "Binnen budget"));
            budget += t.budgetCenten() == null ? 0 : t.budgetCenten();
            prognose += t.prognoseCenten() == null ? 0 : t.prognoseCenten();
        }
        return new Tabel("themas", "Budget en prognose per thema, " + o.jaar(),
                List.of("Thema", "Budget (€)", "Zorg in natura betaald tot nu (€)", "Pgb tot nu (€)", "Prognose jaar (€)", "Prognose van budget", "Signaal"),
                rijen, Arrays.asList("Totaal", euro(budget), euro(o.toegekendTotaal()), euro(o.pgbTotaal()), euro(prognose), null, null));
    }

    static Tabel wetten(Geldoverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Geldoverzicht.Wetmaand w : o.perWet()) {
            rijen.add(List.of(Tabel.maand(w.maand()), w.wet().label(), w.clientenMetBesluit(), w.clientenMetToewijzing(), euro(w.gedeclareerdCenten()),
                    euro(w.toegekendCenten())));
        }
        return new Tabel("wetten", "Cliënten en declaraties per wet en maand, " + o.jaar(),
                List.of("Maand", "Wet", "Cliënten met een besluit", "Cliënten met een toewijzing", "Gedeclareerd (€)", "Toegekend (€)"), rijen, null);
    }

    static Tabel maanden(Geldoverzicht.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (Geldoverzicht.Regel r : o.regels()) {
            rijen.add(List.of(Tabel.maand(r.maand()), r.thema().label(), r.wet().label(), r.productcategorie() == null ? "—" : r.productcategorie(),
                    r.besluiten(), r.toewijzingen(), euro(r.toegekendCenten()), euro(r.pgbCenten())));
        }
        return new Tabel("maanden", "Besluiten, toewijzingen, toegekend bedrag en pgb per maand, thema en productcategorie, " + o.jaar(),
                List.of("Maand", "Thema", "Wet", "Productcategorie", "Besluiten", "Toewijzingen", "Zorg in natura toegekend (€)", "Pgb (€)"), rijen, null);
    }

    /** The bars of the chart: per theme, forecast and budget as a share of the largest, for a chart without colour. */
    record Staaf(String thema, long prognoseEuro, long budgetEuro, int prognoseBreedte, int budgetBreedte, boolean waarschuwing)
            implements nl.dichtbij.sturing.web.Staaf {

        @Override
        public String naam() {
            return thema;
        }

        @Override
        public int dichtBreedte() {
            return prognoseBreedte;
        }

        @Override
        public String dichtTekst() {
            return "prognose € " + nl.dichtbij.sturing.web.Staaf.getal(prognoseEuro) + (waarschuwing ? " — let op" : "");
        }

        @Override
        public int openBreedte() {
            return budgetBreedte;
        }

        @Override
        public String openTekst() {
            return "budget € " + nl.dichtbij.sturing.web.Staaf.getal(budgetEuro);
        }
    }

    static List<Staaf> staven(Geldoverzicht.Overzicht o) {
        return staven(o.themas().stream().map(t -> new Raadsoverzicht.Themaregel(t.thema().label(), euro(nul(t.budgetCenten())),
                euro(nul(t.prognoseCenten())), t.prognoseProcent(), t.waarschuwing())).toList());
    }

    static List<Staaf> staven(List<Raadsoverzicht.Themaregel> themas) {
        long grootste = 1;
        for (Raadsoverzicht.Themaregel t : themas) {
            grootste = Math.max(grootste, Math.max(nul(t.prognoseEuro()), nul(t.budgetEuro())));
        }
        List<Staaf> staven = new ArrayList<>();
        for (Raadsoverzicht.Themaregel t : themas) {
            staven.add(new Staaf(t.thema(), nul(t.prognoseEuro()), nul(t.budgetEuro()), (int) (400 * nul(t.prognoseEuro()) / grootste),
                    (int) (400 * nul(t.budgetEuro()) / grootste), t.waarschuwing()));
        }
        return staven;
    }

    private static long nul(Long waarde) {
        return waarde == null ? 0 : waarde;
    }

    private static Long euro(Long centen) {
        return centen == null ? null : Math.round(centen / 100.0);
    }
}
