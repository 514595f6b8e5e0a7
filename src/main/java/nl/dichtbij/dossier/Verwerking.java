package nl.dichtbij.dossier;

import java.time.Instant;

/**
 * One line of the Logboek dataverwerkingen: who did what with whose data, why, and where. A line
 * that waits for the chaining step (seconds) has no volgnummer and no hashes yet.
 */
public record Verwerking(
        long id,
        String gemeenteCode,
        Long volgnummer,
        Instant tijdstip,
        String actor,
        String actorNaam,
        String actorRol,
        String betrokkeneBsn,
        Dossierdeel categorie,
        Handeling handeling,
        String grondslag,
        String bron,
        String vorigeHash,
        String hash) {

    /** Sealed into the municipality's chain; false for the few seconds until the chaining step took it. */
    public boolean geketend() {
        return volgnummer != null;
    }

    /** A processing about to be logged. */
    public record Nieuw(String gemeenteCode, String actor, String actorNaam, String actorRol, String betrokkeneBsn,
                        Dossierdeel categorie, Handeling handeling, String grondslag, String bron) {
    }
}
