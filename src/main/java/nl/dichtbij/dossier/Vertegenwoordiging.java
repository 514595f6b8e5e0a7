package nl.dichtbij.dossier;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.personen.Bsn;

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
        Instant ingetrokkenOp,
        boolean onbevestigd) {

    /** In force on that day: confirmed by the person authorised, not stopped, not expired. */
    public boolean actiefOp(LocalDate dag) {
        return !onbevestigd && ingetrokkenOp == null && (geldigTot == null || !dag.isAfter(geldigTot));
    }

    /** How the resident who invited someone sees him until he confirms: "De persoon met BSN ******123", never a name. */
    public String vertegenwoordigerAfgeschermd() {
        return "De persoon met BSN " + Bsn.gemaskeerd(vertegenwoordigerBsn);
    }
}
