package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The median waiting time the contracts and the provider pages show. */
class ContractuitvoeringTest {

    @Test
    void theMiddleDayOrTheRoundedMeanOfTheTwoMiddleOnes() {
        assertThat(Contractuitvoering.mediaan(List.of())).isNull();
        assertThat(Contractuitvoering.mediaan(List.of(9L))).isEqualTo(9);
        assertThat(Contractuitvoering.mediaan(List.of(30L, 2L, 14L))).isEqualTo(14);
        assertThat(Contractuitvoering.mediaan(List.of(10L, 20L, 5L, 40L))).isEqualTo(15);
        assertThat(Contractuitvoering.mediaan(List.of(10L, 21L))).as("15.5 rounds up").isEqualTo(16);
    }
}
