package nl.dichtbij.besluit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

final class Datums {

    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datums() {
    }

    static String lang(LocalDate datum) {
        return datum == null ? "" : LANG.format(datum);
    }
}
