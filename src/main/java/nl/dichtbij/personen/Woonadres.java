package nl.dichtbij.personen;

import java.time.LocalDate;

/**
 * One household's address as area figures need it: where it lies (woonplaats, which is the kern,
 * and wijk), how many live there and the birth date of the youngest. No names, no BSNs.
 */
public record Woonadres(long huishoudenId, String woonplaats, String wijk, int aantalLeden, LocalDate jongsteGeboortedatum) {
}
