package nl.dichtbij.dossier;

/** Why someone may act for a resident. Only a MACHTIGING is given by the resident himself. */
public enum Grond {
    MACHTIGING("Machtiging door de inwoner", false),
    CURATELE("Curatele (curator)", true),
    MENTORSCHAP("Mentorschap (mentor)", true),
    BEWIND("Beschermingsbewind (bewindvoerder)", true),
    VOOGDIJ("Voogdij (voogd)", true);

    private final String label;
    private final boolean wettelijk;

    Grond(String label, boolean wettelijk) {
        this.label = label;
        this.wettelijk = wettelijk;
    }

    public String label() {
        return label;
    }

    /** A court-appointed representative, registered by a professional. */
    public boolean wettelijk() {
        return wettelijk;
    }
}
