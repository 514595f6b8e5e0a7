package nl.dichtbij.plan;

import java.time.LocalDate;

/** Who does what, from when to when. */
public record Actie(long id, long doelId, String omschrijving, Uitvoerder uitvoerder, String uitvoerderNaam, LocalDate vanaf,
                    LocalDate tot) {

    public String wie() {
        return uitvoerderNaam == null || uitvoerderNaam.isBlank() ? uitvoerder.label() : uitvoerder.label() + ": " + uitvoerderNaam;
    }
}
