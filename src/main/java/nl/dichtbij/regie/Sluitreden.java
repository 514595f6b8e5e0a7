package nl.dichtbij.regie;

import java.util.Arrays;
import java.util.List;

/**
 * Why a case closed (issue 18): a fixed choice, so the outcome monitor can count how cases end, with a text for "anders".
 * {@link #INGETROKKEN} is set by the system when a resident withdraws a question nobody took up; nobody chooses it.
 */
public enum Sluitreden {
    DOELEN_BEREIKT("Doelen bereikt"),
    STABIEL_AFGESCHAALD("Situatie stabiel, afgeschaald"),
    VERHUISD("Verhuisd naar een andere gemeente"),
    OVERLEDEN("Overleden"),
    NAAR_WLZ("Over naar de Wet langdurige zorg (Wlz)"),
    WIL_GEEN_HULP("Wil geen hulp (meer)"),
    ANDERS("Anders"),
    INGETROKKEN("Vraag ingetrokken");

    private final String label;

    Sluitreden(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reasons a professional chooses from, in the order the form shows them. */
    public static List<Sluitreden> keuzes() {
        return Arrays.stream(values()).filter(r -> r != INGETROKKEN).toList();
    }
}
