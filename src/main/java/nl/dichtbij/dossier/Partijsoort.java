package nl.dichtbij.dossier;

/** With whom a resident shares parts of his file. */
public enum Partijsoort {
    AANBIEDER("Zorgaanbieder of organisatie"),
    MEDEWERKER("Medewerker van de gemeente"),
    HUISARTS("Huisarts");

    private final String label;

    Partijsoort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
