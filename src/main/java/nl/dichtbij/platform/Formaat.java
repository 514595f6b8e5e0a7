package nl.dichtbij.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Dutch reader writes them: "maandag 23 november 2026". */
public final class Formaat {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", NL);
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", NL);

    private Formaat() {
    }

    /** "23 november 2026", for running text. */
    public static String lang(LocalDate datum) {
        return datum == null ? "" : LANG.format(datum);
    }

    /** "maandag 23 november 2026". */
    public static String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public static String tijdstip(java.time.Instant tijdstip) {
        return tijdstip == null ? "" : DATUM_TIJD.format(tijdstip.atZone(ClockConfig.AMSTERDAM));
    }

    /** "1 dag", "3 dagen". */
    public static String dagen(long aantal) {
        return aantal + (aantal == 1 || aantal == -1 ? " dag" : " dagen");
    }

    /**
     * Ends a sentence that ends with a name or other text: adds the full stop unless the text already ends with one, so a
     * provider called "Jeugdhulp Voorbeeld B.V." never reads "B.V..".
     */
    public static String zin(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return ".";
        }
        String zonder = tekst.stripTrailing();
        return zonder.endsWith(".") || zonder.endsWith("!") || zonder.endsWith("?") ? zonder : zonder + ".";
    }

    public static String datumTijd(LocalDateTime moment) {
        return moment == null ? "" : DATUM_TIJD.format(moment);
    }
}
