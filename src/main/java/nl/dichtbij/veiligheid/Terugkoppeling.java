package nl.dichtbij.veiligheid;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a referral to Veilig Thuis waits too long for its outcome: 10 working days (Monday to Friday) after the day it was made.
 * Public holidays are not counted off: the page warns a day early rather than a day late.
 */
public final class Terugkoppeling {

    public static final int WERKDAGEN = 10;

    private Terugkoppeling() {
    }

    /** The working day on which the 10 working days after the referral are over. */
    public static LocalDate termijn(LocalDate gemeld) {
        LocalDate dag = gemeld;
        int geteld = 0;
        while (geteld < WERKDAGEN) {
            dag = dag.plusDays(1);
            if (dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY) {
                geteld++;
            }
        }
        return dag;
    }

    /** An open referral (no outcome yet) whose term is over on this day. */
    public static boolean wachtOpTerugkoppeling(LocalDate gemeld, Vtuitkomst uitkomst, LocalDate vandaag) {
        return uitkomst == null && !vandaag.isBefore(termijn(gemeld));
    }
}
