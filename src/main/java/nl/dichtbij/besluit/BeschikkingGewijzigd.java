package nl.dichtbij.besluit;

/**
 * A sent decision got a new end date, was ended or withdrawn. {@code redenWijziging} is the
 * JZ002 code the professional chose for the provider, or null to derive it from the change.
 */
public record BeschikkingGewijzigd(Beschikking beschikking, Besluiten.Wijziging wijziging, String redenWijziging) {
}
