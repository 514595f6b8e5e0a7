package nl.dichtbij.plan;

import java.time.Instant;

/**
 * A professional changed the household's plan: a new version waits for the household's agreement. {@code betreftBsn}
 * names the member the changed goal is about (null: the whole household), for who may read it (docs/decisions/0006).
 */
public record PlanGewijzigd(long planId, String gemeenteCode, long zaakId, long huishoudenId, int versienummer, String betreftBsn,
                            Instant op) {
}
