package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import nl.dichtbij.platform.ClockConfig;

import org.junit.jupiter.api.Test;

/** The wait from toewijzing to the start of care, as the contract's norm counts it. */
class WachtdagenTest {

    private static final LocalDate INGANG = LocalDate.of(2026, 3, 2);

    @Test
    void fromTheDayOfTheToewijzingToTheFirstDayOfCare() {
        assertThat(Wachtdagen.tussen(INGANG, om(INGANG), INGANG.plusDays(5))).isEqualTo(5);
        assertThat(Wachtdagen.tussen(INGANG, om(INGANG.plusDays(3)), INGANG.plusDays(33))).as("sent after its start date").isEqualTo(30);
    }

    @Test
    void sentBeforeItsStartDateCountsFromTheStartDate() {
        assertThat(Wachtdagen.tussen(INGANG, om(INGANG.minusDays(2)), INGANG.plusDays(10))).isEqualTo(10);
    }

    @Test
    void changedAfterTheStartCountsFromTheStartDate() {
        assertThat(Wachtdagen.tussen(INGANG, om(INGANG.plusDays(20)), INGANG.plusDays(8))).isEqualTo(8);
    }

    @Test
    void aStartBeforeTheStartDateWaitedNothing() {
        assertThat(Wachtdagen.tussen(INGANG, om(INGANG), INGANG.minusDays(4))).isZero();
    }

    @Test
    void theDayIsTheDutchDay() {
        // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam
        assertThat(Wachtdagen.tussen(INGANG.minusDays(5), Instant.parse("2026-03-01T23:30:00Z"), INGANG.plusDays(7))).isEqualTo(7);
    }

    private static Instant om(LocalDate dag) {
        return dag.atTime(10, 0).atZone(ClockConfig.AMSTERDAM).toInstant();
    }
}
