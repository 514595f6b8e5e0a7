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
}
