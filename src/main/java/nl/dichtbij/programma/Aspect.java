package nl.dichtbij.programma;

/** The four traffic lights of every project. */
public enum Aspect {
    RESULTATEN("Resultaten"),
    PLANNING("Planning"),
    FINANCIEN("Financiën"),
    PERSONEEL("Personeel");

    private final String label;

    Aspect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
