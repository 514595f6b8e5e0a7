package nl.dichtbij.plan;

import java.time.Instant;

/**
 * A comment on a version of the plan; {@code nietAkkoord}: the resident's reason for not agreeing with that version;
 * {@code namensBsn}: the resident whose text it is (null: staff). {@code tekst} is null where the reader may not read it.
 */
public record Reactie(long id, int versienummer, String doorNaam, boolean vanInwoner, String tekst, Instant op, boolean nietAkkoord, String namensBsn) {
}
