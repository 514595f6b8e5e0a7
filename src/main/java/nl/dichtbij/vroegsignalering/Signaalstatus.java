package nl.dichtbij.vroegsignalering;

/** Where the outreach task stands. */
public enum Signaalstatus {
    NIEUW("Nog niet opgepakt"),
    OPGEPAKT("Opgepakt"),
    AFGEROND("Afgerond");

    private final String label;

    Signaalstatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
