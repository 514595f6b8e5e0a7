package nl.dichtbij.aanbod;

/** A care provider, by its AGB code. */
public record Aanbieder(long id, String agbCode, String naam) {
}
