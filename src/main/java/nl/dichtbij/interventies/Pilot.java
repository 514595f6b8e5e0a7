package nl.dichtbij.interventies;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pilot of the municipality, as plan-do-check-act: the question it answers, the intervention it tries (or none), its period,
 * when it is evaluated, its phase, what the evaluation found and the decision taken.
 */
public record Pilot(long id, String gemeenteCode, String vraag, Long interventieId, String interventieNaam, LocalDate van, LocalDate tot,
                    LocalDate evaluatiedatum, Pilotfase fase, String bevindingen, String besluit, long versie, String vastgelegdDoor,
                    Instant vastgelegdOp, String gewijzigdDoor, Instant gewijzigdOp) {

    public boolean afgerond() {
        return fase == Pilotfase.ACT;
    }

    /** Whether the evaluation date has passed while the pilot is not yet in Check or Act: said in words on the pages. */
    public boolean evaluatieTeLaat(LocalDate vandaag) {
        return (fase == Pilotfase.PLAN || fase == Pilotfase.DO) && evaluatiedatum.isBefore(vandaag);
    }
}
