package nl.dichtbij.catalogus;

import java.time.Instant;

import nl.dichtbij.platform.Wet;

/**
 * A resident's story about the care of a provider under one toewijzing, with his marks on the three items. {@code verhaal} is
 * as he wrote it; {@code gepubliceerdVerhaal} as beheer published it. Only the resident himself and beheer see the first,
 * and who wrote it.
 */
public record Ervaring(long id, String gemeenteCode, long toewijzingId, String persoonBsn, String geschrevenDoor, String aanbiederAgb,
                       String aanbiederNaam, Wet wet, String product, Aanleiding aanleiding, int luisteren, int afspraken, int resultaat,
                       String verhaal, Instant ingediendOp, Ervaringstatus status, String gepubliceerdVerhaal, String beoordeeldDoor,
                       Instant beoordeeldOp, String redenAfwijzing, String reactie, String reactieDoor, Instant reactieOp, int versie) {

    /** What the public sees: no name, no BSN, no date finer than the month it was published. */
    public Gepubliceerd zonderNaam() {
        return new Gepubliceerd(id, aanbiederAgb, aanbiederNaam, product, luisteren, afspraken, resultaat, gepubliceerdVerhaal,
                beoordeeldOp == null ? null : maand(beoordeeldOp), reactie);
    }

    static String maand(Instant op) {
        return op.atZone(nl.dichtbij.platform.ClockConfig.AMSTERDAM).toLocalDate()
                .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL")));
    }

    /** A published story as the catalogue, the provider and the evaluations see it: without a name. */
    public record Gepubliceerd(long id, String aanbiederAgb, String aanbiederNaam, String product, int luisteren, int afspraken, int resultaat,
                               String verhaal, String maand, String reactie) {
    }
}
