package nl.dichtbij.toegang;

/** Who took part in the kitchen-table conversation. */
public enum Deelnemer {
    INWONER("De inwoner zelf"),
    NETWERK("Iemand uit het netwerk (familie, buren, vrienden)"),
    MANTELZORGER("Mantelzorger"),
    CLIENTONDERSTEUNER("Onafhankelijke cliëntondersteuner"),
    WETTELIJK_VERTEGENWOORDIGER("Ouder of wettelijk vertegenwoordiger"),
    TOLK("Tolk");

    private final String label;

    Deelnemer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
