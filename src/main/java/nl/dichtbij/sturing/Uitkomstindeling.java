package nl.dichtbij.sturing;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the outcome monitor groups residents: the whole municipality, the case's team, the resident's wijk or age band, or the
 * law, regeling, provider or intervention of his support (there a resident counts under each of his).
 */
public enum Uitkomstindeling {
    GEMEENTE("De hele gemeente", null),
    TEAM("Team", "coalesce(cast(team_id as varchar(20)), '')"),
    WIJK("Wijk", "coalesce(wijk, '')"),
    LEEFTIJD("Leeftijd", "coalesce(leeftijdsklasse, '')"),
    WET("Wet", "code"),
    REGELING("Regeling", "code"),
    AANBIEDER("Aanbieder", "code"),
    INTERVENTIE("Interventie", "code");

    private final String label;
    private final String groepKolom;

    Uitkomstindeling(String label, String groepKolom) {
        this.label = label;
        this.groepKolom = groepKolom;
    }

    public String label() {
        return label;
    }

    /** The expression that names a row's group, null for the whole municipality. */
    String groepKolom() {
        return groepKolom;
    }

    /** The table of the per-kenmerk copies this grouping reads: {@code uitkomst_aanbieder}. */
    String tabel() {
        return perKenmerk() ? "uitkomst_" + name().toLowerCase(java.util.Locale.ROOT) : "uitkomst";
    }

    /** Law, regeling, provider and intervention: a resident may have several or none, so these read the per-kenmerk copies. */
    public boolean perKenmerk() {
        return this == WET || this == REGELING || this == AANBIEDER || this == INTERVENTIE;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Uitkomstindeling> van(String code) {
        return Arrays.stream(values()).filter(i -> i.code().equals(code)).findFirst();
    }
}
