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

    /**
     * Why, in words a resident reads: the purpose without the article of law it rests on ("behandeling van de hulpvraag",
     * not "... (AVG art. 6 lid 1e)"); the privacy officer sees the whole ground.
     */
    public String waaromVoorInwoner() {
        if (grondslag == null) {
            return "";
        }
        String doel = grondslag.replaceAll("\\s*\\((AVG|Awb|Wmo|Jeugdwet|UAVG)\\b[^)]*\\)", "").replaceAll("\\s*:\\s*wettelijke taak$", "").strip();
        return doel.isEmpty() ? "Wettelijke taak van de gemeente" : Character.toUpperCase(doel.charAt(0)) + doel.substring(1);
    }

    /** A processing about to be logged. */
    public record Nieuw(String gemeenteCode, String actor, String actorNaam, String actorRol, String betrokkeneBsn,
                        Dossierdeel categorie, Handeling handeling, String grondslag, String bron) {
    }
}
