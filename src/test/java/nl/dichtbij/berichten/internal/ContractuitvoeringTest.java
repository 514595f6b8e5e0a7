package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The median waiting time the contracts and the provider pages show, from the number of starts per waiting day. */
class ContractuitvoeringTest {

    @Test
    void theMiddleDayOrTheRoundedMeanOfTheTwoMiddleOnes() {
        assertThat(Contractuitvoering.mediaan(dagen())).isNull();
        assertThat(Contractuitvoering.mediaan(dagen(9))).isEqualTo(9);
        assertThat(Contractuitvoering.mediaan(dagen(30, 2, 14))).isEqualTo(14);
        assertThat(Contractuitvoering.mediaan(dagen(10, 20, 5, 40))).isEqualTo(15);
        assertThat(Contractuitvoering.mediaan(dagen(10, 21))).as("15.5 rounds up").isEqualTo(16);
    }

    @Test
    void startsOnTheSameDayCountEachTime() {
        assertThat(Contractuitvoering.mediaan(dagen(3, 3, 3, 50))).isEqualTo(3);
        assertThat(Contractuitvoering.mediaan(dagen(3, 3, 50, 50))).as("(3 + 50) / 2 = 26.5").isEqualTo(27);
        assertThat(Contractuitvoering.mediaan(dagen(1, 7, 7, 7, 7, 60))).isEqualTo(7);
        assertThat(Contractuitvoering.mediaan(dagen(0, 0, 1))).isZero();
    }

    private static SortedMap<Integer, Long> dagen(int... wachtdagen) {
        SortedMap<Integer, Long> telling = new TreeMap<>();
        for (int d : wachtdagen) {
            telling.merge(d, 1L, Long::sum);
        }
        return telling;
    }
}
