package nl.dichtbij.besluit;

public enum BeschikkingStatus {
    WACHT_OP_TWEEDE("Wacht op tweede handtekening"),
    VASTGESTELD("Vastgesteld en verzonden"),
    GEWIJZIGD("Gewijzigd"),
    BEEINDIGD("Beëindigd"),
    INGETROKKEN("Ingetrokken");

    private final String label;

    BeschikkingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean geldig() {
        return this == VASTGESTELD || this == GEWIJZIGD;
    }
}
