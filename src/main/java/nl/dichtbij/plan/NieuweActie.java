package nl.dichtbij.plan;

import java.time.LocalDate;

/** An action to add to a goal; {@code interventieId} names an intervention of the municipality's register (may be null). */
public record NieuweActie(String omschrijving, Uitvoerder uitvoerder, String uitvoerderNaam, LocalDate vanaf, LocalDate tot, Long interventieId) {

    public NieuweActie(String omschrijving, Uitvoerder uitvoerder, String uitvoerderNaam, LocalDate vanaf, LocalDate tot) {
        this(omschrijving, uitvoerder, uitvoerderNaam, vanaf, tot, null);
    }
}
