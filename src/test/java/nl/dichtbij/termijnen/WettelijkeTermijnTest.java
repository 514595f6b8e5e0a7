package nl.dichtbij.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WettelijkeTermijnTest {

    @Test
    void wmoOnderzoekTakesSixWeeks() {
        assertThat(WettelijkeTermijn.WMO_ONDERZOEK.einde(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void jeugdDecisionTakesEightWeeks() {
        assertThat(WettelijkeTermijn.JEUGD_BESLISSING.einde(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2027, 1, 18));
    }

    @Test
    void aTermEndingOnAHolidayMovesToTheNextWorkingDay() {
        // 6 weeks after 2026-11-14 (Saturday) is Saturday 26 December: moves past Sunday to Monday 28 December.
        assertThat(WettelijkeTermijn.WMO_ONDERZOEK.einde(LocalDate.of(2026, 11, 14))).isEqualTo(LocalDate.of(2026, 12, 28));
        // 4 weeks after 2026-11-27 is Christmas Day (Friday): Boxing Day and Sunday follow, so Monday 28 December.
        assertThat(WettelijkeTermijn.SCHULDHULP_EERSTE_GESPREK.einde(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 12, 28));
        // 6 weeks after 2026-04-02 is Ascension Day, Thursday 14 May 2026.
        assertThat(WettelijkeTermijn.WMO_ONDERZOEK.einde(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void aTermEndingOnASundayMovesToMonday() {
        assertThat(WettelijkeTermijn.SCHULDHULP_EERSTE_GESPREK.einde(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void threatenedEvictionGetsThreeWorkingDaysSkippingWeekendAndHolidays() {
        assertThat(WettelijkeTermijn.SCHULDHULP_DREIGING.einde(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(WettelijkeTermijn.SCHULDHULP_DREIGING.einde(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2026, 12, 1));
        // Thursday before Easter 2026: Good Friday and Easter Monday do not count.
        assertThat(WettelijkeTermijn.SCHULDHULP_DREIGING.einde(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void aResidentReadsTheLawWithoutItsArticles() {
        assertThat(WettelijkeTermijn.JEUGD_BESLISSING.wetVoorInwoner()).isEqualTo("Jeugdwet");
        assertThat(WettelijkeTermijn.WMO_ONDERZOEK.wetVoorInwoner()).isEqualTo("Wmo 2015");
        assertThat(WettelijkeTermijn.SCHULDHULP_DREIGING.wetVoorInwoner()).isEqualTo("Wet gemeentelijke schuldhulpverlening");
        assertThat(WettelijkeTermijn.BEZWAAR_INDIENEN.wetVoorInwoner()).isEqualTo("Algemene wet bestuursrecht");
        for (WettelijkeTermijn termijn : WettelijkeTermijn.values()) {
            assertThat(termijn.wetVoorInwoner()).doesNotContainPattern("art\\.|lid \\d|\\d:\\d");
        }
    }
}
