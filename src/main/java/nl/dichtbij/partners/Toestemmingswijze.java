package nl.dichtbij.partners;

/** How the resident gave his consent to the referral. */
public enum Toestemmingswijze {
    MONDELING("Mondeling, in het gesprek"),
    SCHRIFTELIJK("Schriftelijk, getekend"),
    DIGITAAL("Digitaal, per e-mail of bericht");

    private final String label;

    Toestemmingswijze(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
