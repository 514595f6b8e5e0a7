package nl.dichtbij.besluit;

public enum Uitkomst {
    TOEKENNING("Toegekend"),
    GEDEELTELIJK("Gedeeltelijk toegekend"),
    AFWIJZING("Afgewezen");

    private final String label;

    Uitkomst(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
