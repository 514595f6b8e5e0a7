package nl.dichtbij.platform;

/** The laws under which the municipality decides on support. */
public enum Wet {
    JEUGDWET("Jeugdwet", "Jeugdwet", "JZ020"),
    WMO("Wet maatschappelijke ondersteuning 2015", "Wmo", "WMO020"),
    PARTICIPATIEWET("Participatiewet", "Participatiewet", null),
    SCHULDHULP("Wet gemeentelijke schuldhulpverlening", "Wgs", null);

    private final String label;
    private final String kort;
    private final String productcategorieLijst;

    Wet(String label, String kort, String productcategorieLijst) {
        this.label = label;
        this.kort = kort;
        this.productcategorieLijst = productcategorieLijst;
    }

    public String label() {
        return label;
    }

    /** The name as people say it ("Wmo"), for table cells where the full name makes rows wrap. */
    public String kort() {
        return kort;
    }

    /** The iStandaarden code list of product categories, or null where the law has no message traffic. */
    public String productcategorieLijst() {
        return productcategorieLijst;
    }
}
