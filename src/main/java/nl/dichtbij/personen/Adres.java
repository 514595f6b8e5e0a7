package nl.dichtbij.personen;

public record Adres(String straat, String huisnummer, String postcode, String woonplaats, String wijk) {

    public String regel() {
        return straat + " " + huisnummer + ", " + postcode + " " + woonplaats;
    }
}
