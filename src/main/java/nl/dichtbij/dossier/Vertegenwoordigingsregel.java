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

    /** Of age: from here only an authorisation or a legal representative gives access to his own data. */
    public static final int MEERDERJARIG_VANAF = 18;

    /**
     * May a household text about one member (a goal in the plan with its evaluations, a change to it) be shown
     * to the resident reading the household's file? Yes if the reader may see that member's data himself
     * ({@code magInzienVan}: it is the reader, a child under 16 of his, or someone who authorised him). A text
     * about an adult stays part of the household's shared plan (0002) for members reading for themselves. A
     * text about a 16- or 17-year-old does not: from 16 the young person decides who reads about him, and
     * someone acting for his parent reads only what concerns that parent.
     */
    public static boolean tekstZichtbaar(boolean magInzienVan, boolean leestVoorZichzelf, int leeftijdBetrokkene) {
        return magInzienVan || leestVoorZichzelf && leeftijdBetrokkene >= MEERDERJARIG_VANAF;
    }

    /** Someone the signed-in resident may act for, and how far. */
    public record Namens(String bsn, String naam, boolean alleenInzien, String grond) {
    }
}
