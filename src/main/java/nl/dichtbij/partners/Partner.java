package nl.dichtbij.partners;

/** A partner of the municipality; {@code organisatie} is the organisation code (AGB) of its accounts, when it has any. */
public record Partner(long id, String gemeenteCode, String naam, Partnersoort soort, String watZijDoen, String telefoon, String email,
                      String organisatie, boolean actief, long version) {
}
