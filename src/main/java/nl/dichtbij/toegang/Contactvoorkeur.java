package nl.dichtbij.toegang;

public enum Contactvoorkeur {
    TELEFOON("Bel mij"),
    EMAIL("Stuur mij een e-mail");

    private final String label;

    Contactvoorkeur(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
