package nl.dichtbij.regie;

import java.time.Instant;
import java.time.LocalDate;

/** The case of a household is closed (afgeschaald), possibly with a waakvlam date to look in again. */
public record ZaakGesloten(long zaakId, String gemeenteCode, long huishoudenId, String reden, LocalDate waakvlam, Instant op) {
}
