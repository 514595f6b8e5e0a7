package nl.dichtbij.toegang;

/** Why a resident withdraws his question: a few plain choices, so the team can learn from them. */
public enum Intrekreden {
    OPGELOST("Het probleem is opgelost"),
    ANDERE_HULP("Ik heb ergens anders hulp gevonden"),
    GEEN_HULP_MEER("Ik wil geen hulp meer"),
    PER_ONGELUK("Ik heb de vraag per ongeluk of dubbel gesteld"),
    ANDERS("Een andere reden");

    private final String label;

    Intrekreden(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
