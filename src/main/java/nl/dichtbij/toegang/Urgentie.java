package nl.dichtbij.toegang;

public enum Urgentie {
    NORMAAL("Het kan een paar weken wachten"),
    SNEL("Ik heb deze week hulp nodig"),
    DRINGEND("Het is dringend: vandaag of morgen");

    private final String label;

    Urgentie(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
