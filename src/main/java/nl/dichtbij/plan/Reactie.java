package nl.dichtbij.plan;

import java.time.Instant;

/** A comment on a version of the plan; {@code nietAkkoord}: the resident's reason for not agreeing with that version. */
public record Reactie(long id, int versienummer, String doorNaam, boolean vanInwoner, String tekst, Instant op, boolean nietAkkoord) {
}
