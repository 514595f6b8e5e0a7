package nl.dichtbij.aanbod;

public record Code(String lijst, String code, String omschrijving) {
}
