package nl.dichtbij.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import nl.dichtbij.platform.Formaat;

/**
 * The evaluation period of a goal that a provider's progress note belongs to: the {@code nummer}-th period of the goal,
 * from its latest evaluation (the first period: from the day the plan started) to the evaluation planned next. The
 * period closes when the regisseur records the evaluation, not on the planned day: a note written after a planned day
 * that passed still belongs to the period the late evaluation closes. One note per provider per goal per period.
 */
public record Evaluatieperiode(int nummer, LocalDate van, LocalDate tot) {

    /**
     * The period running now for {@code doel}. {@code evaluaties} are the goal's evaluations (others are ignored); the latest
     * recorded one (the one that set the goal's next evaluation date) starts the period.
     */
    public static Evaluatieperiode huidige(Doel doel, List<Evaluatie> evaluaties, LocalDate planBegin) {
        List<Evaluatie> vanDoel = evaluaties.stream().filter(e -> e.doelId() == doel.id()).toList();
        LocalDate van = vanDoel.stream().max(Comparator.comparingLong(Evaluatie::id)).map(Evaluatie::datum).orElse(planBegin);
        LocalDate tot = doel.volgendeEvaluatie();
        return new Evaluatieperiode(vanDoel.size() + 1, van.isAfter(tot) ? tot : van, tot);
    }

    /** The planned evaluation day has passed and the regisseur has not evaluated yet: the period is still open. */
    public boolean evaluatieTeLaat(LocalDate vandaag) {
        return vandaag.isAfter(tot);
    }

    /** "23 november 2026 tot 23 februari 2027". */
    public String omschrijving() {
        return Formaat.lang(van) + " tot " + Formaat.lang(tot);
    }
}
