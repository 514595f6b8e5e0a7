package nl.dichtbij.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which numbers residents can dial are accepted as the sociaal team's number. */
class TelefoonnummerTest {

    @Test
    void dutchNumbersResidentsCanDial() {
        assertThat(Contactgegevens.telefoonnummer("14 0348")).as("the municipal 14 number").isTrue();
        assertThat(Contactgegevens.telefoonnummer("0348 476 400")).isTrue();
        assertThat(Contactgegevens.telefoonnummer("(0348) 47-64-00")).isTrue();
        assertThat(Contactgegevens.telefoonnummer("0800 1234")).isTrue();
        assertThat(Contactgegevens.telefoonnummer("+31 348 476 400")).isTrue();
    }

    @Test
    void notANumberOrTooShortOrTooLong() {
        assertThat(Contactgegevens.telefoonnummer(null)).isFalse();
        assertThat(Contactgegevens.telefoonnummer("12")).isFalse();
        assertThat(Contactgegevens.telefoonnummer("<script>")).isFalse();
        assertThat(Contactgegevens.telefoonnummer("06-1234567890123")).isFalse();
        assertThat(Contactgegevens.telefoonnummer("+31 348 123")).isFalse();
    }
}
