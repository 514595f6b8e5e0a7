package nl.dichtbij.partners;

/** The kinds of partner in the second circle of the model (domain.md, "Begeleiding Dichtbij"). */
public enum Partnersoort {
    WERK_EN_INKOMEN("Werk en inkomen"),
    SCHULDHULP("Schuldhulpverlening"),
    HUISARTS("Huisarts"),
    VEILIG_THUIS("Veilig Thuis"),
    GECERTIFICEERDE_INSTELLING("Gecertificeerde instelling"),
    LEERPLICHT("Leerplicht en RMC"),
    WONINGCORPORATIE("Woningcorporatie"),
    GGZ("FACT en ggz"),
    WLZ_ZVW("Wlz en Zvw (zorgkantoor, wijkverpleging)"),
    WELZIJN("Welzijn en maatschappelijk werk"),
    ANDERS("Anders");

    private final String label;

    Partnersoort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
