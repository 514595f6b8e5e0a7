package nl.dichtbij.dossier;

/** What was done with the data, as the access log records it. */
public enum Handeling {
    INZIEN("Bekeken"),
    WIJZIGEN("Vastgelegd of gewijzigd"),
    EXPORTEREN("Gedownload"),
    VERNIETIGEN("Vernietigd"),
    /** Someone tried a BSN with a birth date that did not fit, or tried too often ({@link Identiteitscontrole}). */
    CONTROLE_MISLUKT("Mislukte controle"),
    /** Someone asked for a part of the file he has no access to (the safety records, issue 20): refused, and logged. */
    GEWEIGERD("Geweigerd");

    private final String label;

    Handeling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
