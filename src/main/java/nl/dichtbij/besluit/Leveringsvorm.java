package nl.dichtbij.besluit;

public enum Leveringsvorm {
    ZIN("Zorg in natura"),
    PGB("Persoonsgebonden budget");

    private final String label;

    Leveringsvorm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
