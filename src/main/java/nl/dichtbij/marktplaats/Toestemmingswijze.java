package nl.dichtbij.marktplaats;

/** How the resident agreed that his anonymised request goes to the providers. */
public enum Toestemmingswijze {
    MONDELING("Mondeling, aan de keukentafel"),
    SCHRIFTELIJK("Schriftelijk, met handtekening"),
    DIGITAAL("Digitaal, in Mijn Dichtbij of per e-mail");

    private final String label;

    Toestemmingswijze(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
