package nl.dichtbij.berichten;

import java.time.LocalDate;

import nl.dichtbij.platform.Wet;

/**
 * The provider reported the end of the care of a toewijzing (307), with its reason (JZ588; 20 is a temporary stop,
 * for instance a stay in hospital).
 */
public record ZorgGestopt(long toewijzingId, String gemeenteCode, Long zaakId, String persoonBsn, Wet wet, String aanbiederNaam, String product,
                          LocalDate einddatum, String redenBeeindiging) {

    public boolean tijdelijk() {
        return "20".equals(redenBeeindiging);
    }

    public static ZorgGestopt van(Toewijzing t, LocalDate einddatum, String redenBeeindiging) {
        return new ZorgGestopt(t.id(), t.gemeenteCode(), t.zaakId(), t.persoonBsn(), t.standaard().wet(), t.aanbiederNaam(),
                t.productOmschrijving() != null ? t.productOmschrijving() : t.product(), einddatum, redenBeeindiging);
    }
}
