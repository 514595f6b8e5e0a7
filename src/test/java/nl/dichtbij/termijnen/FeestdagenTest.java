package nl.dichtbij.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeestdagenTest {

    @ParameterizedTest
    @CsvSource({"2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25"})
    void computesEasterSunday(int jaar, LocalDate pasen) {
        assertThat(Feestdagen.eerstePaasdag(jaar)).isEqualTo(pasen);
    }

    @Test
    void listsEveryHolidayOf2026() {
        assertThat(Feestdagen.van(2026)).containsOnlyKeys(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 24),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    }

    @Test
    void kingsDayMovesToThe26thWhenThe27thIsASunday() {
        assertThat(Feestdagen.koningsdag(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(Feestdagen.koningsdag(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(Feestdagen.isWerkdag(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(Feestdagen.isWerkdag(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(Feestdagen.isWerkdag(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(Feestdagen.isWerkdag(LocalDate.of(2026, 5, 14))).isFalse();
    }

    /** For every holiday of 2025–2028: a six-week term ending on it moves to the first working day after it. */
    @Test
    void aTermEndingOnAnyHolidayMovesToTheNextWorkingDay() {
        for (int jaar = 2025; jaar <= 2028; jaar++) {
            for (LocalDate feestdag : Feestdagen.van(jaar).keySet()) {
                LocalDate einde = WettelijkeTermijn.WMO_ONDERZOEK.einde(feestdag.minusWeeks(6));
                LocalDate verwacht = feestdag.plusDays(1);
                while (!Feestdagen.isWerkdag(verwacht)) {
                    verwacht = verwacht.plusDays(1);
                }
                assertThat(einde).as("term ending on %s (%s)", feestdag, Feestdagen.van(jaar).get(feestdag)).isEqualTo(verwacht);
                assertThat(Feestdagen.isWerkdag(einde)).isTrue();
            }
        }
    }

    @Test
    void easterDependentHolidaysFollowEaster() {
        assertThat(Feestdagen.van(2027)).containsEntry(LocalDate.of(2027, 3, 26), "Goede Vrijdag")
                .containsEntry(LocalDate.of(2027, 3, 29), "Tweede Paasdag")
                .containsEntry(LocalDate.of(2027, 5, 6), "Hemelvaartsdag")
                .containsEntry(LocalDate.of(2027, 5, 17), "Tweede Pinksterdag")
                .containsEntry(LocalDate.of(2027, 4, 27), "Koningsdag");
        assertThat(Feestdagen.van(2025)).containsEntry(LocalDate.of(2025, 4, 26), "Koningsdag")
                .doesNotContainKey(LocalDate.of(2025, 4, 27));
    }
}
