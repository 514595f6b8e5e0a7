package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.dichtbij.aanbod.Aanbieder;
import nl.dichtbij.aanbod.Product;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.termijnen.Bezwaartermijnen;

import org.junit.jupiter.api.Test;

/** The aanvraag and the beschikking guard their own life: one rule per test, without a database. */
class BeschikkingTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);
    private static final Instant NU = Instant.parse("2026-12-02T10:00:00Z");
    private static final Product BEGELEIDING = new Product(1, "0632", Wet.WMO, "02", "Begeleiding", "02A01", "Individuele begeleiding");
    private static final Aanbieder ZORG_DICHTBIJ = new Aanbieder(7, "42420002", "Zorg Dichtbij Woerden");

    private static Aanvraag aanvraag() {
        return new Aanvraag(11, "0632", 5, 2, "999990019", Wet.WMO, "Begeleiding bij de post", "wmoconsulent", VANDAAG,
                Aanvraag.termijn(Wet.WMO).einde(VANDAAG), null, null, false, 0L);
    }

    private static BeslisVerzoek toekenning(BigDecimal pgb) {
        return new BeslisVerzoek(Uitkomst.TOEKENNING, " Zelf de post bijhouden ", "Meneer overziet zijn post niet meer.", "02A01", 3, " 04 ",
                "2", null, VANDAAG, VANDAAG.plusYears(1), pgb == null ? Leveringsvorm.ZIN : Leveringsvorm.PGB, pgb == null ? 7L : null, pgb);
    }

    private static Beschikking genomen(BeschikkingStatus status) {
        Beslisregels.Controle controle = new Beslisregels.Controle(Map.of(), BEGELEIDING, ZORG_DICHTBIJ);
        return Beschikking.nemen(aanvraag(), toekenning(null), controle, status, "wmoconsulent", "Willem Visser", NU);
    }

    private static Beschikking verzonden() {
        return genomen(BeschikkingStatus.VASTGESTELD).verzenden(VANDAAG);
    }

    private static Map<String, String> fouten(Runnable actie) {
        try {
            actie.run();
            return Map.of();
        } catch (OngeldigeInvoerException e) {
            return e.fouten();
        }
    }

    @Test
    void aNewAanvraagRunsItsLegalTermFromToday() {
        Aanvraag a = Aanvraag.indienen("0632", 5, 2, "999990019", Wet.WMO, "  Hulp bij de post ", "wmoconsulent", VANDAAG);
        assertThat(a.omschrijving()).isEqualTo("Hulp bij de post");
        assertThat(a.uiterlijk()).isEqualTo(Aanvraag.termijn(Wet.WMO).einde(VANDAAG));
        assertThat(a.versie()).as("new: Spring Data inserts it").isNull();
        assertThat(a.besloten()).isFalse();
    }

    @Test
    void anAanvraagIsDeferredOnceByOneToEightWeeksWithAReason() {
        Aanvraag verdaagd = aanvraag().verdagen(2, " Wij wachten op het advies van de huisarts. ");
        assertThat(verdaagd.uiterlijk()).isAfter(aanvraag().uiterlijk());
        assertThat(verdaagd.verdagingReden()).isEqualTo("Wij wachten op het advies van de huisarts.");
        assertThat(fouten(() -> verdaagd.verdagen(1, "Nog eens"))).containsEntry("weken", "Deze aanvraag is al eens verdaagd.");
        assertThat(fouten(() -> aanvraag().verdagen(9, "Reden"))).containsEntry("weken", "Verdaag met 1 tot 8 weken.");
        assertThat(fouten(() -> aanvraag().verdagen(0, "Reden"))).containsKey("weken");
        assertThat(fouten(() -> aanvraag().verdagen(2, " "))).containsKey("reden");
        assertThat(fouten(() -> aanvraag().besluiten().verdagen(2, "Reden"))).containsEntry("weken", "Op deze aanvraag is al besloten.");
    }

    @Test
    void anAanvraagIsDecidedOnce() {
        Aanvraag besloten = aanvraag().besluiten();
        assertThat(besloten.besloten()).isTrue();
        assertThat(besloten.versie()).as("the version the database checks").isEqualTo(0L);
        assertThat(fouten(besloten::besluiten)).containsEntry("uitkomst", "Op deze aanvraag is al besloten.");
    }

    @Test
    void aDecisionTakesWhatTheCheckedRequestSays() {
        Beschikking b = genomen(BeschikkingStatus.VASTGESTELD);
        assertThat(b.productcode()).isEqualTo("02A01");
        assertThat(b.aanbiederNaam()).isEqualTo("Zorg Dichtbij Woerden");
        assertThat(b.eenheid()).isEqualTo("04");
        assertThat(b.resultaat()).isEqualTo("Zelf de post bijhouden");
        assertThat(b.eersteEinddatum()).isEqualTo(b.einddatum());
        assertThat(b.verzondenDatum()).isNull();
    }

    @Test
    void aRefusalNamesNoProductPeriodOrProvider() {
        BeslisVerzoek afwijzing = new BeslisVerzoek(Uitkomst.AFWIJZING, "genegeerd", "Het netwerk helpt al.", "02A01", 3, "04", "2", null,
                VANDAAG, VANDAAG.plusYears(1), Leveringsvorm.ZIN, 7L, null);
        Beschikking b = Beschikking.nemen(aanvraag(), afwijzing, new Beslisregels.Controle(Map.of(), null, null), BeschikkingStatus.VASTGESTELD,
                "wmoconsulent", "Willem Visser", NU);
        assertThat(b.productcode()).isNull();
        assertThat(b.einddatum()).isNull();
        assertThat(b.aanbiederId()).isNull();
        assertThat(b.vorm()).isNull();
        assertThat(b.bedrag()).isZero();
    }

    @Test
    void sendingStartsTheObjectionTerm() {
        Beschikking b = verzonden();
        assertThat(b.verzondenDatum()).isEqualTo(VANDAAG);
        assertThat(b.bezwaarTot()).isEqualTo(Bezwaartermijnen.indienenUiterlijk(VANDAAG));
        assertThatThrownBy(() -> b.verzenden(VANDAAG)).as("sent once").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> genomen(BeschikkingStatus.WACHT_OP_TWEEDE).verzenden(VANDAAG)).as("not before the second signature")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSecondSignatureComesFromSomeoneElseAndOnlyOnce() {
        Beschikking wacht = genomen(BeschikkingStatus.WACHT_OP_TWEEDE);
        assertThat(fouten(() -> wacht.tweedeHandtekening("wmoconsulent", "Willem Visser")).get("status")).contains("andere professional");
        Beschikking getekend = wacht.tweedeHandtekening("teamleider", "Ingrid de Wit");
        assertThat(getekend.status()).isEqualTo(BeschikkingStatus.VASTGESTELD);
        assertThat(getekend.tweedeDoorNaam()).isEqualTo("Ingrid de Wit");
        assertThat(fouten(() -> getekend.tweedeHandtekening("wmoconsulent2", "Ander"))).containsEntry("status",
                "Dit besluit wacht niet op een tweede handtekening.");
    }

    @Test
    void aValidDecisionIsChangedEndedOrWithdrawnWithAReason() {
        Beschikking b = verzonden();
        assertThat(b.wijzigen(Besluiten.Wijziging.EINDDATUM, VANDAAG.plusMonths(6), "Eerder klaar").einddatum()).isEqualTo(VANDAAG.plusMonths(6));
        assertThat(b.wijzigen(Besluiten.Wijziging.EINDDATUM, VANDAAG.plusMonths(6), "Eerder klaar").eersteEinddatum())
                .as("the first end date stays for the figures").isEqualTo(VANDAAG.plusYears(1));
        assertThat(b.wijzigen(Besluiten.Wijziging.BEEINDIGEN, VANDAAG.plusDays(1), "Verhuisd").status()).isEqualTo(BeschikkingStatus.BEEINDIGD);
        Beschikking ingetrokken = b.wijzigen(Besluiten.Wijziging.INTREKKEN, null, "Onjuiste gegevens");
        assertThat(ingetrokken.status()).isEqualTo(BeschikkingStatus.INGETROKKEN);
        assertThat(fouten(() -> ingetrokken.wijzigen(Besluiten.Wijziging.EINDDATUM, VANDAAG, "Toch"))).containsKey("reden");
        assertThat(fouten(() -> b.wijzigen(Besluiten.Wijziging.EINDDATUM, null, "Reden"))).containsKey("datum");
        assertThat(fouten(() -> b.wijzigen(Besluiten.Wijziging.BEEINDIGEN, VANDAAG.minusDays(1), "Reden")))
                .containsEntry("datum", "De datum ligt vóór de ingangsdatum van het besluit.");
        assertThat(fouten(() -> b.wijzigen(Besluiten.Wijziging.INTREKKEN, null, " "))).containsKey("reden");
    }

    @Test
    void theFourEyesAmountIsThePgbOrElseTheBudget() {
        Beschikking pgb = Beschikking.nemen(aanvraag(), toekenning(new BigDecimal("12500.00")),
                new Beslisregels.Controle(Map.of(), BEGELEIDING, null), BeschikkingStatus.WACHT_OP_TWEEDE, "wmoconsulent", "Willem Visser", NU);
        assertThat(pgb.bedrag()).isEqualByComparingTo("12500.00");
        assertThat(pgb.aanbiederId()).isNull();
    }
}
