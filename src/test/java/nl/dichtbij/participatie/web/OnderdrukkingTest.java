package nl.dichtbij.participatie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OnderdrukkingTest {

    @Test
    void smallNumbersAreLeftOutAndZeroAndLargeOnesStay() {
        assertThat(ParticipatieController.onderdrukt(List.of(12, 0, 7))).containsExactly("12", "0", "7");
        assertThat(ParticipatieController.onderdrukt(List.of(12, 3, 1))).containsExactly("12", "< 5", "< 5");
    }

    @Test
    void oneLeftOutNumberTakesTheSmallestOtherWithItSoItCannotBeWorkedOut() {
        assertThat(ParticipatieController.onderdrukt(List.of(12, 39, 2))).containsExactly("weggelaten", "39", "< 5");
        assertThat(ParticipatieController.onderdrukt(List.of(0, 0, 2, 0, 9, 20))).containsExactly("0", "0", "< 5", "0", "weggelaten", "20");
    }

    @Test
    void aLoneSmallNumberAmongZerosStaysLeftOut() {
        assertThat(ParticipatieController.onderdrukt(List.of(0, 3, 0))).containsExactly("0", "< 5", "0");
    }
}
