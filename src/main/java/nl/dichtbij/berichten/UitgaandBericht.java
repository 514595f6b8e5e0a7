package nl.dichtbij.berichten;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.berichten.xml.Berichtsoort;

/** A message the municipality offers a provider; {@code opgehaaldOp} is set when the provider collected it. */
public record UitgaandBericht(long id, String gemeenteCode, String aanbiederAgb, Berichtsoort berichtsoort, String identificatie,
                              LocalDate dagtekening, Instant aangemaaktOp, Instant opgehaaldOp) {
}
