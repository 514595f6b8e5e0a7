package nl.dichtbij.sturing;

import nl.dichtbij.platform.Wet;

/**
 * The five themes of Woerden's programme budget (domain.md §5). Money is steered per theme; a
 * law and product category say which theme a euro belongs to.
 */
public enum Thema {
    GEZONDHEID("Gezondheid en bewegen"),
    GROEI("Groei, ontwikkelen en leren"),
    ONDERSTEUNING("Maatschappelijke ondersteuning en betrokkenheid"),
    WERK_EN_INKOMEN("Werk en inkomen"),
    WONEN("Wonen");

    private final String label;

    Thema(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Jeugdhulp is growing up and learning; Wmo support is social support, except woondiensten
     * (WMO020 category 05: housing services and sheltered living), which is housing; work, income
     * and debt help are work and income. Gezondheid en bewegen has no individual provisions.
     */
    public static Thema van(Wet wet, String productcategorie) {
        return switch (wet) {
            case JEUGDWET -> GROEI;
            case WMO -> "05".equals(productcategorie) ? WONEN : ONDERSTEUNING;
            case PARTICIPATIEWET, SCHULDHULP -> WERK_EN_INKOMEN;
        };
    }
}
