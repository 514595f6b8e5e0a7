package nl.dichtbij.gemeente;

/**
 * How residents reach a municipality's sociaal team: the phone number and when it is answered, and the postal address a
 * letter of objection goes to.
 */
public record Contact(String gemeenteNaam, String telefoon, String postadres, String bereikbaar) {

    /** The number as a {@code tel:} link dials it: digits only, "14 0348" becomes "140348". */
    public String telefoonLink() {
        return telefoon == null ? null : "tel:" + telefoon.replaceAll("[^0-9+]", "");
    }
}
