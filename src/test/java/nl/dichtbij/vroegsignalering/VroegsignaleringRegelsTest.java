package nl.dichtbij.vroegsignalering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pure rules of vroegsignalering: the first-contact deadline, the checks on one signal, the retention term, the figures. */
class VroegsignaleringRegelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23); // a Monday

    @Test
    void aThreatGivesThreeWorkingDaysOtherwiseFourWeeksMovedOffHolidays() {
        assertThat(Contacttermijn.uiterlijk(VANDAAG, true)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(Contacttermijn.uiterlijk(VANDAAG, false)).isEqualTo(LocalDate.of(2026, 12, 21));
        // Thursday before Christmas: 25 and 26 December and the Sunday are no working days
        assertThat(Contacttermijn.uiterlijk(LocalDate.of(2026, 12, 24), true)).isEqualTo(LocalDate.of(2026, 12, 30));
        // four weeks end on King's Day 2027 (Tuesday 27 April): the next working day
        assertThat(Contacttermijn.uiterlijk(LocalDate.of(2027, 3, 30), false)).isEqualTo(LocalDate.of(2027, 4, 28));
        assertThat(Contacttermijn.verstreken(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26))).isFalse();
        assertThat(Contacttermijn.verstreken(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27))).isTrue();
    }

    @Test
    void aGoodSignalIsReadByBsnOrByAddress() {
        Signaalregel.Uitslag opBsn = Signaalregel.lees(new Signaalinvoer(" 999900006 ", null, null, null, "GW-1", "2026-11-20", "2-maanden", "ja"), VANDAAG);
        assertThat(opBsn.goed()).isTrue();
        assertThat(opBsn.gelezen()).isEqualTo(new Signaalregel.Gelezen("999900006", null, null, "GW-1", LocalDate.of(2026, 11, 20),
                Achterstand.TWEE_MAANDEN, true));
        Signaalregel.Uitslag opAdres = Signaalregel.lees(new Signaalinvoer("", "3441 bw", "12", "A", "GW-2", "20-11-2026", "3 maanden of meer", ""), VANDAAG);
        assertThat(opAdres.gelezen().opAdres()).isTrue();
        assertThat(opAdres.gelezen().postcode()).isEqualTo("3441BW");
        assertThat(opAdres.gelezen().huisnummer()).isEqualTo("12a");
        assertThat(opAdres.gelezen().adresTekst()).isEqualTo("3441 BW 12a");
        assertThat(opAdres.gelezen().achterstand()).isEqualTo(Achterstand.DRIE_OF_MEER);
        assertThat(opAdres.gelezen().dreiging()).isFalse();
    }

    @Test
    void aBadSignalGetsAClearDutchReason() {
        assertThat(reden(new Signaalinvoer("123456789", null, null, null, "K", "2026-11-20", "1-maand", null)))
                .isEqualTo("Het BSN '123456789' klopt niet. Een BSN heeft 9 cijfers en voldoet aan de elfproef.");
        assertThat(reden(new Signaalinvoer(null, null, null, null, "K", "2026-11-20", "1-maand", null)))
                .isEqualTo("Vul een BSN in, of een postcode met huisnummer.");
        assertThat(reden(new Signaalinvoer(null, "34411", "12", null, "K", "2026-11-20", "1-maand", null))).startsWith("De postcode '34411' klopt niet.");
        assertThat(reden(new Signaalinvoer(null, "3441BW", "12a", null, "K", "2026-11-20", "1-maand", null))).startsWith("Het huisnummer '12a' klopt niet.");
        assertThat(reden(new Signaalinvoer("999900006", null, null, null, " ", "2026-11-20", "1-maand", null))).startsWith("Vul het kenmerk in");
        assertThat(reden(new Signaalinvoer("999900006", null, null, null, "K", "31-02-2026", "1-maand", null)))
                .isEqualTo("De datum '31-02-2026' is geen datum. Schrijf bijvoorbeeld 2026-11-23.");
        assertThat(reden(new Signaalinvoer("999900006", null, null, null, "K", "2026-11-24", "1-maand", null))).isEqualTo("De datum 2026-11-24 ligt in de toekomst.");
        assertThat(reden(new Signaalinvoer("999900006", null, null, null, "K", "2025-11-23", "1-maand", null))).contains("meer dan een jaar terug");
        assertThat(reden(new Signaalinvoer("999900006", null, null, null, "K", "2026-11-20", "veel", null)))
                .isEqualTo("De achterstand 'veel' kennen we niet. Gebruik 1-maand, 2-maanden of 3-maanden-of-meer.");
        assertThat(reden(new Signaalinvoer("999900006", null, null, null, "K", "2026-11-20", "1-maand", "misschien"))).startsWith("Vul bij dreiging ja of nee in");
        assertThat(reden(new Signaalinvoer("999900006", null, null, null, "K".repeat(61), "2026-11-20", "1-maand", null))).contains("langer dan 60");
    }

    @Test
    void aRowWithSeveralMistakesGetsEveryReasonAtOnce() {
        Signaalregel.Uitslag uitslag = Signaalregel.lees(new Signaalinvoer(null, "34411", "12", null, "", "morgen", "veel", "misschien"), VANDAAG);
        assertThat(uitslag.goed()).isFalse();
        assertThat(uitslag.redenen()).hasSize(5);
        assertThat(uitslag.redenen().get(0)).startsWith("De postcode '34411' klopt niet.");
        assertThat(uitslag.redenen().get(1)).startsWith("Vul het kenmerk in");
        assertThat(uitslag.redenen().get(2)).startsWith("De datum 'morgen' is geen datum.");
        assertThat(uitslag.redenen().get(3)).startsWith("De achterstand 'veel' kennen we niet.");
        assertThat(uitslag.redenen().get(4)).startsWith("Vul bij dreiging ja of nee in");
        assertThat(uitslag.reden()).isEqualTo(String.join(" ", uitslag.redenen()));
    }

    @Test
    void aSignalWithoutDebtHelpGoesTwelveMonthsAfterReceipt() {
        LocalDate ontvangen = LocalDate.of(2025, 11, 23);
        assertThat(Bewaartermijn.vernietigen(ontvangen, null, VANDAAG)).isTrue();
        assertThat(Bewaartermijn.vernietigen(ontvangen, Uitkomst.NIET_BEREIKT, VANDAAG)).isTrue();
        assertThat(Bewaartermijn.vernietigen(ontvangen, Uitkomst.HULP_GEWEIGERD, VANDAAG)).isTrue();
        assertThat(Bewaartermijn.vernietigen(ontvangen, Uitkomst.HULP_AANGENOMEN, VANDAAG)).as("it became debt help").isFalse();
        assertThat(Bewaartermijn.vernietigen(ontvangen.plusDays(1), null, VANDAAG)).isFalse();
        assertThat(Bewaartermijn.vernietigenVanaf(ontvangen)).isEqualTo(VANDAAG);
        assertThat(Bewaartermijn.vernietigenVanaf(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void theFiguresCountPerMonthAndLeaveSmallNumbersOut() {
        List<Signaaltelling.Rij> rijen = List.of(
                new Signaaltelling.Rij(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), Uitkomst.HULP_AANGENOMEN, LocalDate.of(2026, 6, 1)),
                new Signaaltelling.Rij(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 13), Uitkomst.HULP_AANGENOMEN, null),
                new Signaaltelling.Rij(LocalDate.of(2026, 3, 9), null, Uitkomst.NIET_BEREIKT, null),
                new Signaaltelling.Rij(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), Uitkomst.HULP_GEWEIGERD, null),
                new Signaaltelling.Rij(LocalDate.of(2026, 4, 1), null, null, null));
        List<Signaaltelling.Maand> maanden = Signaaltelling.perMaand(2026, rijen, YearMonth.of(2026, 4));
        assertThat(maanden).hasSize(4);
        Signaaltelling.Maand maart = maanden.get(2);
        assertThat(maart).isEqualTo(new Signaaltelling.Maand(YearMonth.of(2026, 3), 4, 3, 2, 1, 2.0, 3));
        assertThat(maanden.get(3).ontvangen()).isEqualTo(1);
        assertThat(Signaaltelling.mediaan(List.of(2L, 10L, 1L, 4L))).isEqualTo(3.0);
        assertThat(Signaaltelling.mediaan(List.of(2L, 9L, 1L, 4L))).isEqualTo(3.0);
        assertThat(Signaaltelling.mediaan(List.of(2L, 9L, 1L, 5L))).isEqualTo(3.5);
        assertThat(Signaaltelling.mediaan(List.of())).isNull();
        assertThat(Signaaltelling.aantal(0)).isEqualTo("0");
        assertThat(Signaaltelling.aantal(4)).isEqualTo("< 5");
        assertThat(Signaaltelling.aantal(5)).isEqualTo("5");
        assertThat(Signaaltelling.totaal(12, List.of(8, 4))).as("the 4 could be worked out").isEqualTo("weggelaten");
        assertThat(Signaaltelling.totaal(13, List.of(8, 5, 0))).isEqualTo("13");
        assertThat(Signaaltelling.mediaan(3.5, 6)).isEqualTo("3,5");
        assertThat(Signaaltelling.mediaan(4.0, 5)).isEqualTo("4");
        assertThat(Signaaltelling.mediaan(4.0, 4)).isEqualTo("te weinig");
        assertThat(Signaaltelling.mediaan(null, 0)).isEqualTo("–");
    }

    private static String reden(Signaalinvoer invoer) {
        Signaalregel.Uitslag uitslag = Signaalregel.lees(invoer, VANDAAG);
        assertThat(uitslag.goed()).isFalse();
        return uitslag.reden();
    }
}
