package nl.dichtbij.aanbod;

/** How the municipality bought the care (seed 003, domain §6): who may deliver, and on which terms. */
public enum Inkoopmodel {
    OPEN_HOUSE("Open house", "Elke aanbieder die aan de voorwaarden voldoet krijgt een raamcontract; de inwoner kiest."),
    AANBESTEDING("Aanbesteding", "Een beperkt aantal aanbieders, gekozen na een aanbesteding."),
    HOOFDAANNEMER("Hoofdaannemer", "Eén aanbieder is verantwoordelijk en besteedt zelf onder aan andere aanbieders."),
    PER_WIJK("Per wijk", "Eén aanbieder of combinatie per wijk of gebied."),
    POPULATIEBEKOSTIGING("Populatiebekostiging", "Een vast budget per gebied of per inwoner, met afspraken over toegang en resultaat."),
    MARKTPLAATS("Digitale marktplaats", "Voor complexe vragen: aanbieders bieden op een geanonimiseerde hulpvraag.");

    private final String label;
    private final String uitleg;

    Inkoopmodel(String label, String uitleg) {
        this.label = label;
        this.uitleg = uitleg;
    }

    public String label() {
        return label;
    }

    public String uitleg() {
        return uitleg;
    }

    /** The choice as a form or a file names it (name or label, any case), or null. */
    public static Inkoopmodel van(String tekst) {
        if (tekst == null) {
            return null;
        }
        String t = tekst.strip();
        for (Inkoopmodel m : values()) {
            if (m.name().equalsIgnoreCase(t) || m.label.equalsIgnoreCase(t)) {
                return m;
            }
        }
        return null;
    }
}
