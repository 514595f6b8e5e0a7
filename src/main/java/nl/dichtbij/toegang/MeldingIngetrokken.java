package nl.dichtbij.toegang;

import java.time.Instant;

/** The resident withdrew his question before the gesprek: it left the team's queue. */
public record MeldingIngetrokken(long meldingId, String gemeenteCode, long zaakId, long teamId, String behandelaar,
                                 Intrekreden reden, Instant ingetrokkenOp) {
}
