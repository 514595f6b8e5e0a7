package nl.dichtbij.plan;

import java.time.LocalDate;

/** An interim evaluation of a goal, with the ZRM re-scores of both sides for the goal's domain. */
public record Evaluatie(long id, long doelId, LocalDate datum, String voortgang, Integer zrmProfessional, Integer zrmInwoner,
                        String doorNaam) {
}
