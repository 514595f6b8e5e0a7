package nl.dichtbij.programma;

import java.math.BigDecimal;
import java.util.List;

/**
 * The results of one survey. Counts under {@link Enquetes#MINIMUM} are suppressed: the
 * number and the percentage are then null and {@code onderdrukt} is true.
 */
public record Uitslag(Enquete enquete, Integer respondenten, boolean onderdrukt, List<Resultaat> resultaten) {

    /** One question: respondents who gave an opinion, the share that agrees, against target, ambition and 2017. */
    public record Resultaat(Vraag vraag, Integer respondenten, Integer eens, BigDecimal percentageEens, boolean onderdrukt) {

        /** Null when suppressed. */
        public Boolean doelGehaald() {
            return percentageEens == null ? null : percentageEens.compareTo(BigDecimal.valueOf(vraag.doel())) >= 0;
        }

        public Boolean ambitieGehaald() {
            return percentageEens == null || vraag.ambitie() == null ? null : percentageEens.compareTo(BigDecimal.valueOf(vraag.ambitie())) >= 0;
        }

        /** Percentage points against 2017, null without a baseline or when suppressed. */
        public BigDecimal verschilMet2017() {
            return percentageEens == null || vraag.basis2017() == null ? null : percentageEens.subtract(BigDecimal.valueOf(vraag.basis2017()));
        }

        public String oordeel() {
            if (onderdrukt) {
                return "Te weinig antwoorden";
            }
            return doelGehaald() ? "Doel gehaald" : "Doel niet gehaald";
        }
    }
}
