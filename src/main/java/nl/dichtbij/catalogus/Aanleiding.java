package nl.dichtbij.catalogus;

/** Why the resident is invited to tell how the care was. */
public enum Aanleiding {
    /** The provider reported the end of the care (307). */
    GESTOPT("De hulp is gestopt"),
    /** The care runs six months or longer. */
    ZES_MAANDEN("U krijgt deze hulp een half jaar of langer");

    private final String label;

    Aanleiding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
