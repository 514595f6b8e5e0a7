package nl.dichtbij.partners;

/** Where a referral stands: sent, then accepted or declined by the partner, and once accepted reported back; or the resident withdrew his consent. */
public enum Verwijzingsstatus {
    VERSTUURD("Wacht op antwoord van de partner", "Wacht op uw antwoord", "De organisatie heeft nog niet gereageerd"),
    AANGENOMEN("Aangenomen door de partner", "U heeft de verwijzing aangenomen", "De organisatie helpt u"),
    AFGEWEZEN("Afgewezen door de partner", "U heeft de verwijzing afgewezen", "De organisatie kan u niet helpen"),
    TERUGGEMELD("Teruggemeld", "U heeft teruggemeld", "De organisatie liet het sociaal team weten hoe het ging"),
    INGETROKKEN("Toestemming ingetrokken door de inwoner", "De inwoner trok de toestemming in", "U heeft uw toestemming ingetrokken");

    private final String label;
    private final String voorPartner;
    private final String voorInwoner;

    Verwijzingsstatus(String label, String voorPartner, String voorInwoner) {
        this.label = label;
        this.voorPartner = voorPartner;
        this.voorInwoner = voorInwoner;
    }

    /** As the team reads it. */
    public String label() {
        return label;
    }

    /** As the partner reads it on its own referral. */
    public String voorPartner() {
        return voorPartner;
    }

    /** As the resident reads it in Mijn Dichtbij. */
    public String voorInwoner() {
        return voorInwoner;
    }

    /** Still waiting for the partner's report back. */
    public boolean lopend() {
        return this == VERSTUURD || this == AANGENOMEN;
    }
}
