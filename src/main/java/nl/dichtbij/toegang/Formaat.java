package nl.dichtbij.toegang;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Dutch reader writes them: "maandag 23 november 2026". */
public final class Formaat {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NL);
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", NL);

    private Formaat() {
    }

    public static String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public static String tijdstip(java.time.Instant tijdstip) {
        return tijdstip == null ? "" : DATUM_TIJD.format(tijdstip.atZone(nl.dichtbij.platform.ClockConfig.AMSTERDAM));
    }

    public static String datumTijd(LocalDateTime moment) {
        return moment == null ? "" : DATUM_TIJD.format(moment);
    }
}
