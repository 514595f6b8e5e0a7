package nl.dichtbij.besluit;

import java.time.LocalDate;

import nl.dichtbij.platform.Wet;

/** An aanvraag for a member of the case's household: the term for the decision starts (Awb 4:13, Wmo 2015 art. 2.3.5). */
public record AanvraagIngediend(long aanvraagId, String gemeenteCode, long zaakId, String persoonBsn, Wet wet, LocalDate ontvangenDatum,
                                LocalDate termijnEinde) {
}
