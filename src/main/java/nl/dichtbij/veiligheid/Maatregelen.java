package nl.dichtbij.veiligheid;

import java.time.LocalDate;
import java.util.Map;

/** Pure date rules of the safety records: when a measure runs, a valid end, how soon an acute risk is looked at again. */
public final class Maatregelen {

    /** An acute risk is assessed again within a week. */
    public static final int ACUUT_VERVOLG_DAGEN = 7;

    private Maatregelen() {
    }

    /** A measure runs from its first day up to and including its last day; without an end it runs on. */
    public static boolean loopt(LocalDate start, LocalDate eind, LocalDate vandaag) {
        return start != null && !vandaag.isBefore(start) && (eind == null || !vandaag.isAfter(eind));
    }

    /** An end, when given, lies on or after the start. */
    static void einde(Map<String, String> fouten, LocalDate start, LocalDate eind) {
        if (start != null && eind != null && eind.isBefore(start)) {
            fouten.put("eind", "De einddatum ligt voor de startdatum. Kies " + nl.dichtbij.platform.Formaat.datum(start) + " of later.");
        }
    }
}
