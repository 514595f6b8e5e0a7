package nl.dichtbij.catalogus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.xml.Standaard;

import org.junit.jupiter.api.Test;

class ErvaringsregelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 4);
    private static final String BSN = "999900018";

    private static Toewijzing toewijzing(String bsn, Levering levering, LocalDate gestart, LocalDate gestopt, String redenWijziging, String redenEinde) {
        return new Toewijzing(1, "0632", Standaard.IWMO, 100, null, null, bsn, "42420001", "Jeugdhulp Voorbeeld B.V.", "02", "02A01",
                "Begeleiding individueel", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), 4, "04", "4", null, redenWijziging, "REF",
                Instant.parse("2025-01-01T00:00:00Z"), levering, gestart, gestopt, redenEinde);
    }

    // ---- who is invited

    @Test
    void careThatStoppedForGoodInvites() {
        assertThat(Ervaringsregels.aanleiding(toewijzing(BSN, Levering.GESTOPT, VANDAAG.minusMonths(2), VANDAAG.minusDays(3), null, "31"), "0632", BSN, VANDAAG))
                .contains(Aanleiding.GESTOPT);
    }

    @Test
    void aTemporaryStopIsNoEnd() {
        assertThat(Ervaringsregels.aanleiding(toewijzing(BSN, Levering.GESTOPT, VANDAAG.minusMonths(2), VANDAAG.minusDays(3), null, "20"), "0632", BSN, VANDAAG))
                .isEmpty();
    }

    @Test
    void sixMonthsOfCareInvitesFromTheDayItself() {
        assertThat(Ervaringsregels.aanleiding(toewijzing(BSN, Levering.GESTART, VANDAAG.minusMonths(6), null, null, null), "0632", BSN, VANDAAG))
                .contains(Aanleiding.ZES_MAANDEN);
        assertThat(Ervaringsregels.aanleiding(toewijzing(BSN, Levering.GESTART, VANDAAG.minusMonths(6).plusDays(1), null, null, null), "0632", BSN, VANDAAG))
                .isEmpty();
    }

    @Test
    void careThatNeverStartedOrWasWithdrawnGivesNoRightToWrite() {
        assertThat(Ervaringsregels.aanleiding(toewijzing(BSN, Levering.NIET_GESTART, null, null, null, null), "0632", BSN, VANDAAG)).isEmpty();
        assertThat(Ervaringsregels.aanleiding(toewijzing(BSN, Levering.GESTOPT, VANDAAG.minusYears(1), VANDAAG.minusDays(3), "13", "31"), "0632", BSN, VANDAAG))
                .isEmpty();
    }

    @Test
    void onlyTheResidentWhoseCareItIsInHisOwnMunicipality() {
        Toewijzing t = toewijzing(BSN, Levering.GESTOPT, VANDAAG.minusMonths(2), VANDAAG.minusDays(3), null, "31");
        assertThat(Ervaringsregels.aanleiding(t, "0632", "999900006", VANDAAG)).isEmpty();
        assertThat(Ervaringsregels.aanleiding(t, "0335", BSN, VANDAAG)).isEmpty();
        assertThat(Ervaringsregels.aanleiding(t, "0632", null, VANDAAG)).isEmpty();
        assertThat(Ervaringsregels.aanleiding(null, "0632", BSN, VANDAAG)).isEmpty();
    }

    // ---- the story

    @Test
    void aStoryNeedsThreeMarksFromOneToFiveAndAFewSentences() {
        assertThat(Ervaringsregels.invoer(new Ervaringsregels.Invoer(5, 1, 3, "Ze luisterden goed en kwamen op tijd."))).isEmpty();
        var fouten = Ervaringsregels.invoer(new Ervaringsregels.Invoer(null, 0, 6, "Goed."));
        assertThat(fouten).containsOnlyKeys("luisteren", "afspraken", "resultaat", "verhaal");
        assertThat(fouten.get("verhaal")).contains("minstens 20 tekens");
        assertThat(fouten.get("afspraken")).contains("Kies een cijfer van 1 tot en met 5");
    }

    @Test
    void aStoryHasAMaximumLength() {
        String lang = String.join("", Collections.nCopies(4001, "a"));
        assertThat(Ervaringsregels.invoer(new Ervaringsregels.Invoer(3, 3, 3, lang))).containsOnlyKeys("verhaal");
        assertThat(Ervaringsregels.invoer(new Ervaringsregels.Invoer(3, 3, 3, null))).containsOnlyKeys("verhaal");
    }

    // ---- beheer's check

    @Test
    void beheerPublishesOnlyAWaitingStoryWithText() {
        assertThat(Ervaringsregels.publiceren(Ervaringstatus.INGEDIEND, "Goede hulp.")).isEmpty();
        assertThat(Ervaringsregels.publiceren(Ervaringstatus.INGEDIEND, "  ")).containsOnlyKeys("tekst");
        assertThat(Ervaringsregels.publiceren(Ervaringstatus.GEPUBLICEERD, "Goede hulp.")).containsOnlyKeys("status");
        assertThat(Ervaringsregels.publiceren(Ervaringstatus.AFGEWEZEN, "Goede hulp.")).containsOnlyKeys("status");
    }

    @Test
    void refusingAlwaysNeedsAReason() {
        assertThat(Ervaringsregels.afwijzen(Ervaringstatus.INGEDIEND, "Gaat over een andere aanbieder.")).isEmpty();
        assertThat(Ervaringsregels.afwijzen(Ervaringstatus.INGEDIEND, null).get("reden")).contains("waarom");
        assertThat(Ervaringsregels.afwijzen(Ervaringstatus.GEPUBLICEERD, "Reden")).containsOnlyKeys("status");
    }

    // ---- the provider's one reply

    @Test
    void theProviderRepliesOnceToAPublishedStoryAboutItself() {
        assertThat(Ervaringsregels.reageren(Ervaringstatus.GEPUBLICEERD, true, null, "Dank u.")).isEmpty();
        assertThat(Ervaringsregels.reageren(Ervaringstatus.GEPUBLICEERD, true, "Eerder", "Nog eens.").get("reactie")).contains("al gereageerd");
        assertThat(Ervaringsregels.reageren(Ervaringstatus.GEPUBLICEERD, false, null, "Dank u.")).containsOnlyKeys("ervaring");
        assertThat(Ervaringsregels.reageren(Ervaringstatus.INGEDIEND, true, null, "Dank u.")).containsOnlyKeys("ervaring");
        assertThat(Ervaringsregels.reageren(Ervaringstatus.GEPUBLICEERD, true, null, " ")).containsOnlyKeys("reactie");
    }

    // ---- the rating

    @Test
    void aRatingOnlyFromFivePublishedStories() {
        var vier = List.of(new Ervaringsregels.Cijfers(5, 4, 3), new Ervaringsregels.Cijfers(4, 4, 4), new Ervaringsregels.Cijfers(3, 5, 4),
                new Ervaringsregels.Cijfers(5, 5, 5));
        assertThat(Ervaringsregels.waardering(vier)).isEmpty();
        var vijf = new java.util.ArrayList<>(vier);
        vijf.add(new Ervaringsregels.Cijfers(3, 2, 4));
        var w = Ervaringsregels.waardering(vijf).orElseThrow();
        assertThat(w.aantal()).isEqualTo(5);
        assertThat(w.luisteren()).isEqualTo(4.0);
        assertThat(w.afspraken()).isEqualTo(4.0);
        assertThat(w.resultaat()).isEqualTo(4.0);
        assertThat(w.gemiddeld()).isEqualTo(4.0);
        assertThat(Ervaringsregels.Waardering.tekst(4.25)).isIn("4,2", "4,3");
        assertThat(Ervaringsregels.Waardering.tekst(3.0)).isEqualTo("3,0");
    }

    @Test
    void theQuarterOfADay() {
        assertThat(Ervaringsregels.kwartaal(LocalDate.of(2026, 1, 1))).isEqualTo("2026-K1");
        assertThat(Ervaringsregels.kwartaal(LocalDate.of(2026, 6, 30))).isEqualTo("2026-K2");
        assertThat(Ervaringsregels.kwartaal(LocalDate.of(2026, 12, 31))).isEqualTo("2026-K4");
    }
}
