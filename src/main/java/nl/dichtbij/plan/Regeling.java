package nl.dichtbij.plan;

/** The law a goal's support falls under; one plan spans all of them. */
public enum Regeling {
    GEEN("Geen (eigen kracht en netwerk)"),
    JEUGDWET("Jeugdwet"),
    WMO("Wmo 2015"),
    PARTICIPATIEWET("Participatiewet"),
    SCHULDHULP("Schuldhulpverlening");

    private final String label;

    Regeling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
