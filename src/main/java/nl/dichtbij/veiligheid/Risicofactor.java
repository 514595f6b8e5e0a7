package nl.dichtbij.veiligheid;

/** The factors a risk assessment considers: a short fixed list, with a note for the rest. */
public enum Risicofactor {
    EERDER_GEWELD("Eerder geweld in het gezin"),
    KINDEREN_GETUIGE("Kinderen zijn getuige van geweld"),
    VERSLAVING("Verslaving"),
    PSYCHIATRIE("Psychiatrische problemen"),
    SCHULDEN("Schulden of grote geldzorgen"),
    ISOLEMENT("Sociaal isolement"),
    BABY_OF_ZWANGER("Zwangerschap of een baby in huis"),
    WAPENS_OF_DREIGING("Dreiging of wapens");

    private final String tekst;

    Risicofactor(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }
}
