package nl.dichtbij.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TermijnbewakingTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate EINDE = START.plusDays(50);

    @Test
    void isAtRiskOncePastEightyPercentOfTheTerm() {
        assertThat(new Termijnbewaking(START, EINDE, START.plusDays(40)).inGevaar()).isFalse();
        assertThat(new Termijnbewaking(START, EINDE, START.plusDays(41)).inGevaar()).isTrue();
    }

    @Test
    void countsDaysLeftAndExpiry() {
        Termijnbewaking bewaking = new Termijnbewaking(START, EINDE, START.plusDays(52));
        assertThat(bewaking.dagenOver()).isEqualTo(-2);
        assertThat(bewaking.verlopen()).isTrue();
        assertThat(bewaking.inGevaar()).isTrue();
    }
}
