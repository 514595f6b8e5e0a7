package nl.dichtbij.personen;

/** The number of households and of inhabitants in one wijk of a woonplaats (kern). */
public record Bevolking(String woonplaats, String wijk, long huishoudens, long inwoners) {
}
