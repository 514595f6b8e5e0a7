package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DoorloopTest {

    @Test
    void percentilesByNearestRank() {
        assertThat(Doorloop.percentiel(List.of(), 50)).isNull();
        assertThat(Doorloop.percentiel(List.of(7L), 50)).isEqualTo(7L);
        assertThat(Doorloop.percentiel(List.of(10L, 1L, 4L, 3L), 50)).isEqualTo(3L);
        assertThat(Doorloop.percentiel(List.of(10L, 1L, 4L, 3L, 8L), 80)).isEqualTo(8L);
    }

    @Test
    void aStepCountsOnlyCasesOfTheYearThatReachedBothEndsInOrder() {
        LocalDate jan = LocalDate.of(2026, 1, 10);
        Map<Long, LocalDate> meldingen = Map.of(1L, jan, 2L, jan, 3L, jan);
        Map<Long, LocalDate> gesprek = Map.of(1L, jan.plusDays(5), 2L, jan.plusDays(20), 3L, jan.plusDays(9), 4L, jan);
        Map<Long, LocalDate> plan = Map.of(1L, jan.plusDays(15), 2L, jan.plusDays(10), 4L, jan.plusDays(3));
        Doorloop.Stap stap = Doorloop.stap("Gesprek", "Plan", meldingen, gesprek, plan);
        assertThat(stap.aantal()).as("case 2 has its plan before the talk, case 3 no plan, case 4 no melding this year").isEqualTo(1);
        assertThat(stap.mediaanDagen()).isEqualTo(10L);
    }

    @Test
    void aShareWithoutAnythingToCountHasNoPercentage() {
        assertThat(Doorloop.Aandeel.van("x", 0, 0).procent()).isNull();
        assertThat(Doorloop.Aandeel.van("x", 1, 3).procent()).isEqualByComparingTo("33.3");
    }
}
