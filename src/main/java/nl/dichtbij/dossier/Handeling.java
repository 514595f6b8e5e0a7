package nl.dichtbij.dossier;

/** What was done with the data, as the access log records it. */
public enum Handeling {
    INZIEN("Bekeken"),
    WIJZIGEN("Vastgelegd of gewijzigd"),
    EXPORTEREN("Gedownload"),
    VERNIETIGEN("Vernietigd"),
    /** Someone tried a BSN with a birth date that did not fit, or tried too often ({@link Identiteitscontrole}). */
    CONTROLE_MISLUKT("Mislukte controle");

    private final String label;

    Handeling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
