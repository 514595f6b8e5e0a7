package nl.dichtbij.vroegsignalering;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of sender the Wgs and its Besluit name for vroegsignalering, each with what threatens when the arrear goes on. */
public enum Bronsoort {
    WONINGCORPORATIE("Woningcorporatie", "Huisuitzetting dreigt"),
    ENERGIE("Energieleverancier", "Afsluiting van energie dreigt"),
    WATER("Drinkwaterbedrijf", "Afsluiting van water dreigt"),
    ZORGVERZEKERAAR("Zorgverzekeraar", "Opzegging van de zorgverzekering dreigt");

    private final String label;
    private final String dreiging;

    Bronsoort(String label, String dreiging) {
        this.label = label;
        this.dreiging = dreiging;
    }

    public String label() {
        return label;
    }

    /** What threatens, in words for the consulent: eviction, cut-off or termination. */
    public String dreiging() {
        return dreiging;
    }

    public static Optional<Bronsoort> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        String schoon = tekst.strip();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(schoon) || s.label.equalsIgnoreCase(schoon)).findFirst();
    }
}
