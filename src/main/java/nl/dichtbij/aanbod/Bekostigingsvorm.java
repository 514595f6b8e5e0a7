package nl.dichtbij.aanbod;

import java.util.Set;

/**
 * What the municipality pays for, per product, as iJw/iWmo 3.2 define the uitvoeringsvarianten
 * ({@code Toewijzingsvarianten_inspanning-output.md}, OP262): the units (WJ756) a tariff and a toewijzing may use.
 */
public enum Bekostigingsvorm {
    /** Time or effort: a tariff per minute, hour, dagdeel, etmaal, or per piece of effort (84). */
    INSPANNING("Inspanningsgericht", "een tarief per eenheid tijd of inspanning", Set.of("01", "04", "14", "16", "84")),
    /** A product or result per client: an amount per piece (82), per period or for a whole trajectory. */
    OUTPUT("Outputgericht", "een bedrag per periode of per resultaat", Set.of("82")),
    /** A budget for a task or a population: the toewijzing carries a budget in euros (83), no tariff per unit. */
    TAAK("Taakgericht", "een budget voor een taak of groep inwoners", Set.of("83"));

    private final String label;
    private final String uitleg;
    private final Set<String> eenheden;

    Bekostigingsvorm(String label, String uitleg, Set<String> eenheden) {
        this.label = label;
        this.uitleg = uitleg;
        this.eenheden = eenheden;
    }

    public String label() {
        return label;
    }

    public String uitleg() {
        return uitleg;
    }

    /** The units (WJ756) a tariff under this form is agreed in (OP262). */
    public Set<String> eenheden() {
        return eenheden;
    }

    /**
     * The units a toewijzing under this form may carry (the uitvoeringsvarianten): output may also be granted in euros
     * (Specifiek eenheid Euro's); a task carries a budget and no unit at all.
     */
    public Set<String> toewijzingEenheden() {
        return switch (this) {
            case INSPANNING -> eenheden;
            case OUTPUT -> Set.of("82", "83");
            case TAAK -> Set.of();
        };
    }

    /** Inspanning and output are paid per unit at a contracted tariff; a task is paid from a budget. */
    public boolean heeftTarief() {
        return this != TAAK;
    }

    public static Bekostigingsvorm van(String tekst) {
        if (tekst == null) {
            return null;
        }
        String t = tekst.strip();
        for (Bekostigingsvorm v : values()) {
            if (v.name().equalsIgnoreCase(t) || v.label.equalsIgnoreCase(t)) {
                return v;
            }
        }
        return null;
    }
}
