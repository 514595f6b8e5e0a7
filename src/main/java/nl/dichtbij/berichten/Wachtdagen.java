package nl.dichtbij.berichten;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.dichtbij.platform.ClockConfig;

/**
 * How long a toewijzing waited for its care to start: from the day it was sent (or its ingangsdatum, when that lies later)
 * to the first day of delivery. Fixed when the start is recorded; the median per provider is set against the contract's norm.
 */
public final class Wachtdagen {

    private Wachtdagen() {
    }

    /**
     * The days from toewijzing to start, never negative. {@code toegewezenOp} moves with every later change of the toewijzing:
     * a change after the start says nothing about the wait, so then the wait counts from the ingangsdatum.
     */
    public static int tussen(LocalDate ingangsdatum, Instant toegewezenOp, LocalDate begin) {
        LocalDate toegewezen = toegewezenOp.atZone(ClockConfig.AMSTERDAM).toLocalDate();
        LocalDate vanaf = toegewezen.isAfter(begin) || ingangsdatum.isAfter(toegewezen) ? ingangsdatum : toegewezen;
        return (int) Math.max(0, ChronoUnit.DAYS.between(vanaf, begin));
    }
}
