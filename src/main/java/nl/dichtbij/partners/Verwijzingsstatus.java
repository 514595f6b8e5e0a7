package nl.dichtbij.partners;

/** Where a referral stands: sent, then accepted or declined by the partner, and once accepted reported back; or the resident withdrew his consent. */
public enum Verwijzingsstatus {
    VERSTUURD("Wacht op antwoord van de partner"),
    AANGENOMEN("Aangenomen door de partner"),
    AFGEWEZEN("Afgewezen door de partner"),
    TERUGGEMELD("Teruggemeld"),
    INGETROKKEN("Toestemming ingetrokken door de inwoner");

    private final String label;

    Verwijzingsstatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the partner's report back. */
    public boolean lopend() {
        return this == VERSTUURD || this == AANGENOMEN;
    }
}
