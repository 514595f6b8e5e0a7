package nl.dichtbij.vroegsignalering;

import java.util.Arrays;
import java.util.Optional;

/** How the consulent tried to reach the household. */
public enum Contactwijze {
    HUISBEZOEK("Huisbezoek"),
    TELEFOON("Telefoon"),
    BRIEF("Brief");

    private final String label;

    Contactwijze(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Contactwijze> lees(String tekst) {
        return tekst == null ? Optional.empty() : Arrays.stream(values()).filter(w -> w.name().equalsIgnoreCase(tekst.strip())).findFirst();
    }
}
