package nl.dichtbij.vroegsignalering;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long a signal's personal data is kept: a signal that did not lead to debt help (help declined, household not reached,
 * or never finished) is destroyed twelve months after it was received (Wgs art. 5 lid 3, see docs/privacy.md). A signal
 * whose help was accepted became part of the debt help and follows that file's term. What stays is a row without
 * personal data, for the figures.
 */
public final class Bewaartermijn {

    public static final Period TERMIJN = Period.ofMonths(12);
    public static final String GRONDSLAG = "Wet gemeentelijke schuldhulpverlening art. 5 lid 3: vernietigen 12 maanden na ontvangst";

    private Bewaartermijn() {
    }

    /** The latest day of receipt whose signals are past the term today: everything received on or before it. */
    public static LocalDate laatsteOntvangstdag(LocalDate vandaag) {
        return vandaag.minus(TERMIJN);
    }

    /** Whether a signal received on that day with this outcome ({@code null}: not finished) is to be destroyed today. */
    public static boolean vernietigen(LocalDate ontvangen, Uitkomst uitkomst, LocalDate vandaag) {
        return uitkomst != Uitkomst.HULP_AANGENOMEN && !ontvangen.isAfter(laatsteOntvangstdag(vandaag));
    }

    /** The first day on which a signal received that day may be destroyed, as the consulent reads it on the signal. */
    public static LocalDate vernietigenVanaf(LocalDate ontvangen) {
        LocalDate dag = ontvangen.plus(TERMIJN);
        while (!vernietigen(ontvangen, null, dag)) {
            dag = dag.plusDays(1);
        }
        return dag;
    }
}
