package nl.dichtbij.regie;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A procesregisseur uses doorzettingsmacht: which party must take which decision, why, and by when. When the party is a care
 * provider, {@code aanbiederAgb} names it (its AGB code) beside the free text, so escalations can be counted per provider.
 */
public record Escalatie(long id, long zaakId, String partij, String aanbiederAgb, String besluit, String waarom, LocalDate uiterlijk,
                        String doorNaam, Instant vastgelegdOp, Instant afgehandeldOp, String afhandeling) {

    public boolean open() {
        return afgehandeldOp == null;
    }
}
