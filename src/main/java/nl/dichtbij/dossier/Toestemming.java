package nl.dichtbij.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The resident shares these parts of his file with this party, from a moment, maybe until a date. */
public record Toestemming(
        long id,
        String gemeenteCode,
        String inwonerBsn,
        long huishoudenId,
        Partijsoort partijSoort,
        String partijSleutel,
        String partijNaam,
        Set<Dossierdeel> delen,
        LocalDate geldigTot,
        Instant verleendOp,
        String verleendDoor,
        Instant ingetrokkenOp) {

    public boolean actiefOp(LocalDate dag) {
        return ingetrokkenOp == null && (geldigTot == null || !dag.isAfter(geldigTot));
    }

    public boolean geeft(Partijsoort soort, String sleutel, Dossierdeel deel) {
        return partijSoort == soort && partijSleutel.equals(sleutel) && delen.contains(deel);
    }
}
