package nl.dichtbij.toegang;

public enum Kanaal {
    ONLINE("Online gevraagd"),
    TELEFOON("Telefonisch"),
    LOCATIE("Aan de balie of op een spreekuur"),
    VINDPLAATS("Signaal van een vindplaats");

    private final String label;

    Kanaal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
