package nl.dichtbij.marktplaats;

/** Where a request stands. Between publication and award the deadline decides whether bids are sealed ({@link Marktregels#fase}). */
public enum Verzoekstatus {
    GEPUBLICEERD("Gepubliceerd"),
    VOORGESTELD("Keuze voorgelegd aan de inwoner"),
    GEGUND("Gegund"),
    TERUGVAL("Niemand bood: terugval");

    private final String label;

    Verzoekstatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean afgerond() {
        return this == GEGUND || this == TERUGVAL;
    }
}
