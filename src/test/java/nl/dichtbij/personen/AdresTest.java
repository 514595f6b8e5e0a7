package nl.dichtbij.personen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdresTest {

    @Test
    void aPostcodeIsWrittenWithASpaceBeforeItsLetters() {
        assertThat(new Adres("Kerkstraat", "1", "3441BW", "Woerden", "Binnenstad").regel()).isEqualTo("Kerkstraat 1, 3441 BW Woerden");
        assertThat(new Adres("Kerkstraat", "1", "3441 bw", "Woerden", null).postcodeLeesbaar()).isEqualTo("3441 BW");
    }

    @Test
    void somethingThatIsNoDutchPostcodeStaysAsItIs() {
        assertThat(new Adres("Rue", "2", "B-1000", "Brussel", null).postcodeLeesbaar()).isEqualTo("B-1000");
        assertThat(new Adres("Kerkstraat", "1", null, "Woerden", null).postcodeLeesbaar()).isNull();
    }
}
