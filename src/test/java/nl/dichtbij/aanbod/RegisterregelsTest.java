package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.dichtbij.aanbod.Registerregels.Keurmerkstand;

import org.junit.jupiter.api.Test;

/** One test per rule of the provider register. */
class RegisterregelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);

    @Test
    void agbCodeIsEightDigitsAsTheStandardsSay() {
        assertThat(Registerregels.agbCode("42420001")).isEmpty();
        assertThat(Registerregels.agbCode("01234567")).isEmpty();
        assertThat(Registerregels.agbCode(null)).contains("Vul de AGB-code in. Die heeft 8 cijfers.");
        assertThat(Registerregels.agbCode(" ")).isPresent();
        assertThat(Registerregels.agbCode("4242001")).get().asString().contains("precies 8 cijfers");
        assertThat(Registerregels.agbCode("424200011")).get().asString().contains("precies 8 cijfers");
        assertThat(Registerregels.agbCode("4242 001")).get().asString().contains("precies 8 cijfers");
        assertThat(Registerregels.agbCode("4242000A")).get().asString().contains("precies 8 cijfers");
        assertThat(Registerregels.agbCode("٤٢٤٢٠٠٠١")).as("only ASCII digits").isPresent();
    }

    @Test
    void agbCodeDoesNotStartWithZeroZero() {
        assertThat(Registerregels.agbCode("00123456")).get().asString().contains("begint niet met 00");
    }

    @Test
    void kvkNumberIsEightDigitsWithoutCheckDigit() {
        assertThat(Registerregels.kvkNummer("30123456", true)).isEmpty();
        assertThat(Registerregels.kvkNummer("12345678", true)).as("no eleven-test or other check digit").isEmpty();
        assertThat(Registerregels.kvkNummer("3012345", true)).get().asString().contains("precies 8 cijfers");
        assertThat(Registerregels.kvkNummer("30 12 34 56", true)).isPresent();
        assertThat(Registerregels.kvkNummer("", true)).contains("Vul het KvK-nummer in. Dat heeft 8 cijfers.");
        assertThat(Registerregels.kvkNummer(null, false)).as("optional for a provider registered before the register").isEmpty();
        assertThat(Registerregels.kvkNummer("abc", false)).isPresent();
    }

    @Test
    void postcodeIsFourDigitsAndTwoLetters() {
        assertThat(Registerregels.postcode("3441 BW")).isEmpty();
        assertThat(Registerregels.postcode("3441bw")).isEmpty();
        assertThat(Registerregels.schrijfPostcode("3441bw")).isEqualTo("3441 BW");
        assertThat(Registerregels.schrijfPostcode(" 3441 Bw ")).isEqualTo("3441 BW");
        assertThat(Registerregels.postcode("0441 BW")).as("no postcode starts with 0").isPresent();
        assertThat(Registerregels.postcode("3441")).get().asString().contains("4 cijfers en 2 letters");
        assertThat(Registerregels.postcode("3441 B1")).isPresent();
        assertThat(Registerregels.postcode(null)).isPresent();
    }

    @Test
    void endDateNotBeforeStart() {
        LocalDate start = LocalDate.of(2020, 1, 1);
        assertThat(Registerregels.einde(start, start)).isEmpty();
        assertThat(Registerregels.einde(start, start.plusDays(1))).isEmpty();
        assertThat(Registerregels.einde(null, start)).as("a provider registered without start date").isEmpty();
        assertThat(Registerregels.einde(start, start.minusDays(1))).get().asString().contains("ligt voor de startdatum (1 januari 2020)");
        assertThat(Registerregels.einde(start, null)).contains("Vul de datum in waarop het eindigt.");
    }

    @Test
    void qualityMarkUntilNotBeforeFrom() {
        LocalDate vanaf = LocalDate.of(2025, 6, 1);
        assertThat(Registerregels.keurmerkPeriode(vanaf, vanaf.plusYears(3))).isEmpty();
        assertThat(Registerregels.keurmerkPeriode(vanaf, null)).isEmpty();
        assertThat(Registerregels.keurmerkPeriode(vanaf, vanaf)).isEmpty();
        assertThat(Registerregels.keurmerkPeriode(vanaf, vanaf.minusDays(1))).get().asString().contains("'Geldig tot' ligt voor 'geldig vanaf'");
        assertThat(Registerregels.keurmerkPeriode(null, vanaf)).isPresent();
    }

    @Test
    void expiredQualityMarksAreFlagged() {
        LocalDate vanaf = LocalDate.of(2024, 1, 1);
        assertThat(Registerregels.keurmerkstand(vanaf, null, null, VANDAAG)).isEqualTo(Keurmerkstand.GELDIG);
        assertThat(Registerregels.keurmerkstand(vanaf, VANDAAG.plusDays(32), null, VANDAAG)).isEqualTo(Keurmerkstand.GELDIG);
        assertThat(Registerregels.keurmerkstand(vanaf, VANDAAG.plusDays(31), null, VANDAAG)).isEqualTo(Keurmerkstand.VERLOOPT_BINNENKORT);
        assertThat(Registerregels.keurmerkstand(vanaf, VANDAAG, null, VANDAAG)).as("the last valid day").isEqualTo(Keurmerkstand.VERLOOPT_BINNENKORT);
        assertThat(Registerregels.keurmerkstand(vanaf, VANDAAG.minusDays(1), null, VANDAAG)).isEqualTo(Keurmerkstand.VERLOPEN);
        assertThat(Registerregels.keurmerkstand(vanaf, null, VANDAAG, VANDAAG)).isEqualTo(Keurmerkstand.BEEINDIGD);
        assertThat(Registerregels.keurmerkstand(vanaf, null, VANDAAG.plusDays(3), VANDAAG)).isEqualTo(Keurmerkstand.GELDIG);
        assertThat(Registerregels.keurmerkstand(VANDAAG.plusDays(1), null, null, VANDAAG)).isEqualTo(Keurmerkstand.NOG_NIET_GELDIG);
        assertThat(Keurmerkstand.VERLOPEN.letOp()).isTrue();
        assertThat(Keurmerkstand.VERLOOPT_BINNENKORT.letOp()).isTrue();
        assertThat(Keurmerkstand.GELDIG.letOp()).isFalse();
    }
}
