package nl.dichtbij.participatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LadderbewegingTest {

    private static Ladderbeweging.Meting stap(String wie, int trede, String datum, long volgorde) {
        return new Ladderbeweging.Meting(wie, Trede.van(trede), LocalDate.parse(datum), volgorde);
    }

    @Test
    void theLastStepOfTheYearIsHeldAgainstTheLastStepBeforeIt() {
        var uitkomst = Ladderbeweging.van(2025, List.of(
                stap("a", 2, "2024-06-01", 1), stap("a", 3, "2025-03-01", 2), stap("a", 4, "2025-09-01", 3),
                stap("b", 5, "2024-01-01", 4), stap("b", 3, "2025-05-01", 5),
                stap("c", 3, "2024-01-01", 6), stap("c", 1, "2025-02-01", 7), stap("c", 3, "2025-11-01", 8)));
        assertThat(uitkomst.omhoog()).as("a: 2 to 4").isEqualTo(1);
        assertThat(uitkomst.omlaag()).as("b: 5 to 3").isEqualTo(1);
        assertThat(uitkomst.gelijk()).as("c: down and back up is no move").isEqualTo(1);
        assertThat(uitkomst.stand()).containsEntry(Trede.ONBETAALD_WERK, 1).containsEntry(Trede.GEORGANISEERDE_ACTIVITEITEN, 2);
    }

    @Test
    void someoneNewOnTheLadderIsHeldAgainstHisFirstStepThatYear() {
        var uitkomst = Ladderbeweging.van(2025, List.of(stap("a", 1, "2025-01-10", 1), stap("a", 2, "2025-12-31", 2), stap("b", 4, "2025-04-01", 3)));
        assertThat(uitkomst.omhoog()).isEqualTo(1);
        assertThat(uitkomst.gelijk()).as("one step only: no move").isEqualTo(1);
        assertThat(uitkomst.totaal()).isEqualTo(2);
    }

    @Test
    void onlyThoseWithAStepInTheYearCountAndLaterStepsAreLeftOut() {
        var uitkomst = Ladderbeweging.van(2025, List.of(stap("a", 2, "2024-06-01", 1), stap("b", 2, "2025-06-01", 2), stap("b", 6, "2026-01-01", 3)));
        assertThat(uitkomst.totaal()).as("a had no step in 2025").isEqualTo(1);
        assertThat(uitkomst.gelijk()).as("b's step of 2026 does not count for 2025").isEqualTo(1);
        assertThat(uitkomst.stand()).containsOnlyKeys(Trede.SOCIALE_CONTACTEN);
    }

    @Test
    void twoStepsOnOneDayTheLaterRecordedCounts() {
        var uitkomst = Ladderbeweging.van(2025, List.of(stap("a", 3, "2024-05-01", 1), stap("a", 5, "2025-05-01", 9), stap("a", 2, "2025-05-01", 3)));
        assertThat(uitkomst.omhoog()).as("recorded later: trede 5").isEqualTo(1);
    }
}
