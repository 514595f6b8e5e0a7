package nl.dichtbij.toegang;

import java.time.LocalDate;

import nl.dichtbij.termijnen.WettelijkeTermijn;

/**
 * A question for help arrived: the first step of the chain, and the start of its legal term (Wmo 2015 art. 2.3.2,
 * Jeugdwet art. 2.3). Names no person: the melding's id leads whoever may know more to the rest.
 */
public record MeldingOntvangen(long meldingId, String gemeenteCode, long zaakId, long teamId, Urgentie urgentie, Kanaal kanaal,
                               LocalDate ontvangenDatum, WettelijkeTermijn termijn, LocalDate termijnEinde) {
}
