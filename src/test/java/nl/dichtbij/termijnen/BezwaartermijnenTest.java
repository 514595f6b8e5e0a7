package nl.dichtbij.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BezwaartermijnenTest {

    @Test
    void theObjectionPeriodEndsSixWeeksAfterSending() {
        // sent Tuesday 1 December 2026: the period runs from 2 December to Tuesday 12 January 2027
        assertThat(Bezwaartermijnen.indienenUiterlijk(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void anObjectionPeriodEndingOnAHolidayMovesToTheNextWorkingDay() {
        // sent 13 November 2026: six weeks later is Christmas Day, then Boxing Day and Sunday
        assertThat(Bezwaartermijnen.indienenUiterlijk(LocalDate.of(2026, 11, 13))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void theDecisionOnAnObjectionIsDueSixWeeksAfterThePeriod() {
        assertThat(Bezwaartermijnen.beslissenUiterlijk(LocalDate.of(2026, 12, 1), false, false, 0)).isEqualTo(LocalDate.of(2027, 2, 23));
    }

    @Test
    void withAnAdvisoryCommitteeItIsTwelveWeeks() {
        assertThat(Bezwaartermijnen.beslissenUiterlijk(LocalDate.of(2026, 12, 1), true, false, 0)).isEqualTo(LocalDate.of(2027, 4, 6));
    }

    @Test
    void oneExtensionAddsSixWeeksAndConsentMore() {
        assertThat(Bezwaartermijnen.beslissenUiterlijk(LocalDate.of(2026, 12, 1), false, true, 0)).isEqualTo(LocalDate.of(2027, 4, 6));
        assertThat(Bezwaartermijnen.beslissenUiterlijk(LocalDate.of(2026, 12, 1), true, true, 0)).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(Bezwaartermijnen.beslissenUiterlijk(LocalDate.of(2026, 12, 1), false, true, 4)).isEqualTo(LocalDate.of(2027, 5, 4));
    }

    @Test
    void decisionTermsPerLaw() {
        LocalDate aanvraag = LocalDate.of(2026, 11, 23);
        assertThat(WettelijkeTermijn.WMO_BESCHIKKING.einde(aanvraag)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(WettelijkeTermijn.JEUGD_BESCHIKKING.einde(aanvraag)).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(WettelijkeTermijn.PARTICIPATIEWET_BESCHIKKING.einde(aanvraag)).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(WettelijkeTermijn.SCHULDHULP_BESCHIKKING.einde(aanvraag)).isEqualTo(LocalDate.of(2027, 1, 18));
        // Wmo: an aanvraag on 12 December 2026 is due on Saturday 26 December, so Monday 28 December
        assertThat(WettelijkeTermijn.WMO_BESCHIKKING.einde(LocalDate.of(2026, 12, 12))).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void verdagingExtendsByWholeWeeksAndSkipsHolidays() {
        assertThat(WettelijkeTermijn.verdaagd(LocalDate.of(2026, 12, 7), 2)).isEqualTo(LocalDate.of(2026, 12, 21));
        // 30 March 2027 + 4 weeks is King's Day, Tuesday 27 April 2027
        assertThat(WettelijkeTermijn.verdaagd(LocalDate.of(2027, 3, 30), 4)).isEqualTo(LocalDate.of(2027, 4, 28));
    }
}
