package nl.dichtbij.plan;

import java.time.Instant;

/** The resident agreed to this version of the household's plan. */
public record PlanAkkoord(long planId, String gemeenteCode, long zaakId, int versienummer, String door, Instant op) {
}
