package nl.dichtbij.termijnen;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a running term stands on a given day. */
public record Termijnbewaking(LocalDate start, LocalDate einde, LocalDate vandaag) {

    /** A term is at risk once more than 80% of it has passed. */
    public static final double RISICO_GRENS = 0.8;

    public long dagenOver() {
        return ChronoUnit.DAYS.between(vandaag, einde);
    }

    public long dagenVerstreken() {
        return ChronoUnit.DAYS.between(start, vandaag);
    }

    public boolean verlopen() {
        return vandaag.isAfter(einde);
    }

    public boolean inGevaar() {
        long totaal = Math.max(1, ChronoUnit.DAYS.between(start, einde));
        return verlopen() || (double) dagenVerstreken() / totaal > RISICO_GRENS;
    }
}
