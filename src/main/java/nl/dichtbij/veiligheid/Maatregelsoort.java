package nl.dichtbij.veiligheid;

/** A child protection measure carried out by a gecertificeerde instelling. */
public enum Maatregelsoort {
    OTS("Ondertoezichtstelling (OTS)"),
    VOOGDIJ("Voogdij"),
    JEUGDRECLASSERING("Jeugdreclassering");

    private final String tekst;

    Maatregelsoort(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }
}
