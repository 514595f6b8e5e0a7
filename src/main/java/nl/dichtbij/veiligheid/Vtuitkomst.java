package nl.dichtbij.veiligheid;

/** What Veilig Thuis reports back about a referral. */
public enum Vtuitkomst {
    VT_ONDERZOEK("Veilig Thuis doet onderzoek"),
    OVERGEDRAGEN_AAN_LOKAAL_TEAM("Overgedragen aan het lokale team"),
    ADVIES("Advies gegeven"),
    GEEN_VERDERE_ACTIE("Geen verdere actie");

    private final String tekst;

    Vtuitkomst(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }
}
