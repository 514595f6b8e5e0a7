package nl.dichtbij.toegang;

/** How soon the resident needs help, as he or the professional who registered the melding said. */
public enum Urgentie {
    NORMAAL("Het kan een paar weken wachten", "Normaal"),
    SNEL("Ik heb deze week hulp nodig", "Deze week"),
    DRINGEND("Het is dringend: vandaag of morgen", "Dringend");

    private final String label;
    private final String kort;

    Urgentie(String label, String kort) {
        this.label = label;
        this.kort = kort;
    }

    /** The sentence the resident chose from. */
    public String label() {
        return label;
    }

    /** The word in a queue's column. */
    public String kort() {
        return kort;
    }
}
