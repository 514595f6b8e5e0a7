package nl.dichtbij.regie;

/** How a case is directed, with the weight it counts for in a professional's caseload. */
public enum Regievorm {
    CASUSREGIE("Casusregie", 1.0),
    PROCESREGIE("Procesregie", 2.0),
    AMBULANTE_BEGELEIDING("Ambulante begeleiding", 1.5);

    private final String label;
    private final double gewicht;

    Regievorm(String label, double gewicht) {
        this.label = label;
        this.gewicht = gewicht;
    }

    public String label() {
        return label;
    }

    public double gewicht() {
        return gewicht;
    }
}
