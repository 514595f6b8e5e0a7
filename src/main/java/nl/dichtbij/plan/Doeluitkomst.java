package nl.dichtbij.plan;

/** How a goal ended, a fixed choice so "goals reached" can be counted (issue 18). */
public enum Doeluitkomst {
    BEREIKT("Bereikt"),
    DEELS_BEREIKT("Deels bereikt"),
    NIET_BEREIKT("Niet bereikt"),
    NIET_MEER_NODIG("Niet meer nodig (de situatie is veranderd)");

    private final String label;

    Doeluitkomst(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
