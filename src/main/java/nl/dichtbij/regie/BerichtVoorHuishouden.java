package nl.dichtbij.regie;

import java.time.Instant;

/**
 * Something new for the household in Mijn Dichtbij: a message about its case from the system or a professional (not one the
 * resident wrote himself). {@code betreftBsn}: the member it is about (null: the whole household), so a notice goes only to
 * whom may read it. Carries no text: whoever tells the resident sends him to Mijn Dichtbij, not the content.
 */
public record BerichtVoorHuishouden(long zaakId, String gemeenteCode, long huishoudenId, String betreftBsn, Instant tijdstip) {
}
