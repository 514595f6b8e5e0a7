package nl.dichtbij.programma;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The results of a statutory client experience survey as the minister asks them (issue 21): the response (invited,
 * answered, response rate) and per standard statement the number who gave an opinion (n; "weet ik niet" does not count)
 * and the share that (fully) agrees. A count under {@link Enquetes#MINIMUM} is never shown: with fewer than 5 respondents
 * nothing is, and a statement with n under 5 shows neither n nor the share.
 */
public record Ervaringsuitslag(Clientervaring onderzoek, Integer uitgenodigd, Integer respondenten, BigDecimal responsPercentage,
                               boolean onderdrukt, List<Regel> regels) {

    /** One statement; n, eens and percentage null when suppressed. */
    public record Regel(Stelling stelling, Integer n, Integer eens, BigDecimal percentageEens, boolean onderdrukt) {
    }

    /**
     * @param tellingen per statement {n with an opinion, of whom (fully) agree}
     */
    public static Ervaringsuitslag van(Clientervaring onderzoek, int respondenten, Map<Stelling, int[]> tellingen) {
        int min = Enquetes.MINIMUM;
        boolean geheel = respondenten < min;
        List<Regel> regels = new ArrayList<>();
        for (Stelling s : Stelling.van(onderzoek.wet())) {
            int[] t = tellingen.getOrDefault(s, new int[] {0, 0});
            regels.add(geheel || t[0] < min ? new Regel(s, null, null, null, true) : new Regel(s, t[0], t[1], procent(t[1], t[0]), false));
        }
        Integer uitgenodigd = onderzoek.uitgenodigd() < min ? null : onderzoek.uitgenodigd();
        return new Ervaringsuitslag(onderzoek, uitgenodigd, geheel ? null : respondenten,
                geheel || uitgenodigd == null ? null : procent(respondenten, onderzoek.uitgenodigd()), geheel, List.copyOf(regels));
    }

    static BigDecimal procent(int deel, int geheel) {
        return BigDecimal.valueOf(deel * 100L).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }
}
