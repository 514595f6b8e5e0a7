package nl.dichtbij.marktplaats;

/** What the regisseur did when nobody bid. */
public enum Terugval {
    UIT_CATALOGUS("Gekozen uit de gecontracteerde aanbieders"),
    ESCALATIE("Geëscaleerd");

    private final String label;

    Terugval(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
