package nl.dichtbij.participatie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LadderleeftijdTest {

    @Test
    void aChildIsNotOnTheLadderFromTheEighteenthBirthdayHeIs() {
        assertThat(Ladderleeftijd.geldt(17)).isFalse();
        assertThat(Ladderleeftijd.fout("Tom", 17)).isEqualTo("De participatieladder is voor volwassenen. Op die dag was Tom nog geen 18.");
        assertThat(Ladderleeftijd.geldt(18)).isTrue();
        assertThat(Ladderleeftijd.fout("Tom", 18)).isNull();
    }

    @Test
    void fromTheAowAgeOfSixtySevenSomeoneIsNoLongerOnTheLadder() {
        assertThat(Ladderleeftijd.geldt(66)).isTrue();
        assertThat(Ladderleeftijd.fout("Kees", 66)).isNull();
        assertThat(Ladderleeftijd.geldt(67)).isFalse();
        assertThat(Ladderleeftijd.fout("Kees", 67)).isEqualTo("De participatieladder is voor mensen tot de AOW-leeftijd (67 jaar). Op die dag was "
                + "Kees al 67. Leg de trede vast voor iemand van 18 tot 67 jaar.");
        assertThat(Ladderleeftijd.geldt(80)).isFalse();
    }
}
