package nl.dichtbij.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.platform.Levensgebied;

import org.junit.jupiter.api.Test;

/** The period a provider's progress note belongs to: from the goal's latest evaluation (or the plan's start) to the next one. */
class EvaluatieperiodeTest {

    private static final LocalDate PLAN_BEGIN = LocalDate.of(2026, 9, 1);

    private static Doel doel(long id, LocalDate volgendeEvaluatie) {
        return new Doel(id, 1, "Weer naar school", null, "Het hele huishouden", Levensgebied.DAGBESTEDING, null, null, Regeling.JEUGDWET, 3,
                volgendeEvaluatie, List.of());
    }

    private static Evaluatie evaluatie(long id, long doelId, LocalDate datum) {
        return new Evaluatie(id, doelId, datum, "Gaat beter", null, null, "Jasmijn Bakker");
    }

    @Test
    void theFirstPeriodRunsFromThePlansStartToTheFirstPlannedEvaluation() {
        Evaluatieperiode periode = Evaluatieperiode.huidige(doel(7, LocalDate.of(2026, 12, 1)), List.of(), PLAN_BEGIN);

        assertThat(periode).isEqualTo(new Evaluatieperiode(1, PLAN_BEGIN, LocalDate.of(2026, 12, 1)));
        assertThat(periode.omschrijving()).isEqualTo("1 september 2026 tot 1 december 2026");
    }

    @Test
    void afterAnEvaluationTheNextPeriodStartsOnItsDateAndRunsToTheNextPlannedOne() {
        Doel doel = doel(7, LocalDate.of(2027, 3, 1));
        List<Evaluatie> evaluaties = List.of(evaluatie(11, 7, LocalDate.of(2026, 12, 1)));

        assertThat(Evaluatieperiode.huidige(doel, evaluaties, PLAN_BEGIN))
                .isEqualTo(new Evaluatieperiode(2, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)));
    }

    @Test
    void theLatestRecordedEvaluationStartsThePeriodEvenWhenItWasBackdated() {
        Doel doel = doel(7, LocalDate.of(2027, 2, 20));
        // recorded last (id 12) but dated before the one recorded first: it set the next evaluation date
        List<Evaluatie> evaluaties = List.of(evaluatie(12, 7, LocalDate.of(2026, 11, 20)), evaluatie(11, 7, LocalDate.of(2026, 12, 1)));

        assertThat(Evaluatieperiode.huidige(doel, evaluaties, PLAN_BEGIN))
                .isEqualTo(new Evaluatieperiode(3, LocalDate.of(2026, 11, 20), LocalDate.of(2027, 2, 20)));
    }

    @Test
    void evaluationsOfOtherGoalsDoNotCount() {
        Doel doel = doel(7, LocalDate.of(2026, 12, 1));

        assertThat(Evaluatieperiode.huidige(doel, List.of(evaluatie(11, 8, LocalDate.of(2026, 10, 1))), PLAN_BEGIN))
                .isEqualTo(new Evaluatieperiode(1, PLAN_BEGIN, LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aPeriodStaysOpenAfterItsPlannedDayUntilTheRegisseurEvaluates() {
        Evaluatieperiode periode = Evaluatieperiode.huidige(doel(7, LocalDate.of(2026, 12, 1)), List.of(), PLAN_BEGIN);

        assertThat(periode.evaluatieTeLaat(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(periode.evaluatieTeLaat(LocalDate.of(2026, 12, 2))).as("late, but still the same period").isTrue();
        assertThat(Evaluatieperiode.huidige(doel(7, LocalDate.of(2026, 12, 1)), List.of(), PLAN_BEGIN).nummer()).isEqualTo(1);
    }
}
