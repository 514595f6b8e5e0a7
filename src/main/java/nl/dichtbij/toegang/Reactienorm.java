package nl.dichtbij.toegang;

import java.time.LocalDate;

import nl.dichtbij.termijnen.Feestdagen;

/**
 * How soon a professional takes up an urgent melding (issue 20, eropaf): the same or the next working day, so at the latest
 * at the end of the first working day after the day it came in. Saturdays, Sundays and public holidays are no working days
 * (Algemene termijnenwet). A melding nobody took up after that is over the norm: the teamleider sees it.
 */
public final class Reactienorm {

    private Reactienorm() {
    }

    /** The last day to take up an urgent melding received on this day. */
    public static LocalDate uiterlijk(LocalDate ontvangen) {
        LocalDate dag = ontvangen.plusDays(1);
        while (!Feestdagen.isWerkdag(dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    /** Whether an urgent melding received on that day and still not taken up is over the norm today. */
    public static boolean overschreden(LocalDate ontvangen, LocalDate vandaag) {
        return vandaag.isAfter(uiterlijk(ontvangen));
    }

    /** The latest day of receipt whose urgent meldingen are over the norm today: everything received on or before it. */
    public static LocalDate laatsteOntvangstdagOverNorm(LocalDate vandaag) {
        LocalDate dag = vandaag.minusDays(1);
        while (!overschreden(dag, vandaag)) {
            dag = dag.minusDays(1);
        }
        return dag;
    }
}
