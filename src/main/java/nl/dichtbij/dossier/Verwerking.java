package nl.dichtbij.dossier;

import java.time.Instant;

/** One line of the Logboek dataverwerkingen: who did what with whose data, why, and where. */
public record Verwerking(
        long id,
        String gemeenteCode,
        long volgnummer,
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

    /** A processing about to be logged. */
    public record Nieuw(String gemeenteCode, String actor, String actorNaam, String actorRol, String betrokkeneBsn,
                        Dossierdeel categorie, Handeling handeling, String grondslag, String bron) {
    }
}
