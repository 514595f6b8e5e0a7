package nl.dichtbij.berichten;

/** Where the delivery of a toewijzing stands, as the provider reported it with 305 and 307. */
public enum Levering {
    NIET_GESTART("Nog niet gestart"),
    GESTART("Gestart"),
    TIJDELIJK_GESTOPT("Tijdelijk gestopt"),
    GESTOPT("Gestopt");

    private final String label;

    Levering(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
