package nl.dichtbij.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts in euro as a Dutch reader types and reads them: "12.500,00", "12500,00", "12500.00", "€ 12 500". */
public final class Bedrag {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Bedrag() {
    }

    /** The amount typed, or null when it is not one (at most two decimals). */
    public static BigDecimal lees(String tekst) {
        if (tekst == null) {
            return null;
        }
        String schoon = tekst.replace("€", "").replace(" ", "").replace("\u00a0", "").strip();
        if (!schoon.matches("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+([,.]\\d{1,2})?")) {
            return null;
        }
        if (schoon.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            schoon = schoon.replace(".", ""); // dots as thousands separators
        }
        return new BigDecimal(schoon.replace(',', '.'));
    }

    /** As {@link #lees}, in cents. */
    public static Long centen(String tekst) {
        BigDecimal euro = lees(tekst);
        return euro == null ? null : euro.movePointRight(2).longValueExact();
    }

    /** "€ 12.500,00". */
    public static String tekst(BigDecimal euro) {
        return euro == null ? "" : "€ " + getal(euro);
    }

    /** "12.500,00": in a form field, so it reads back as it was typed. */
    public static String getal(BigDecimal euro) {
        if (euro == null) {
            return "";
        }
        NumberFormat formaat = NumberFormat.getNumberInstance(NL);
        formaat.setMinimumFractionDigits(2);
        formaat.setMaximumFractionDigits(2);
        return formaat.format(euro.setScale(2, RoundingMode.HALF_UP));
    }
}
