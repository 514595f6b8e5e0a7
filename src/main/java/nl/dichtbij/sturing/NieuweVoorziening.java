package nl.dichtbij.sturing;

import java.time.LocalDate;

/** A partner fact typed on the form: by BSN, or by postcode and house number. */
public record NieuweVoorziening(String bsn, String postcode, String huisnummer, Regeling regeling, String product,
                                LocalDate startdatum, LocalDate einddatum, String partner) {
}
