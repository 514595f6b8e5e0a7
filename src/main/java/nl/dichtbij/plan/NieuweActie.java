package nl.dichtbij.plan;

import java.time.LocalDate;

public record NieuweActie(String omschrijving, Uitvoerder uitvoerder, String uitvoerderNaam, LocalDate vanaf, LocalDate tot) {
}
