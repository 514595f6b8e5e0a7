package nl.dichtbij.toegang;

public enum Contactvoorkeur {
    TELEFOON("Bel mij", "Bellen"),
    EMAIL("Stuur mij een e-mail", "E-mailen");

    private final String label;
    private final String voorMedewerker;

    Contactvoorkeur(String label, String voorMedewerker) {
        this.label = label;
        this.voorMedewerker = voorMedewerker;
    }

    /** How the resident chooses it himself. */
    public String label() {
        return label;
    }

    /** How a professional who registers the melding for the resident reads it. */
    public String voorMedewerker() {
        return voorMedewerker;
    }
}
