package nl.dichtbij.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A date typed in a form: empty is null, anything that is not a date a Dutch message for that field, never an error page. */
public final class Formulierdatum {

    public static final String FOUT = "Vul een datum in zoals 4-12-2026.";

    private Formulierdatum() {
    }

    public static LocalDate lees(String tekst, String veld, Map<String, String> fouten) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            fouten.put(veld, FOUT);
            return null;
        }
    }
}
