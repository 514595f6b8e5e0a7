package nl.dichtbij.vroegsignalering;

/**
 * One signal as a sender delivers it, by API or as a row of a file, every field as text so each is checked and reported in
 * Dutch ({@link Signaalregel}): the household by {@code bsn} or by {@code postcode} and {@code huisnummer} (with
 * {@code toevoeging}), the sender's own reference of the arrear ({@code kenmerk}), the date of the arrear ({@code datum}),
 * the band ({@link Achterstand}) and whether eviction, cut-off or termination threatens ({@code dreiging}).
 */
public record Signaalinvoer(String bsn, String postcode, String huisnummer, String toevoeging, String kenmerk, String datum,
                            String achterstand, String dreiging) {
}
