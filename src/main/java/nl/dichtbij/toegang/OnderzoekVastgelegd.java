package nl.dichtbij.toegang;

import java.time.LocalDate;

/** The kitchen-table study (onderzoek, Wmo 2015 art. 2.3.2) of a melding is written down, with its ZRM at intake. */
public record OnderzoekVastgelegd(long onderzoekId, long meldingId, String gemeenteCode, long zaakId, LocalDate gehoudenOp,
                                  LocalDate ontvangenDatum) {
}
