package nl.dichtbij.interventies;

import java.time.LocalDate;

/** What beleid types for a new pilot: the question, the intervention it tries (optional), its period and evaluation date. */
public record NieuwePilot(String vraag, Long interventieId, LocalDate van, LocalDate tot, LocalDate evaluatiedatum) {
}
