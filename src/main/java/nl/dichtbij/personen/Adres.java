package nl.dichtbij.personen;

public record Adres(String straat, String huisnummer, String postcode, String woonplaats, String wijk) {

    public String regel() {
        return straat + " " + huisnummer + ", " + postcodeLeesbaar() + " " + woonplaats;
    }

    /** The postcode as it is written on a letter: four digits, a space, two letters ("3441 BW"); the register keeps it without the space. */
    public String postcodeLeesbaar() {
        if (postcode == null) {
            return null;
        }
        String schoon = postcode.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return schoon.matches("\\d{4}[A-Z]{2}") ? schoon.substring(0, 4) + " " + schoon.substring(4) : postcode;
    }
}
