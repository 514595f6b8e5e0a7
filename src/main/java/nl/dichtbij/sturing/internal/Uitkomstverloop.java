package nl.dichtbij.sturing.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Moment;

/**
 * One resident's ZRM in one case from one side, as the monitor needs it: the baseline (the intake scoring; until there is one,
 * the earliest scoring) and per domain the latest later score (a scoring of some domains leaves the others as they were). Pure:
 * each recorded scoring gives the next state.
 */
record Uitkomstverloop(Stand basis, Stand laatste) {

    record Stand(LocalDate datum, Moment moment, Map<ZrmDomein, Integer> scores) {

        boolean intake() {
            return moment == Moment.INTAKE;
        }
    }

    static Uitkomstverloop begin(Stand eerste) {
        return new Uitkomstverloop(eerste, null);
    }

    /** The latest scoring is a closing one: the case (for this resident) ended. */
    boolean afgesloten() {
        return laatste != null && laatste.moment() == Moment.AFSLUITING;
    }

    Uitkomstverloop met(Stand nieuw) {
        boolean wordtBasis = nieuw.intake() && !basis.intake() || nieuw.datum().isBefore(basis.datum()) && !basis.intake();
        if (wordtBasis) {
            Stand oud = basis;
            Stand later = laatste == null || oud.datum().isAfter(laatste.datum()) ? oud : laatste;
            return new Uitkomstverloop(nieuw, later.datum().isBefore(nieuw.datum()) ? laatste : later);
        }
        if (laatste == null || !nieuw.datum().isBefore(laatste.datum())) {
            // an evaluation of one goal re-scores only its domain: the other domains keep their latest score
            Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
            if (laatste != null) {
                scores.putAll(laatste.scores());
            }
            scores.putAll(nieuw.scores());
            return new Uitkomstverloop(basis, new Stand(nieuw.datum(), nieuw.moment(), scores));
        }
        return this;
    }
}
