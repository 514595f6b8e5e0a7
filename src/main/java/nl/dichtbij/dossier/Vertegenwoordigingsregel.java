package nl.dichtbij.dossier;

import java.time.LocalDate;
import java.util.Optional;

import nl.dichtbij.personen.Persoon;

/**
 * The rule for parents (docs/decisions/0006): a parent acts for a child under 16; from 16 the
 * young person decides himself and a parent needs his authorisation like anyone else.
 */
public final class Vertegenwoordigingsregel {

    public static final int ZELFSTANDIG_VANAF = 16;

    private Vertegenwoordigingsregel() {
    }

    /** How a parent may act for this child today, if at all. */
    public static Optional<Namens> ouder(Persoon kind, LocalDate vandaag) {
        if (kind.leeftijdOp(vandaag) < ZELFSTANDIG_VANAF) {
            return Optional.of(new Namens(kind.bsn(), kind.naam(), false, "Ouderlijk gezag (kind jonger dan " + ZELFSTANDIG_VANAF + ")"));
        }
        return Optional.empty();
    }

    /** Someone the signed-in resident may act for, and how far. */
    public record Namens(String bsn, String naam, boolean alleenInzien, String grond) {
    }
}
