package nl.dichtbij.marktplaats;

/** What can happen with a request now: the status together with the deadline. */
public enum Fase {
    /** Published, before the deadline: providers ask and bid; nobody reads the bids. */
    OPEN("Open voor vragen en biedingen", "Aanbieders kunnen nog vragen stellen en bieden."),
    /** Past the deadline with bids: they are open; the regisseur and the resident choose. */
    KIEZEN("Gesloten: de biedingen zijn open", "Het bieden is gesloten. Uw regisseur bekijkt de biedingen en komt bij u terug."),
    /** Past the deadline without bids: the regisseur chooses from the contracted providers or escalates. */
    GEEN_BIEDINGEN("Gesloten: niemand heeft geboden", "Niemand heeft geboden. Uw regisseur zoekt samen met u een andere oplossing."),
    VOORGESTELD("Keuze voorgelegd aan de inwoner", "Uw regisseur heeft een aanbieder gekozen. Wat vindt u ervan?"),
    GEGUND("Gegund", "De aanbieder heeft de opdracht gekregen."),
    TERUGVAL("Afgerond met terugval", "Uw regisseur heeft samen met u een andere oplossing gekozen.");

    private final String label;
    private final String voorInwoner;

    Fase(String label, String voorInwoner) {
        this.label = label;
        this.voorInwoner = voorInwoner;
    }

    /** The stage as staff and providers read it. */
    public String label() {
        return label;
    }

    /** The stage as the resident reads it in Mijn Dichtbij: to him, not about "the inwoner". */
    public String voorInwoner() {
        return voorInwoner;
    }
}
