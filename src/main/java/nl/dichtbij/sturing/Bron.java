package nl.dichtbij.sturing;

/** Where a provision fact comes from. */
public enum Bron {
    BESCHIKKING("Beschikking"),
    PARTNER("Partner"),
    /** Taken over from the municipality's previous systems (docs/decisions/0021). */
    OVERGENOMEN("Overgenomen");

    private final String label;

    Bron(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
