package nl.dichtbij.vroegsignalering;

import java.util.Arrays;
import java.util.Optional;

/** How the outreach ended. Only a signal whose help was accepted is kept past the legal term (it became debt help). */
public enum Uitkomst {
    HULP_AANGENOMEN("Hulp aangenomen"),
    HULP_GEWEIGERD("Hulp geweigerd"),
    NIET_BEREIKT("Niet bereikt");

    private final String label;

    Uitkomst(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Uitkomst> lees(String tekst) {
        return tekst == null ? Optional.empty() : Arrays.stream(values()).filter(u -> u.name().equalsIgnoreCase(tekst.strip())).findFirst();
    }
}
