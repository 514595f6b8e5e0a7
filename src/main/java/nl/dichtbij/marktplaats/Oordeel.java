package nl.dichtbij.marktplaats;

/** The resident's say on the proposed award. */
public enum Oordeel {
    AKKOORD("Akkoord"),
    BEZWAAR("Niet akkoord");

    private final String label;

    Oordeel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
