package nl.dichtbij.vroegsignalering;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far behind the household is, in months of unpaid rent, energy, water or premium: the bands the senders already use
 * (the Besluit gemeentelijke schuldhulpverlening asks them to signal after one to three months). Amounts are not asked: the
 * band is enough to decide how soon to go out, and it is less personal data.
 */
public enum Achterstand {
    EEN_MAAND("1 maand", "1-maand"),
    TWEE_MAANDEN("2 maanden", "2-maanden"),
    DRIE_OF_MEER("3 maanden of meer", "3-maanden-of-meer");

    private final String label;
    private final String code;

    Achterstand(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The value in the file and the API: {@code 1-maand}, {@code 2-maanden}, {@code 3-maanden-of-meer}. */
    public String code() {
        return code;
    }

    /** Reads the code, the label or the constant's name, ignoring case and spaces around it; also "1", "2" and "3". */
    public static Optional<Achterstand> lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.empty();
        }
        String schoon = tekst.strip().toLowerCase(Locale.ROOT);
        if (schoon.equals("1") || schoon.equals("2") || schoon.equals("3")) {
            return Optional.of(values()[Integer.parseInt(schoon) - 1]);
        }
        return Arrays.stream(values()).filter(a -> a.code.equals(schoon) || a.label.equals(schoon) || a.name().equalsIgnoreCase(schoon)).findFirst();
    }
}
