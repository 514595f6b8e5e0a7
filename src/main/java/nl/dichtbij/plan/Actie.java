package nl.dichtbij.plan;

import java.time.LocalDate;

/** Who does what, from when to when; {@code interventieId} the intervention of the municipality's register it names, if any. */
public record Actie(long id, long doelId, String omschrijving, Uitvoerder uitvoerder, String uitvoerderNaam, LocalDate vanaf,
                    LocalDate tot, Long interventieId) {

    public Actie(long id, long doelId, String omschrijving, Uitvoerder uitvoerder, String uitvoerderNaam, LocalDate vanaf, LocalDate tot) {
        this(id, doelId, omschrijving, uitvoerder, uitvoerderNaam, vanaf, tot, null);
    }

    public String wie() {
        return uitvoerderNaam == null || uitvoerderNaam.isBlank() ? uitvoerder.label() : uitvoerder.label() + ": " + uitvoerderNaam;
    }
}
