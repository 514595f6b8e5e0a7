package nl.dichtbij.berichten;

import java.util.Arrays;
import java.util.Optional;

/** The kind of referrer of a verzoek om toewijzing (COD327, iJw and iWmo 3.2); a toewijzing after a decision of the municipality is {@link #GEMEENTE}. */
public enum Verwijzertype {
    GEMEENTE("01", "Gemeente"),
    HUISARTS("02", "Huisarts"),
    JEUGDARTS("03", "Jeugdarts"),
    GECERTIFICEERDE_INSTELLING("04", "Gecertificeerde instelling"),
    MEDISCH_SPECIALIST("05", "Medisch specialist"),
    ZELFVERWIJZER("06", "Zelfverwijzer of geen verwijzer"),
    JUSTITIE("08", "Rechter, officier van justitie of jeugdinrichting");

    /** How figures name toewijzingen whose referrer is not known (taken over from a previous system without one). */
    public static final String ONBEKEND = "Onbekend";

    private final String code;
    private final String label;

    Verwijzertype(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The COD327 code, as stored and as in the message. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Verwijzertype> metCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /** The label of a stored code; {@link #ONBEKEND} for none, the code itself for one outside COD327. */
    public static String label(String code) {
        return code == null ? ONBEKEND : metCode(code).map(Verwijzertype::label).orElse("Code " + code);
    }
}
