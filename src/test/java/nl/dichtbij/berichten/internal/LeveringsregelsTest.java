package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.internal.Leveringsregels.Afgekeurd;
import nl.dichtbij.berichten.internal.Leveringsregels.Gestopt;
import nl.dichtbij.berichten.internal.Leveringsregels.NieuweStart;
import nl.dichtbij.berichten.internal.Leveringsregels.Start;
import nl.dichtbij.berichten.internal.Leveringsregels.StartVerwijderd;
import nl.dichtbij.berichten.internal.Leveringsregels.StopVerwijderd;
import nl.dichtbij.berichten.xml.Standaard;

import org.junit.jupiter.api.Test;

/** One test per rule on start (305) and stop (307) of delivery, and every return code they can give. */
class LeveringsregelsTest {

    private static final LocalDate INGANG = LocalDate.of(2026, 1, 1);
    private static final LocalDate EINDE = LocalDate.of(2026, 12, 31);
    private static final LocalDate MAART = LocalDate.of(2026, 3, 1);
    private static final Toewijzing TOEWIJZING = toewijzing(null);

    private static Toewijzing toewijzing(String redenWijziging) {
        return new Toewijzing(1, "0632", Standaard.IJW, 1001, null, null, "999900006", "42420001", "Jeugdhulp Voorbeeld B.V.", "45", "45A48",
                "Ambulante jeugdhulp", INGANG, EINDE, 4, "04", "2", null, redenWijziging, null, null, Levering.NIET_GESTART, null, null, null);
    }

    private static Start lopend(LocalDate begin) {
        return new Start(1, begin, null, null);
    }

    private static Start gestopt(LocalDate begin, LocalDate einde, String reden) {
        return new Start(2, begin, einde, reden);
    }

    private static Leveringsregels.Besluit start(List<Start> huidige, LocalDate begin, String status) {
        return Leveringsregels.start(TOEWIJZING, huidige, begin, status);
    }

    private static Leveringsregels.Besluit stop(List<Start> huidige, LocalDate begin, LocalDate einde, String reden, String status) {
        return Leveringsregels.stop(huidige, begin, einde, reden, status);
    }

    @Test
    void aFirstStartWithinTheToewijzingIsRegistered() {
        assertThat(start(List.of(), MAART, "1")).isEqualTo(new NieuweStart(MAART));
        assertThat(start(List.of(), INGANG, "1")).as("on its first day").isEqualTo(new NieuweStart(INGANG));
        assertThat(start(List.of(), EINDE, "1")).as("on its last day").isEqualTo(new NieuweStart(EINDE));
    }

    @Test
    void op033x2StatusAanlevering2Or9IsNotAllowedForAStartOrAStop() {
        assertThat(start(List.of(), MAART, "2")).isEqualTo(new Afgekeurd(Retourcode.TECHNISCH_AFGEKEURD));
        assertThat(start(List.of(), MAART, "9")).isEqualTo(new Afgekeurd(Retourcode.TECHNISCH_AFGEKEURD));
        assertThat(stop(List.of(lopend(MAART)), MAART, EINDE, "01", "2")).isEqualTo(new Afgekeurd(Retourcode.TECHNISCH_AFGEKEURD));
    }

    @Test
    void tr019AStartOutsideTheToewijzingOrOnAWithdrawnOneCannotBeLinked() {
        assertThat(start(List.of(), INGANG.minusDays(1), "1")).isEqualTo(new Afgekeurd(Retourcode.GEEN_TOEWIJZING_BIJ_REGIEBERICHT));
        assertThat(start(List.of(), EINDE.plusDays(1), "1")).isEqualTo(new Afgekeurd(Retourcode.GEEN_TOEWIJZING_BIJ_REGIEBERICHT));
        assertThat(Leveringsregels.start(toewijzing("13"), List.of(), MAART, "1"))
                .isEqualTo(new Afgekeurd(Retourcode.GEEN_TOEWIJZING_BIJ_REGIEBERICHT));
    }

    @Test
    void tr074TheSameStartTwiceIsRefused() {
        assertThat(start(List.of(lopend(MAART)), MAART, "1")).isEqualTo(new Afgekeurd(Retourcode.ZELFDE_SLEUTEL_AL_ONTVANGEN));
    }

    @Test
    void tr326ANewStartWaitsUntilTheCurrentDeliveryIsStopped() {
        assertThat(start(List.of(lopend(MAART)), MAART.plusMonths(1), "1")).isEqualTo(new Afgekeurd(Retourcode.LEVERING_NIET_GESTOPT));
        assertThat(start(List.of(gestopt(MAART, MAART.plusDays(10), "01")), MAART.plusMonths(1), "1"))
                .as("after a stop").isEqualTo(new NieuweStart(MAART.plusMonths(1)));
        assertThat(start(List.of(gestopt(MAART, MAART.plusDays(10), "20")), MAART.plusMonths(1), "1"))
                .as("after an interruption (reden 20)").isEqualTo(new NieuweStart(MAART.plusMonths(1)));
    }

