package nl.dichtbij.veiligheid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The date rules of the safety records: 10 working days for Veilig Thuis, when a measure runs, a valid end. */
class TerugkoppelingTest {

    private static final LocalDate MAANDAG = LocalDate.of(2026, 11, 2);

    @Test
    void tenWorkingDaysSkipTheWeekends() {
        assertThat(Terugkoppeling.termijn(MAANDAG)).isEqualTo(LocalDate.of(2026, 11, 16));
        LocalDate vrijdag = LocalDate.of(2026, 11, 6);
        assertThat(Terugkoppeling.termijn(vrijdag)).isEqualTo(LocalDate.of(2026, 11, 20));
        LocalDate zaterdag = LocalDate.of(2026, 11, 7);
        assertThat(Terugkoppeling.termijn(zaterdag)).as("a referral on a Saturday counts from Monday").isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void anOpenReferralWaitsOnceTheTermIsOver() {
        assertThat(Terugkoppeling.wachtOpTerugkoppeling(MAANDAG, null, LocalDate.of(2026, 11, 13))).isFalse();
        assertThat(Terugkoppeling.wachtOpTerugkoppeling(MAANDAG, null, LocalDate.of(2026, 11, 16))).isTrue();
        assertThat(Terugkoppeling.wachtOpTerugkoppeling(MAANDAG, Vtuitkomst.ADVIES, LocalDate.of(2026, 12, 16)))
                .as("an outcome came back").isFalse();
    }

    @Test
    void aMeasureRunsFromItsStartUpToAndIncludingItsEnd() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate eind = LocalDate.of(2026, 6, 30);
        assertThat(Maatregelen.loopt(start, eind, start.minusDays(1))).isFalse();
        assertThat(Maatregelen.loopt(start, eind, start)).isTrue();
        assertThat(Maatregelen.loopt(start, eind, eind)).isTrue();
        assertThat(Maatregelen.loopt(start, eind, eind.plusDays(1))).isFalse();
        assertThat(Maatregelen.loopt(start, null, LocalDate.of(2030, 1, 1))).as("no end: it runs on").isTrue();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Map<String, String> fouten = new LinkedHashMap<>();
        Maatregelen.einde(fouten, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28));
        assertThat(fouten).containsKey("eind");
        Map<String, String> goed = new LinkedHashMap<>();
        Maatregelen.einde(goed, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        Maatregelen.einde(goed, LocalDate.of(2026, 3, 1), null);
        assertThat(goed).isEmpty();
    }
}
