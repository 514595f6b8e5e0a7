package nl.dichtbij.platform.kennisgeving;

/** How someone is told that something waits for him in Dichtbij. */
public enum Kanaal {
    EMAIL("E-mail", "uw e-mailadres", "e-mail", "Ander e-mailadres", "email"),
    SMS("Sms", "uw mobiele nummer", "sms", "Ander mobiel nummer", "tel");

    private final String label;
    private final String adresNaam;
    private final String bericht;
    private final String anderAdres;
    private final String invoer;

    Kanaal(String label, String adresNaam, String bericht, String anderAdres, String invoer) {
        this.label = label;
        this.adresNaam = adresNaam;
        this.bericht = bericht;
        this.anderAdres = anderAdres;
        this.invoer = invoer;
    }

    /** The label of the address field: "Uw e-mailadres", or "Ander e-mailadres" when one is set. */
    public String veldnaam(boolean alIngesteld) {
        return alIngesteld ? anderAdres : Character.toUpperCase(adresNaam.charAt(0)) + adresNaam.substring(1);
    }

    /** The input's type and autocomplete token: "email" or "tel". */
    public String invoer() {
        return invoer;
    }

    public String label() {
        return label;
    }

    /** "uw e-mailadres", as a form names the field. */
    public String adresNaam() {
        return adresNaam;
    }

    /** "e-mail", "sms": what one message is called. */
    public String bericht() {
        return bericht;
    }
}
