package nl.dichtbij.sturing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The indicators a reference figure can be imported for (issue 21): the ones the steering pages show a figure of their own
 * for, or the national stacking distribution per person that they show beside it. The code is what the CSV names.
 */
public enum Indicator {
    HUISHOUDENS_3_PLUS("huishoudens-3-plus", "Huishoudens met 3 of meer voorzieningen", "per 1.000 huishoudens"),
    INWONERS_1("inwoners-1-voorziening", "Inwoners met 1 voorziening", "per 1.000 inwoners"),
    INWONERS_2("inwoners-2-voorzieningen", "Inwoners met 2 voorzieningen", "per 1.000 inwoners"),
    INWONERS_3_PLUS("inwoners-3-plus-voorzieningen", "Inwoners met 3 of meer voorzieningen", "per 1.000 inwoners"),
    INWONERS_6_PLUS("inwoners-6-plus-voorzieningen", "Inwoners met 6 of meer voorzieningen", "per 1.000 inwoners");

    private final String code;
    private final String label;
    private final String gebruikelijkeEenheid;

    Indicator(String code, String label, String gebruikelijkeEenheid) {
        this.code = code;
        this.label = label;
        this.gebruikelijkeEenheid = gebruikelijkeEenheid;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The unit the figure is usually given in; the CSV names its own unit, shown as given. */
    public String gebruikelijkeEenheid() {
        return gebruikelijkeEenheid;
    }

    /** The stacking distribution per person: the platform counts per household, so there is no own figure beside it. */
    public boolean perInwoner() {
        return this != HUISHOUDENS_3_PLUS;
    }

    public static Optional<Indicator> lees(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.code.equals(c) || i.name().equalsIgnoreCase(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Indicator::code).toList());
    }
}
