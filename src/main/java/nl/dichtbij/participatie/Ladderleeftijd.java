package nl.dichtbij.participatie;

/**
 * Who the participatieladder is for: residents of working age, from 18 up to the AOW age. The ladder measures the way to
 * (paid) work under the Participatiewet, which ends at the AOW age; a child is not on it and neither is a pensioner. The
 * AOW age is 67 for 2024 up to and including 2027 (Algemene Ouderdomswet art. 7a); when it rises, {@link #TOT} moves with it
 * (docs/decisions/0037).
 */
public final class Ladderleeftijd {

    /** The first age on the ladder: of age. */
    public static final int VANAF = 18;
    /** The AOW age: from this age someone is no longer on the ladder. */
    public static final int TOT = 67;

    private Ladderleeftijd() {
    }

    /** Whether someone of this age (in whole years) is on the ladder. */
    public static boolean geldt(int leeftijd) {
        return leeftijd >= VANAF && leeftijd < TOT;
    }

    /** The Dutch message when someone of this age on the day of the step is not on the ladder; null when he is. */
    public static String fout(String voornaam, int leeftijd) {
        if (leeftijd < VANAF) {
            return "De participatieladder is voor volwassenen. Op die dag was " + voornaam + " nog geen " + VANAF + ".";
        }
        if (leeftijd >= TOT) {
            return "De participatieladder is voor mensen tot de AOW-leeftijd (" + TOT + " jaar). Op die dag was " + voornaam + " al " + leeftijd
                    + ". Leg de trede vast voor iemand van " + VANAF + " tot " + TOT + " jaar.";
        }
        return null;
    }
}
