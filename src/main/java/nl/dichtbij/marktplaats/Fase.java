package nl.dichtbij.marktplaats;

/** What can happen with a request now: the status together with the deadline. */
public enum Fase {
    /** Published, before the deadline: providers ask and bid; nobody reads the bids. */
    OPEN("Open voor vragen en biedingen"),
    /** Past the deadline with bids: they are open; the regisseur and the resident choose. */
    KIEZEN("Gesloten: de biedingen zijn open"),
    /** Past the deadline without bids: the regisseur chooses from the contracted providers or escalates. */
    GEEN_BIEDINGEN("Gesloten: niemand heeft geboden"),
    VOORGESTELD("Keuze voorgelegd aan de inwoner"),
    GEGUND("Gegund"),
    TERUGVAL("Afgerond met terugval");

    private final String label;

    Fase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
