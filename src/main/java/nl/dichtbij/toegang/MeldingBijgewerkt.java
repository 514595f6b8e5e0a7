package nl.dichtbij.toegang;

import java.time.Instant;

/** Something new stands on the timeline of a resident's question (a contact person, a gesprek planned): news for him. */
public record MeldingBijgewerkt(long meldingId, String gemeenteCode, long huishoudenId, String persoonBsn, Instant op) {
}
