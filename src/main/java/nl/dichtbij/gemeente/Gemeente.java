package nl.dichtbij.gemeente;

/** A municipality by its CBS code (four digits, e.g. 0632 Woerden). */
public record Gemeente(String code, String naam, String regio) {
}
