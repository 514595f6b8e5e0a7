package nl.dichtbij.marktplaats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarktregelsTest {

    private static final Instant NU = Instant.parse("2026-11-23T08:30:00Z");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);
    private static final Marktregels.Kenmerken SANNE = new Marktregels.Kenmerken(List.of("Sanne", "de Wit", "Tom"), List.of("999900018"), "Rijnstraat",
            "12", "3441BW", List.of(LocalDate.of(1985, 3, 7), LocalDate.of(2010, 2, 14)));

    private static Marktregels.Invoer goed() {
        return new Marktregels.Invoer("02A01", true, "Alleenstaande ouder met schulden en een zoon die niet naar school gaat.", "- Weer naar school",
                VANDAAG.plusDays(14), NU.plus(Duration.ofDays(7)), true, Toestemmingswijze.MONDELING, VANDAAG);
    }

    @Test
    void ageBandsAreWideEnoughNotToRecogniseSomeone() {
        assertThat(Marktregels.leeftijdsband(2)).isEqualTo("0 tot 4 jaar");
        assertThat(Marktregels.leeftijdsband(16)).isEqualTo("12 tot 18 jaar");
        assertThat(Marktregels.leeftijdsband(18)).isEqualTo("18 tot 27 jaar");
        assertThat(Marktregels.leeftijdsband(41)).isEqualTo("27 tot 45 jaar");
        assertThat(Marktregels.leeftijdsband(80)).isEqualTo("75 jaar of ouder");
    }

    @Test
    void theHouseholdIsCountsOnly() {
        assertThat(Marktregels.huishouden(List.of(41, 16, 9))).isEqualTo("1 volwassene en 2 kinderen");
        assertThat(Marktregels.huishouden(List.of(41, 44))).isEqualTo("2 volwassenen");
        assertThat(Marktregels.huishouden(List.of(70))).isEqualTo("Alleenstaand, 1 volwassene");
        assertThat(Marktregels.huishouden(List.of(35, 35, 3))).isEqualTo("2 volwassenen en 1 kind");
    }

    @Test
    void personalDataInATextIsFound() {
        assertThat(Marktregels.persoonsgegevensIn("Sanne heeft schulden", SANNE)).containsExactly("de naam");
        assertThat(Marktregels.opsomming(List.of("de naam"))).isEqualTo("de naam");
        assertThat(Marktregels.opsomming(List.of("de naam", "het adres"))).as("a sentence, not a list of commas").isEqualTo("de naam en het adres");
        assertThat(Marktregels.opsomming(List.of("de naam", "het adres", "de geboortedatum"))).isEqualTo("de naam, het adres en de geboortedatum");
        assertThat(Marktregels.persoonsgegevensIn("moeder (familie De Wit)", SANNE)).containsExactly("de naam");
        assertThat(Marktregels.persoonsgegevensIn("BSN 9999.00.018", SANNE)).containsExactly("het BSN");
        assertThat(Marktregels.persoonsgegevensIn("een ander nummer 123456782", SANNE)).as("any nine digits look like a BSN").containsExactly("het BSN");
        assertThat(Marktregels.persoonsgegevensIn("woont aan de Rijnstraat", SANNE)).containsExactly("het adres");
        assertThat(Marktregels.persoonsgegevensIn("postcode 3441 BW", SANNE)).containsExactly("het adres");
        assertThat(Marktregels.persoonsgegevensIn("geboren 14-02-2010", SANNE)).containsExactly("de geboortedatum");
        assertThat(Marktregels.persoonsgegevensIn("geboren 7 maart 1985", SANNE)).containsExactly("de geboortedatum");
        assertThat(Marktregels.persoonsgegevensIn("geboren 2010-02-14", SANNE)).containsExactly("de geboortedatum");
    }

    @Test
    void anAnonymousTextPassesAndPartsOfWordsAreNoName() {
        assertThat(Marktregels.persoonsgegevensIn("Een witte auto, tomaten en een wittebrood; 4 uur per week", SANNE)).isEmpty();
        assertThat(Marktregels.persoonsgegevensIn(null, SANNE)).isEmpty();
    }

    @Test
    void aGoodRequestMayBePublished() {
        assertThat(Marktregels.publiceren(goed(), SANNE, NU, VANDAAG)).isEmpty();
    }

    @Test
    void withoutConsentItIsNeverPublished() {
        var zonder = new Marktregels.Invoer("02A01", true, "Situatie", "Doelen", VANDAAG.plusDays(14), NU.plus(Duration.ofDays(7)), false, null, null);
        assertThat(Marktregels.publiceren(zonder, SANNE, NU, VANDAAG))
                .containsEntry("toestemming", "Zonder toestemming van de inwoner kunt u het verzoek niet publiceren.");
        var zonderWijze = new Marktregels.Invoer("02A01", true, "Situatie", "Doelen", VANDAAG.plusDays(14), NU.plus(Duration.ofDays(7)), true, null,
                VANDAAG.plusDays(1));
        assertThat(Marktregels.publiceren(zonderWijze, SANNE, NU, VANDAAG)).containsKeys("wijze", "toestemmingOp");
        var oud = new Marktregels.Invoer("02A01", true, "Situatie", "Doelen", VANDAAG.plusDays(14), NU.plus(Duration.ofDays(7)), true,
                Toestemmingswijze.SCHRIFTELIJK, VANDAAG.minusMonths(4));
        assertThat(Marktregels.publiceren(oud, SANNE, NU, VANDAAG)).containsKey("toestemmingOp");
    }

    @Test
    void theTextMayNotNameTheResident() {
        var metNaam = new Marktregels.Invoer("02A01", true, "Sanne woont aan de Rijnstraat", "Tom gaat naar school", VANDAAG.plusDays(14),
                NU.plus(Duration.ofDays(7)), true, Toestemmingswijze.MONDELING, VANDAAG);
        var fouten = Marktregels.publiceren(metNaam, SANNE, NU, VANDAAG);
        assertThat(fouten.get("situatie")).contains("de naam", "het adres");
        assertThat(fouten.get("doelen")).contains("de naam");
    }

    @Test
    void theProductMustHaveAContractedProviderAndTheDeadlineFitsBetweenTwoDaysAndFourWeeks() {
        var geenContract = new Marktregels.Invoer("99X99", false, "S", "D", VANDAAG.plusDays(14), NU.plus(Duration.ofDays(7)), true,
                Toestemmingswijze.MONDELING, VANDAAG);
        assertThat(Marktregels.publiceren(geenContract, SANNE, NU, VANDAAG)).containsKey("productcode");
        var teKort = new Marktregels.Invoer("02A01", true, "S", "D", VANDAAG.plusDays(14), NU.plus(Duration.ofDays(1)), true, Toestemmingswijze.MONDELING, VANDAAG);
        assertThat(Marktregels.publiceren(teKort, SANNE, NU, VANDAAG)).containsKey("sluitOp");
        var teLang = new Marktregels.Invoer("02A01", true, "S", "D", VANDAAG.plusDays(60), NU.plus(Duration.ofDays(29)), true, Toestemmingswijze.MONDELING, VANDAAG);
        assertThat(Marktregels.publiceren(teLang, SANNE, NU, VANDAAG)).containsKey("sluitOp");
        var startVoorSluiting = new Marktregels.Invoer("02A01", true, "S", "D", VANDAAG.plusDays(3), NU.plus(Duration.ofDays(7)), true,
                Toestemmingswijze.MONDELING, VANDAAG);
        assertThat(Marktregels.publiceren(startVoorSluiting, SANNE, NU, VANDAAG)).containsKey("gewensteStart");
    }

    @Test
    void thePhaseFollowsTheDeadline() {
        Instant sluit = NU.plus(Duration.ofDays(7));
        assertThat(Marktregels.fase(Verzoekstatus.GEPUBLICEERD, sluit, 2, NU)).isEqualTo(Fase.OPEN);
        assertThat(Marktregels.fase(Verzoekstatus.GEPUBLICEERD, sluit, 2, sluit)).as("at the deadline it closes").isEqualTo(Fase.KIEZEN);
        assertThat(Marktregels.fase(Verzoekstatus.GEPUBLICEERD, sluit, 0, sluit.plusSeconds(1))).isEqualTo(Fase.GEEN_BIEDINGEN);
        assertThat(Marktregels.fase(Verzoekstatus.GEGUND, sluit, 2, NU)).isEqualTo(Fase.GEGUND);
        assertThat(Marktregels.fase(Verzoekstatus.TERUGVAL, sluit, 0, sluit)).isEqualTo(Fase.TERUGVAL);
    }

    @Test
    void bidsAreSealedUntilTheDeadlineForEveryone() {
        assertThat(Marktregels.magBiedingenLezen(Fase.OPEN, NU)).contains("verzegeld", "Niemand kan ze eerder lezen");
        assertThat(Marktregels.magBiedingenLezen(Fase.KIEZEN, NU)).isNull();
        assertThat(Marktregels.magBiedingenLezen(Fase.GEGUND, NU)).isNull();
    }

    @Test
    void aBidIsRefusedAfterTheDeadlineWithoutContractOrASecondTime() {
        assertThat(Marktregels.bieden(Fase.OPEN, true, false, "Plan", 425_000L, 4)).isEmpty();
        assertThat(Marktregels.bieden(Fase.KIEZEN, true, false, "Plan", 425_000L, 4).get("bod")).contains("Het bieden is gesloten");
        assertThat(Marktregels.bieden(Fase.GEEN_BIEDINGEN, true, false, "Plan", 425_000L, 4)).containsKey("bod");
        assertThat(Marktregels.bieden(Fase.OPEN, false, false, "Plan", 425_000L, 4).get("bod")).contains("geen contract voor dit product");
        assertThat(Marktregels.bieden(Fase.OPEN, true, true, "Plan", 425_000L, 4).get("bod")).contains("al geboden");
    }

    @Test
    void aBidHasAPlanAPriceAndHours() {
        var fouten = Marktregels.bieden(Fase.OPEN, true, false, " ", null, null);
        assertThat(fouten).containsKeys("plan", "prijs", "urenPerWeek");
        assertThat(Marktregels.bieden(Fase.OPEN, true, false, "Plan", 0L, 4)).containsKey("prijs");
        assertThat(Marktregels.bieden(Fase.OPEN, true, false, "Plan", 100L, 41)).containsKey("urenPerWeek");
    }

    @Test
    void questionsOnlyFromQualifiedProvidersWhileOpen() {
        assertThat(Marktregels.magVragen(Fase.OPEN, true, "Hoe vaak?")).isNull();
        assertThat(Marktregels.magVragen(Fase.OPEN, false, "Hoe vaak?")).contains("geen contract");
        assertThat(Marktregels.magVragen(Fase.KIEZEN, true, "Hoe vaak?")).contains("gesloten");
        assertThat(Marktregels.magVragen(Fase.OPEN, true, "")).isEqualTo("Schrijf uw vraag op.");
    }

    @Test
    void theRegisseurProposesOnlyAfterTheDeadlineAndOnlyABidOfThisRequest() {
        assertThat(Marktregels.voorstellen(Fase.OPEN, null, true, "Past goed")).containsKey("bodId");
        assertThat(Marktregels.voorstellen(Fase.KIEZEN, null, true, "Past goed")).isEmpty();
        assertThat(Marktregels.voorstellen(Fase.KIEZEN, null, false, "Past goed")).containsKey("bodId");
        assertThat(Marktregels.voorstellen(Fase.KIEZEN, null, true, "")).containsKey("motivering");
        assertThat(Marktregels.voorstellen(Fase.VOORGESTELD, null, true, "Ander bod")).as("the resident has not answered yet").containsKey("bodId");
        assertThat(Marktregels.voorstellen(Fase.VOORGESTELD, Oordeel.BEZWAAR, true, "Ander bod")).as("after an objection another bid").isEmpty();
        assertThat(Marktregels.voorstellen(Fase.GEGUND, null, true, "Nog eens")).containsKey("bodId");
    }

    @Test
    void theResidentAgreesOrObjectsWithANote() {
        assertThat(Marktregels.oordelen(Verzoekstatus.VOORGESTELD, null, Oordeel.AKKOORD, null)).isEmpty();
        assertThat(Marktregels.oordelen(Verzoekstatus.VOORGESTELD, null, Oordeel.BEZWAAR, " ")).containsKey("toelichting");
        assertThat(Marktregels.oordelen(Verzoekstatus.VOORGESTELD, null, Oordeel.BEZWAAR, "Te ver weg")).isEmpty();
        assertThat(Marktregels.oordelen(Verzoekstatus.VOORGESTELD, null, null, null)).containsKey("oordeel");
        assertThat(Marktregels.oordelen(Verzoekstatus.VOORGESTELD, Oordeel.AKKOORD, Oordeel.BEZWAAR, "Toch niet")).as("a say is given once")
                .containsKey("oordeel");
        assertThat(Marktregels.oordelen(Verzoekstatus.GEPUBLICEERD, null, Oordeel.AKKOORD, null)).containsKey("oordeel");
    }

    @Test
    void theAwardWaitsForTheResidentsSayAndStatesItsReasons() {
        assertThat(Marktregels.gunnen(Verzoekstatus.VOORGESTELD, Oordeel.AKKOORD, "Beste plan")).isEmpty();
        assertThat(Marktregels.gunnen(Verzoekstatus.VOORGESTELD, null, "Beste plan")).containsKey("gunnen");
        assertThat(Marktregels.gunnen(Verzoekstatus.GEPUBLICEERD, null, "Beste plan")).containsKey("gunnen");
        assertThat(Marktregels.gunnen(Verzoekstatus.VOORGESTELD, Oordeel.BEZWAAR, "").get("motivering")).contains("niet eens");
        assertThat(Marktregels.gunnen(Verzoekstatus.GEGUND, Oordeel.AKKOORD, "Nog eens")).as("no second award").containsKey("gunnen");
    }

    @Test
    void theFallbackOnlyWhenNobodyBidAndAlwaysRecorded() {
        assertThat(Marktregels.terugval(Fase.GEEN_BIEDINGEN, Terugval.ESCALATIE, false, "Niemand kan dit")).isEmpty();
        assertThat(Marktregels.terugval(Fase.GEEN_BIEDINGEN, Terugval.UIT_CATALOGUS, true, "Wachttijd kort")).isEmpty();
        assertThat(Marktregels.terugval(Fase.GEEN_BIEDINGEN, Terugval.UIT_CATALOGUS, false, "Wachttijd kort")).containsKey("aanbiederId");
        assertThat(Marktregels.terugval(Fase.GEEN_BIEDINGEN, null, false, "")).containsKeys("keuze", "motivering");
        assertThat(Marktregels.terugval(Fase.KIEZEN, Terugval.ESCALATIE, false, "x").get("keuze")).contains("alleen als niemand bood");
        assertThat(Marktregels.terugval(Fase.OPEN, Terugval.ESCALATIE, false, "x").get("keuze")).contains("loopt nog");
    }

    @Test
    void thePriceSpreadIsLowestMedianHighest() {
        assertThat(Marktregels.spreiding(List.of())).isNull();
        assertThat(Marktregels.spreiding(List.of(500L, 100L, 300L))).isEqualTo(new Marktregels.Spreiding(100, 300, 500));
        assertThat(Marktregels.spreiding(List.of(400L, 100L))).isEqualTo(new Marktregels.Spreiding(100, 250, 400));
    }

    @Test
    void theResidentReadsHisRequestsStageAddressedToHim() {
        for (Fase f : Fase.values()) {
            assertThat(f.voorInwoner()).as(f.name()).isNotBlank().doesNotContainIgnoringCase("inwoner").isNotEqualTo(f.label());
        }
    }

    @Test
    void aRequestsLawFitsTheResidentsAge() {
        assertThat(Marktregels.wetPastBijLeeftijd(nl.dichtbij.platform.Wet.JEUGDWET, 12)).isTrue();
        assertThat(Marktregels.wetPastBijLeeftijd(nl.dichtbij.platform.Wet.JEUGDWET, 22)).as("verlengde jeugdhulp").isTrue();
        assertThat(Marktregels.wetPastBijLeeftijd(nl.dichtbij.platform.Wet.JEUGDWET, 23)).isFalse();
        assertThat(Marktregels.wetPastBijLeeftijd(nl.dichtbij.platform.Wet.JEUGDWET, 82)).isFalse();
        assertThat(Marktregels.wetPastBijLeeftijd(nl.dichtbij.platform.Wet.PARTICIPATIEWET, 17)).isFalse();
        assertThat(Marktregels.wetPastBijLeeftijd(nl.dichtbij.platform.Wet.PARTICIPATIEWET, 18)).isTrue();
        assertThat(Marktregels.wetPastBijLeeftijd(nl.dichtbij.platform.Wet.WMO, 82)).isTrue();
    }
}
