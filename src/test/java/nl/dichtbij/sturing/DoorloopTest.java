package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.dichtbij.besluit.Besluitcijfers;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.platform.Wet;

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

    @Test
    void decisionsAreSplitPerLawWithinTermAndForm() {
        LocalDate dag = LocalDate.of(2026, 3, 2);
        List<Besluitcijfers.Besluit> besluiten = List.of(
                new Besluitcijfers.Besluit(1, 7, Wet.WMO, dag, dag.plusDays(14), dag.plusDays(10), Leveringsvorm.ZIN, true),
                new Besluitcijfers.Besluit(2, 7, Wet.WMO, dag, dag.plusDays(14), dag.plusDays(15), Leveringsvorm.PGB, true),
                new Besluitcijfers.Besluit(3, 7, Wet.WMO, dag, dag.plusDays(14), dag.plusDays(20), null, false),
                new Besluitcijfers.Besluit(4, 8, Wet.JEUGDWET, dag, dag.plusDays(56), dag.plusDays(56), Leveringsvorm.ZIN, true));
        List<Doorloop.PerWet> perWet = Doorloop.perWet(besluiten);
        assertThat(perWet).extracting(Doorloop.PerWet::wet).as("in the order of the laws").containsExactly(Wet.JEUGDWET, Wet.WMO);
        Doorloop.PerWet wmo = perWet.get(1);
        assertThat(List.of(wmo.besluiten(), wmo.binnenTermijn(), wmo.zin(), wmo.pgb())).containsExactly(3L, 1L, 1L, 1L);
        assertThat(wmo.procentBinnenTermijn()).isEqualByComparingTo("33.3");
        assertThat(wmo.procentPgb()).isEqualByComparingTo("50.0");
        Doorloop.PerWet jeugd = perWet.get(0);
        assertThat(List.of(jeugd.besluiten(), jeugd.binnenTermijn(), jeugd.zin(), jeugd.pgb())).as("the last day of the term is in time")
                .containsExactly(1L, 1L, 1L, 0L);
        assertThat(jeugd.procentPgb()).isEqualByComparingTo("0.0");
        assertThat(Doorloop.perWet(List.of())).isEmpty();
    }
}
