package nl.dichtbij.personen;

/** The number of households in one wijk of a woonplaats (kern). */
public record Wijktelling(String woonplaats, String wijk, long huishoudens) {
}
