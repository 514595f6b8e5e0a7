package nl.dichtbij.berichten;

import java.time.LocalDate;

import nl.dichtbij.platform.Wet;

/**
 * A toewijzing went to its provider in a 301: a new one ({@code redenWijziging} null) or a change of an earlier one
 * (JZ002: 04 longer, 05 shorter, 13 withdrawn before it started).
 */
public record ToewijzingVerzonden(long toewijzingId, String gemeenteCode, Long zaakId, String persoonBsn, Wet wet, String aanbiederNaam,
                                  String product, LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging) {

    public static ToewijzingVerzonden van(Toewijzing t) {
        return new ToewijzingVerzonden(t.id(), t.gemeenteCode(), t.zaakId(), t.persoonBsn(), t.standaard().wet(), t.aanbiederNaam(),
                t.productOmschrijving() != null ? t.productOmschrijving() : t.product(), t.ingangsdatum(), t.einddatum(), t.redenWijziging());
    }
}
