package nl.dichtbij.platform.kennisgeving;

/** Whom a notification is for: a resident (by BSN) or a professional (by user name), in his municipality. */
public record Ontvanger(String gemeenteCode, boolean medewerker, String eigenaar) {

    public static Ontvanger inwoner(String gemeenteCode, String bsn) {
        return new Ontvanger(gemeenteCode, false, bsn);
    }

    public static Ontvanger medewerker(String gemeenteCode, String gebruikersnaam) {
        return new Ontvanger(gemeenteCode, true, gebruikersnaam);
    }
}
