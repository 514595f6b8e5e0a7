package nl.dichtbij.programma;

/**
 * The three states of a traffic light in the progress report (seed 002). Each has a short label,
 * the full meaning and a shape, so the light reads without colour.
 */
public enum Stoplicht {
    OP_SCHEMA("Op schema", "Ligt op schema voor planning, resultaten, financiën en personeel.", "rondje"),
    KNELPUNT("Knelpunt", "Er is een knelpunt; er zijn maatregelen genomen.", "driehoek"),
    NIET_GEHAALD("Niet gehaald", "Wordt niet gehaald; het knelpunt is niet op korte termijn op te lossen.", "vierkant");

    private final String label;
    private final String betekenis;
    private final String vorm;

    Stoplicht(String label, String betekenis, String vorm) {
        this.label = label;
        this.betekenis = betekenis;
        this.vorm = vorm;
    }

    public String label() {
        return label;
    }

    public String betekenis() {
        return betekenis;
    }

    /** rondje, driehoek or vierkant: the shape drawn beside the label. */
    public String vorm() {
        return vorm;
    }

    public String css() {
        return name().toLowerCase().replace('_', '-');
    }
}
