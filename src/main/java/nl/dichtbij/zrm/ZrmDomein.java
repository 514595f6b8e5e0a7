package nl.dichtbij.zrm;

/** The 13 domains of the Zelfredzaamheid-Matrix. */
public enum ZrmDomein {
    FINANCIEN("Financiën"),
    WERK_OPLEIDING("Werk & opleiding"),
    TIJDSBESTEDING("Tijdsbesteding"),
    HUISVESTING("Huisvesting"),
    HUISELIJKE_RELATIES("Huiselijke relaties"),
    GEESTELIJKE_GEZONDHEID("Geestelijke gezondheid"),
    LICHAMELIJKE_GEZONDHEID("Lichamelijke gezondheid"),
    MIDDELENGEBRUIK("Middelengebruik"),
    BASALE_ADL("Basale ADL"),
    INSTRUMENTELE_ADL("Instrumentele ADL"),
    SOCIAAL_NETWERK("Sociaal netwerk"),
    MAATSCHAPPELIJKE_PARTICIPATIE("Maatschappelijke participatie"),
    JUSTITIE("Justitie");

    /** Score labels 1..5. */
    public static final String[] SCORES = {"Acute problematiek", "Niet zelfredzaam", "Beperkt zelfredzaam",
            "Voldoende zelfredzaam", "Volledig zelfredzaam"};

    private final String label;

    ZrmDomein(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String scoreLabel(int score) {
        return SCORES[score - 1];
    }
}
