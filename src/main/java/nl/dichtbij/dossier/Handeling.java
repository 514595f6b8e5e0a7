package nl.dichtbij.dossier;

/** What was done with the data, as the access log records it. */
public enum Handeling {
    INZIEN("Bekeken"),
    WIJZIGEN("Vastgelegd of gewijzigd"),
    EXPORTEREN("Gedownload"),
    VERNIETIGEN("Vernietigd");

    private final String label;

    Handeling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
