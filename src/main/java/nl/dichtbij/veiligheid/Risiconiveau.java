package nl.dichtbij.veiligheid;

/** The outcome of a risk assessment. */
public enum Risiconiveau {
    LAAG("Laag"),
    MIDDEN("Midden"),
    HOOG("Hoog"),
    ACUUT("Acuut");

    private final String tekst;

    Risiconiveau(String tekst) {
        this.tekst = tekst;
    }

    public String tekst() {
        return tekst;
    }
}
