package nl.dichtbij.personen;

/** The area a household lives in: its woonplaats (the kern) and wijk. */
public record Woongebied(String woonplaats, String wijk) {
}
