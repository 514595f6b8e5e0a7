package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Issue 21: the rules for a reference CSV, one test per rule. */
class ReferentiebestandTest {

    private static final String KOP = "indicator;jaar;niveau;gebied;waarde;eenheid;bron;bron_url\n";
    private static final String GOED = "huishoudens-3-plus;2017;provincie;Provincie Utrecht;40;per 1.000 huishoudens;CBS;https://www.cbs.nl/\n";

    @Test
    void aGoodRowBecomesAFigure() {
        Referentiebestand.Uitkomst u = Referentiebestand.lees(KOP + GOED, 2026);
        assertThat(u.bestandsfout()).isNull();
        assertThat(u.afwijzingen()).isEmpty();
        assertThat(u.goed()).containsExactly(new Referentiecijfer(Indicator.HUISHOUDENS_3_PLUS, 2017, Referentiecijfer.Niveau.PROVINCIE,
                "Provincie Utrecht", new BigDecimal("40.00"), "per 1.000 huishoudens", "CBS", "https://www.cbs.nl/"));
        assertThat(u.goed().getFirst().waardeTekst()).isEqualTo("40");
    }

    @Test
    void brokenRowsAreReportedPerLineAndTheGoodOnesKept() {
        String tekst = KOP
                + GOED                                                                                             // line 2
                + "onbekend;2017;provincie;Utrecht;40;per 1.000;CBS;https://www.cbs.nl/\n"                          // 3
                + "huishoudens-3-plus;17;landelijk;Nederland;50;per 1.000;CBS;https://www.cbs.nl/\n"                // 4
                + "huishoudens-3-plus;2017;wijk;Nederland;50;per 1.000;CBS;https://www.cbs.nl/\n"                   // 5
                + "huishoudens-3-plus;2017;landelijk;Nederland;veel;per 1.000;CBS;https://www.cbs.nl/\n"            // 6
                + "huishoudens-3-plus;2017;landelijk;Nederland;-1;per 1.000;CBS;https://www.cbs.nl/\n"              // 7
                + "huishoudens-3-plus;2017;landelijk;Nederland;50;per 1.000;CBS;javascript:alert(1)\n"              // 8
                + "huishoudens-3-plus;2017;landelijk;\"Neder\nland\";50;per 1.000;;https://www.cbs.nl/\n"           // 9-10
                + "huishoudens-3-plus;2017;landelijk;Nederland\n"                                                   // 11
                + "inwoners-1-voorziening;2015;nationaal;Nederland;55,5;per 1.000 inwoners;SCP;https://www.scp.nl/\n"; // 12
        Referentiebestand.Uitkomst u = Referentiebestand.lees(tekst, 2026);
        assertThat(u.gelezen()).isEqualTo(10);
        assertThat(u.goed()).extracting(Referentiecijfer::indicator).containsExactly(Indicator.HUISHOUDENS_3_PLUS, Indicator.INWONERS_1);
        assertThat(u.goed().get(1).waarde()).isEqualByComparingTo("55.5");
        assertThat(u.goed().get(1).niveau()).isEqualTo(Referentiecijfer.Niveau.LANDELIJK);
        assertThat(u.afwijzingen()).extracting(Importverslag.Afwijzing::regel).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L);
        assertThat(u.afwijzingen().get(0).reden()).contains("De indicator 'onbekend' kennen we niet");
        assertThat(u.afwijzingen().get(1).reden()).contains("geen jaartal");
        assertThat(u.afwijzingen().get(2).reden()).contains("Het niveau 'wijk' kennen we niet");
        assertThat(u.afwijzingen().get(3).reden()).contains("geen getal");
        assertThat(u.afwijzingen().get(4).reden()).contains("een getal van 0 of meer");
        assertThat(u.afwijzingen().get(5).reden()).contains("geen webadres");
        assertThat(u.afwijzingen().get(6).reden()).contains("Vul de bron in");
        assertThat(u.afwijzingen().get(7).reden()).contains("4 kolommen in plaats van 8");
    }

    @Test
    void aYearAfterThisOneIsRefused() {
        Referentiebestand.Uitkomst u = Referentiebestand.lees(KOP + GOED.replace("2017", "2027"), 2026);
        assertThat(u.goed()).isEmpty();
        assertThat(u.afwijzingen().getFirst().reden()).contains("kies een jaar van 2000 tot en met 2026");
    }

    @Test
    void theSameFigureTwiceInOneFileIsRefusedTheSecondTime() {
        Referentiebestand.Uitkomst u = Referentiebestand.lees(KOP + GOED + GOED.replace(";40;", ";41;"), 2026);
        assertThat(u.goed()).hasSize(1);
        assertThat(u.goed().getFirst().waarde()).isEqualByComparingTo("40");
        assertThat(u.afwijzingen()).singleElement().satisfies(a -> {
            assertThat(a.regel()).isEqualTo(3);
            assertThat(a.reden()).contains("staat al een regel eerder in dit bestand");
        });
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAsAWhole() {
        Referentiebestand.Uitkomst u = Referentiebestand.lees("indicator;jaar;waarde\nhuishoudens-3-plus;2017;40\n", 2026);
        assertThat(u.goed()).isEmpty();
        assertThat(u.bestandsfout()).contains("Deze ontbreken: niveau, gebied, eenheid, bron, bron_url");
    }

    @Test
    void commaSeparatedAndABomAreRead() {
        Referentiebestand.Uitkomst u = Referentiebestand.lees("\uFEFF" + (KOP + GOED).replace(';', ','), 2026);
        assertThat(u.afwijzingen()).isEmpty();
        assertThat(u.goed()).hasSize(1);
    }

    @Test
    void anUnclosedQuoteStopsTheFileButKeepsTheRowsBefore() {
        Referentiebestand.Uitkomst u = Referentiebestand.lees(KOP + GOED + "huishoudens-3-plus;2016;\"provincie;Utrecht;40;x;CBS;https://a.nl/\n", 2026);
        assertThat(u.goed()).hasSize(1);
        assertThat(u.bestandsfout()).contains("Na regel 2");
    }

    @Test
    void theReferenceOfTheYearOrElseTheNearestEarlierOneIsShown() {
        Referentiecijfer y2015 = cijfer(2015);
        Referentiecijfer y2017 = cijfer(2017);
        Referentiecijfer y2019 = cijfer(2019);
        assertThat(Referentiecijfers.dichterBij(y2015, y2017, 2017)).isEqualTo(y2017);
        assertThat(Referentiecijfers.dichterBij(y2015, y2019, 2018)).isEqualTo(y2015);
        assertThat(Referentiecijfers.dichterBij(y2019, y2017, 2016)).isEqualTo(y2017);
    }

    private static Referentiecijfer cijfer(int jaar) {
        return new Referentiecijfer(Indicator.HUISHOUDENS_3_PLUS, jaar, Referentiecijfer.Niveau.LANDELIJK, "Nederland", BigDecimal.TEN, "per 1.000", "CBS",
                "https://www.cbs.nl/");
    }

    @Test
    void aUnitOnAnotherBaseThanTheIndicatorsIsRefused() {
        Referentiebestand.Uitkomst u = Referentiebestand.lees(KOP
                + "huishoudens-3-plus;2017;landelijk;Nederland;24,5;per 1.000 inwoners;CBS;https://www.cbs.nl/\n"
                + "inwoners-1-voorziening;2015;landelijk;Nederland;55;per 1.000 huishoudens;SCP;https://www.scp.nl/\n"
                + "inwoners-1-voorziening;2015;landelijk;Nederland;55;per 1.000 Inwoners;SCP;https://www.scp.nl/\n", 2026);
        assertThat(u.afwijzingen()).extracting(Importverslag.Afwijzing::regel).containsExactly(2L, 3L);
        assertThat(u.afwijzingen().getFirst().reden()).contains("De eenheid 'per 1.000 inwoners' past niet bij deze indicator: die telt per 1.000 huishoudens.");
        assertThat(u.goed()).hasSize(1);
    }
}
