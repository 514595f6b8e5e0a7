package nl.dichtbij.termijnen;

import java.time.LocalDate;

/** The legal terms of the chain, each with its source and how a resident reads it. */
public enum WettelijkeTermijn {

    WMO_ONDERZOEK(6, 0, "Wmo 2015 art. 2.3.2",
            "Binnen 6 weken na uw melding onderzoeken wij samen met u wat u nodig heeft."),
    JEUGD_BESLISSING(8, 0, "Jeugdwet, Awb art. 4:13",
            "Binnen 8 weken na uw melding krijgt u een besluit."),
    SCHULDHULP_EERSTE_GESPREK(4, 0, "Wet gemeentelijke schuldhulpverlening art. 4a",
            "Binnen 4 weken na uw melding heeft u een eerste gesprek over uw schulden."),
    SCHULDHULP_DREIGING(0, 3, "Wet gemeentelijke schuldhulpverlening art. 4a lid 2",
            "Omdat u uit huis gezet of afgesloten kunt worden, heeft u binnen 3 werkdagen een eerste gesprek."),
    WMO_BESCHIKKING(2, 0, "Wmo 2015 art. 2.3.5 lid 1",
            "Binnen 2 weken na uw aanvraag krijgt u een besluit (beschikking)."),
    JEUGD_BESCHIKKING(8, 0, "Jeugdwet, Awb art. 4:13",
            "Binnen 8 weken na uw aanvraag krijgt u een besluit (beschikking)."),
    PARTICIPATIEWET_BESCHIKKING(8, 0, "Participatiewet, Awb art. 4:13",
            "Binnen 8 weken na uw aanvraag krijgt u een besluit (beschikking)."),
    SCHULDHULP_BESCHIKKING(8, 0, "Wet gemeentelijke schuldhulpverlening, Awb art. 4:13",
            "Binnen 8 weken na uw aanvraag krijgt u een besluit (beschikking)."),
    BEZWAAR_INDIENEN(6, 0, "Awb art. 6:7 en 6:8",
            "U kunt binnen 6 weken na de verzenddatum van het besluit bezwaar maken."),
    BEZWAAR_BESLISSEN(6, 0, "Awb art. 7:10 lid 1",
            "De gemeente beslist binnen 6 weken na het einde van de bezwaartermijn op uw bezwaar."),
    BEZWAAR_BESLISSEN_COMMISSIE(12, 0, "Awb art. 7:10 lid 1 (met adviescommissie)",
            "De gemeente vraagt advies aan de bezwaarcommissie en beslist binnen 12 weken na het einde van de bezwaartermijn.");

    private final int weken;
    private final int werkdagen;
    private final String wettelijkeGrondslag;
    private final String uitleg;

    WettelijkeTermijn(int weken, int werkdagen, String wettelijkeGrondslag, String uitleg) {
        this.weken = weken;
        this.werkdagen = werkdagen;
        this.wettelijkeGrondslag = wettelijkeGrondslag;
        this.uitleg = uitleg;
    }

    /** Which law, in words for a resident: "Jeugdwet", "Wmo 2015", without the articles the professional sees. */
    public String wetVoorInwoner() {
        String wet = wettelijkeGrondslag.replaceAll(",?\\s*Awb art\\..*$", "").replaceAll("\\s+art\\..*$", "").strip();
        return wet.isEmpty() ? "Algemene wet bestuursrecht" : wet;
    }

    /**
     * The last day of the term that starts on {@code start}. A term in weeks that ends on a
     * Saturday, Sunday or public holiday moves to the next working day (Algemene termijnenwet art. 1).
     */
    public LocalDate einde(LocalDate start) {
        if (werkdagen > 0) {
            return plusWerkdagen(start, werkdagen);
        }
        return naarWerkdag(start.plusWeeks(weken));
    }

    /** A term that waits for the onderzoek or the first talk about debts: met when that is written down. */
    public boolean gehaaldMetOnderzoek() {
        return this == WMO_ONDERZOEK || this == SCHULDHULP_EERSTE_GESPREK || this == SCHULDHULP_DREIGING;
    }

    /** A term that waits for the decision (beschikking). */
    public boolean gehaaldMetBesluit() {
        return !gehaaldMetOnderzoek() && this != BEZWAAR_INDIENEN;
    }

    /**
     * Moves a term's end that falls on a Saturday, Sunday or public holiday to the next working day
     * (Algemene termijnenwet art. 1).
     */
    public static LocalDate naarWerkdag(LocalDate einde) {
        LocalDate dag = einde;
        while (!Feestdagen.isWerkdag(dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    /** A term extended by a number of weeks (verdaging), again moved off weekends and holidays. */
    public static LocalDate verdaagd(LocalDate einde, int weken) {
        return naarWerkdag(einde.plusWeeks(weken));
    }

    private static LocalDate plusWerkdagen(LocalDate start, int aantal) {
        LocalDate dag = start;
        int geteld = 0;
        while (geteld < aantal) {
            dag = dag.plusDays(1);
            if (Feestdagen.isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    public String wettelijkeGrondslag() {
        return wettelijkeGrondslag;
    }

    public String uitleg() {
        return uitleg;
    }
}
