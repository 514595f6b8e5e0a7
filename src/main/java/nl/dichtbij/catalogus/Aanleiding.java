package nl.dichtbij.catalogus;

/** Why the resident is invited to tell how the care was. */
public enum Aanleiding {
    /** The provider reported the end of the care (307). */
    GESTOPT("De hulp is gestopt", "De hulp is gestopt (de aanbieder meldde het einde)"),
    /** The care runs six months or longer. */
    ZES_MAANDEN("U krijgt deze hulp een half jaar of langer", "De inwoner krijgt deze hulp een half jaar of langer");

    private final String label;
    private final String voorMedewerker;

    Aanleiding(String label, String voorMedewerker) {
        this.label = label;
        this.voorMedewerker = voorMedewerker;
    }

    /** As the resident reads it, addressed to him. */
    public String label() {
        return label;
    }

    /** As beheer reads it, about the resident. */
    public String voorMedewerker() {
        return voorMedewerker;
    }
}
