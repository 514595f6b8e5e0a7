package nl.dichtbij.dossier;

import java.time.Instant;
import java.time.LocalDate;

/** Someone may view (or also act in) a resident's file: by his authorisation or as his legal representative. */
public record Vertegenwoordiging(
        long id,
        String gemeenteCode,
        String vertegenwoordigdeBsn,
        String vertegenwoordigerBsn,
        Grond grond,
        boolean alleenInzien,
        String kenmerk,
        LocalDate geldigTot,
        String vastgelegdDoor,
        Instant vastgelegdOp,
        Instant ingetrokkenOp) {

    public boolean actiefOp(LocalDate dag) {
        return ingetrokkenOp == null && (geldigTot == null || !dag.isAfter(geldigTot));
    }
}
