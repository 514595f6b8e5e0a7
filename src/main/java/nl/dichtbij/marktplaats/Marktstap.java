package nl.dichtbij.marktplaats;

import java.time.Instant;

/** One step in a request's append-only history, or a refused attempt. */
public record Marktstap(long id, long verzoekId, Instant tijdstip, String wie, String rol, String wat, String toelichting) {
}