    @Test
    void tr063AndTr071AStartIsWithdrawnOnlyIfItExistsAndDeliveryHasNotEnded() {
        Start maart = lopend(MAART);
        assertThat(start(List.of(maart), MAART, "3")).isEqualTo(new StartVerwijderd(maart));
        assertThat(start(List.of(), MAART, "3")).isEqualTo(new Afgekeurd(Retourcode.GEEN_EERDER_BERICHT));
        assertThat(start(List.of(gestopt(MAART, EINDE, "01")), MAART, "3")).isEqualTo(new Afgekeurd(Retourcode.ZORG_AL_BEEINDIGD));
    }

    @Test
    void aStopClosesTheCurrentStartWithTheSameBeginDate() {
        Start maart = lopend(MAART);
        assertThat(stop(List.of(maart), MAART, EINDE, "01", "1")).isEqualTo(new Gestopt(maart, EINDE, "01"));
        assertThat(stop(List.of(maart), MAART, MAART, "01", "1")).as("the same day").isEqualTo(new Gestopt(maart, MAART, "01"));
    }

    @Test
    void tr069AStopNeedsACurrentStart() {
        assertThat(stop(List.of(), MAART, EINDE, "01", "1")).isEqualTo(new Afgekeurd(Retourcode.GEEN_ACTUEEL_STARTBERICHT));
        assertThat(stop(List.of(lopend(MAART)), MAART.plusDays(1), EINDE, "01", "1"))
                .isEqualTo(new Afgekeurd(Retourcode.GEEN_ACTUEEL_STARTBERICHT));
    }

    @Test
    void tr415AStoppedDeliveryIsNotStoppedAgain() {
        assertThat(stop(List.of(gestopt(MAART, EINDE, "01")), MAART, EINDE, "02", "1")).isEqualTo(new Afgekeurd(Retourcode.AL_GESTOPT));
    }

    @Test
    void tr413AndTr414AnInterruptionIsFollowedByARealStopNotBeforeIt() {
        Start onderbroken = gestopt(MAART, MAART.plusMonths(1), "20");
        assertThat(stop(List.of(onderbroken), MAART, EINDE, "20", "1")).isEqualTo(new Afgekeurd(Retourcode.AL_GESTOPT_MET_REDEN_20));
        assertThat(stop(List.of(onderbroken), MAART, MAART.plusDays(5), "01", "1"))
                .isEqualTo(new Afgekeurd(Retourcode.EINDDATUM_VOOR_EERDERE_STOP));
        assertThat(stop(List.of(onderbroken), MAART, EINDE, "01", "1")).isEqualTo(new Gestopt(onderbroken, EINDE, "01"));
    }

    @Test
    void tr414AStopDoesNotEndBeforeItsStart() {
        assertThat(stop(List.of(lopend(MAART)), MAART, MAART.minusDays(1), "01", "1"))
                .isEqualTo(new Afgekeurd(Retourcode.EINDDATUM_VOOR_EERDERE_STOP));
    }

    @Test
    void tr063AStopIsWithdrawnOnlyIfThereIsOne() {
        Start gestopt = gestopt(MAART, EINDE, "01");
        assertThat(stop(List.of(gestopt), MAART, EINDE, "01", "3")).isEqualTo(new StopVerwijderd(gestopt));
        assertThat(stop(List.of(lopend(MAART)), MAART, EINDE, "01", "3")).isEqualTo(new Afgekeurd(Retourcode.GEEN_EERDER_BERICHT));
        assertThat(stop(List.of(), MAART, EINDE, "01", "3")).isEqualTo(new Afgekeurd(Retourcode.GEEN_EERDER_BERICHT));
    }

    @Test
    void theDeliveryStatusFollowsTheLatestCurrentStart() {
        assertThat(Leveringsregels.levering(Optional.empty())).isEqualTo(Levering.NIET_GESTART);
        assertThat(Leveringsregels.levering(Optional.of(lopend(MAART)))).isEqualTo(Levering.GESTART);
        assertThat(Leveringsregels.levering(Optional.of(gestopt(MAART, EINDE, "20")))).isEqualTo(Levering.TIJDELIJK_GESTOPT);
        assertThat(Leveringsregels.levering(Optional.of(gestopt(MAART, EINDE, "01")))).isEqualTo(Levering.GESTOPT);
    }
}
