package nl.dichtbij.berichten.xml;

import nl.dichtbij.platform.Wet;

/** The two message standards: iJw for the Jeugdwet, iWmo for the Wmo. */
public enum Standaard {
    IJW("ijw", "jw", "ijw-3.2", Wet.JEUGDWET),
    IWMO("iwmo", "wmo", "iwmo-3.2", Wet.WMO);

    private final String naam;
    private final String voorvoegsel;
    private final String map;
    private final Wet wet;

    Standaard(String naam, String voorvoegsel, String map, Wet wet) {
        this.naam = naam;
        this.voorvoegsel = voorvoegsel;
        this.map = map;
        this.wet = wet;
    }

    public String naam() {
        return naam;
    }

    /** "jw" or "wmo", as in JW301 and WMO301. */
    public String voorvoegsel() {
        return voorvoegsel;
    }

    /** The folder of this standard in an iStandaarden release. */
    public String map() {
        return map;
    }

    public Wet wet() {
        return wet;
    }

    public static Standaard voor(Wet wet) {
        return switch (wet) {
            case JEUGDWET -> IJW;
            case WMO -> IWMO;
            default -> throw new IllegalArgumentException("Geen berichtenverkeer voor de " + wet.label());
        };
    }

    public String basisNamespace() {
        return "http://www.istandaarden.nl/" + naam + "/3_2/basisschema/schema";
    }
}
