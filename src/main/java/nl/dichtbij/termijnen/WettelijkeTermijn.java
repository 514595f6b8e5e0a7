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
            "Omdat u uit huis gezet of afgesloten kunt worden, heeft u binnen 3 werkdagen een eerste gesprek.");

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

    /**
     * The last day of the term that starts on {@code start}. A term in weeks that ends on a
     * Saturday, Sunday or public holiday moves to the next working day (Algemene termijnenwet art. 1).
     */
    public LocalDate einde(LocalDate start) {
        if (werkdagen > 0) {
            return plusWerkdagen(start, werkdagen);
        }
        LocalDate einde = start.plusWeeks(weken);
        while (!Feestdagen.isWerkdag(einde)) {
            einde = einde.plusDays(1);
        }
        return einde;
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
