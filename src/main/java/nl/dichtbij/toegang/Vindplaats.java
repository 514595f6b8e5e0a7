package nl.dichtbij.toegang;

/** Where a signal came from: the places that see residents first. */
public enum Vindplaats {
    SCHOOL("School"),
    HUISARTS("Huisarts"),
    CONSULTATIEBUREAU("Consultatiebureau"),
    SPORTCLUB("Sportclub of vereniging"),
    BUREN("Buren"),
    KERK_MOSKEE("Kerk of moskee"),
    WONINGCORPORATIE("Woningcorporatie"),
    ANDERS("Anders");

    private final String label;

    Vindplaats(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
