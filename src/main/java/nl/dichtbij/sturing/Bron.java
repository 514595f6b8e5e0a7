package nl.dichtbij.sturing;

/** Where a provision fact comes from. */
public enum Bron {
    BESCHIKKING("Beschikking"),
    PARTNER("Partner"),
    DEMO("Demo");

    private final String label;

    Bron(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
