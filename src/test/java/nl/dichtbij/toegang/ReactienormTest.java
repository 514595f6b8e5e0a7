package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReactienormTest {

    private static final LocalDate DINSDAG = LocalDate.of(2026, 12, 1);
    private static final LocalDate VRIJDAG = LocalDate.of(2026, 12, 4);

    @Test
    void anUrgentMeldingIsTakenUpTheNextWorkingDayAtTheLatest() {
        assertThat(Reactienorm.uiterlijk(DINSDAG)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(Reactienorm.overschreden(DINSDAG, DINSDAG)).isFalse();
        assertThat(Reactienorm.overschreden(DINSDAG, LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(Reactienorm.overschreden(DINSDAG, LocalDate.of(2026, 12, 3))).isTrue();
    }

    @Test
    void aWeekendIsNoWorkingDay() {
        assertThat(Reactienorm.uiterlijk(VRIJDAG)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Reactienorm.uiterlijk(LocalDate.of(2026, 12, 5))).as("received on Saturday").isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Reactienorm.overschreden(VRIJDAG, LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(Reactienorm.overschreden(VRIJDAG, LocalDate.of(2026, 12, 8))).isTrue();
    }

    @Test
    void publicHolidaysAreNoWorkingDays() {
        // Christmas 2026: Friday 25 and Saturday 26 December; received on Thursday 24, the next working day is Monday 28
        assertThat(Reactienorm.uiterlijk(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        // Koningsdag 2027 is Tuesday 27 April
        assertThat(Reactienorm.uiterlijk(LocalDate.of(2027, 4, 26))).isEqualTo(LocalDate.of(2027, 4, 28));
    }

    @Test
    void theLastDayOfReceiptOverTheNormLooksBackOverTheWeekend() {
        LocalDate maandag = LocalDate.of(2026, 12, 7);
        // on Monday a melding of Thursday is over the norm (its last day was Friday), one of Friday not (its last day is Monday)
        assertThat(Reactienorm.laatsteOntvangstdagOverNorm(maandag)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(Reactienorm.laatsteOntvangstdagOverNorm(LocalDate.of(2026, 12, 8))).isEqualTo(LocalDate.of(2026, 12, 6));
        for (LocalDate dag = LocalDate.of(2026, 12, 1); dag.isBefore(LocalDate.of(2027, 1, 15)); dag = dag.plusDays(1)) {
            LocalDate laatste = Reactienorm.laatsteOntvangstdagOverNorm(dag);
            assertThat(Reactienorm.overschreden(laatste, dag)).as("on %s", dag).isTrue();
            assertThat(Reactienorm.overschreden(laatste.plusDays(1), dag)).as("on %s", dag).isFalse();
        }
    }
}
