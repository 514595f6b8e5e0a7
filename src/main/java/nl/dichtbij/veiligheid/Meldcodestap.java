package nl.dichtbij.veiligheid;

/** The five steps of the meldcode huiselijk geweld en kindermishandeling (Wet verplichte meldcode, 2019). */
public enum Meldcodestap {
    SIGNALEN(1, "Signalen in kaart brengen"),
    CONSULTATIE(2, "Collegiale consultatie en zo nodig Veilig Thuis raadplegen"),
    GESPREK(3, "Gesprek met de betrokkene(n)"),
    WEGEN(4, "Wegen aan de hand van het afwegingskader"),
    BESLISSEN(5, "Beslissen: hulp organiseren en/of melden bij Veilig Thuis");

    private final int nummer;
    private final String tekst;

    Meldcodestap(int nummer, String tekst) {
        this.nummer = nummer;
        this.tekst = tekst;
    }

    public int nummer() {
        return nummer;
    }

    public String tekst() {
        return tekst;
    }

    /** Steps 4 and 5 answer the afwegingskader's two questions. */
    public boolean weegt() {
        return this == WEGEN || this == BESLISSEN;
    }

    public static java.util.Optional<Meldcodestap> van(Integer nummer) {
        return java.util.Arrays.stream(values()).filter(s -> nummer != null && s.nummer == nummer).findFirst();
    }
}
