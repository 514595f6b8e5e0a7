package nl.dichtbij.regie.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public final class Datums {

    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datums() {
    }

    public static String lang(LocalDate datum) {
        return LANG.format(datum);
    }
}
