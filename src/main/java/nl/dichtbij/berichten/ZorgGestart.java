package nl.dichtbij.berichten;

import java.time.LocalDate;

import nl.dichtbij.platform.Wet;

/** The provider reported the start of the care of a toewijzing (305, StatusAanlevering 1). */
public record ZorgGestart(long toewijzingId, String gemeenteCode, Long zaakId, String persoonBsn, Wet wet, String aanbiederNaam, String product,
                          LocalDate begindatum, String aanbiederAgb) {

    public static ZorgGestart van(Toewijzing t, LocalDate begindatum) {
        return new ZorgGestart(t.id(), t.gemeenteCode(), t.zaakId(), t.persoonBsn(), t.standaard().wet(), t.aanbiederNaam(),
                t.productOmschrijving() != null ? t.productOmschrijving() : t.product(), begindatum, t.aanbiederAgb());
    }
}
