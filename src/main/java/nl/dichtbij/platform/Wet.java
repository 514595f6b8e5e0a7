package nl.dichtbij.platform;

/** The laws under which the municipality decides on support. */
public enum Wet {
    JEUGDWET("Jeugdwet", "JZ020"),
    WMO("Wet maatschappelijke ondersteuning 2015", "WMO020"),
    PARTICIPATIEWET("Participatiewet", null),
    SCHULDHULP("Wet gemeentelijke schuldhulpverlening", null);

    private final String label;
    private final String productcategorieLijst;

    Wet(String label, String productcategorieLijst) {
        this.label = label;
        this.productcategorieLijst = productcategorieLijst;
    }

    public String label() {
        return label;
    }

    /** The iStandaarden code list of product categories, or null where the law has no message traffic. */
    public String productcategorieLijst() {
        return productcategorieLijst;
    }
}
