package nl.dichtbij.interventies;

import java.util.Optional;

/** The phases of a pilot, plan-do-check-act, in their order; a pilot moves one phase at a time. */
public enum Pilotfase {
    PLAN("Plan – voorbereiden"),
    DO("Do – uitvoeren"),
    CHECK("Check – evalueren"),
    ACT("Act – besluiten");

    private final String label;

    Pilotfase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The phase after this one; none after ACT. */
    public Optional<Pilotfase> volgende() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
