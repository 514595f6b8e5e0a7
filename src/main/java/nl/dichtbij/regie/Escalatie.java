package nl.dichtbij.regie;

import java.time.Instant;
import java.time.LocalDate;

/** A procesregisseur uses doorzettingsmacht: which party must take which decision, why, and by when. */
public record Escalatie(long id, long zaakId, String partij, String besluit, String waarom, LocalDate uiterlijk,
                        String doorNaam, Instant vastgelegdOp, Instant afgehandeldOp, String afhandeling) {

    public boolean open() {
        return afgehandeldOp == null;
    }
}
