package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of a melding that follows the chain after the onderzoek. */
class MeldingVervolgTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 23);
    private static final Instant NU = Instant.parse("2026-11-23T10:00:00Z");

    private static Melding melding(WettelijkeTermijn termijn) {
        NieuweMelding nieuw = new NieuweMelding("999900006", null, "inwoner", null, "Het lukt thuis niet meer.", Set.of(Levensgebied.DAGBESTEDING),
                Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "0612345678", null, Kanaal.ONLINE, null);
        return Melding.ontvangen(nieuw, "0632", 1, 2, 3, termijn, NU, ONTVANGEN);
    }

    @Test
    void aNewMeldingRecordsThatItWasReceivedWithItsIdOnceSaved() {
        Melding melding = melding(WettelijkeTermijn.JEUGD_BESLISSING);
        ReflectionTestUtils.setField(melding, "id", 42L); // as the save does
        assertThat(melding.gebeurtenissenVoorAnderen()).singleElement().isInstanceOf(MeldingOntvangen.class)
                .satisfies(e -> assertThat(((MeldingOntvangen) e).meldingId()).isEqualTo(42L))
                .satisfies(e -> assertThat(((MeldingOntvangen) e).termijnEinde()).isEqualTo(LocalDate.of(2027, 1, 18)));
        melding.gemeld();
        assertThat(melding.gebeurtenissenVoorAnderen()).isEmpty();
    }

    @Test
    void aStepMovesTheStateOnAndAddsALine() {
        Melding melding = melding(WettelijkeTermijn.JEUGD_BESLISSING);
        assertThat(melding.vervolg("aanvraag:1", Vervolg.AANVRAAG, "Er is een aanvraag gedaan.", ONTVANGEN.plusDays(10), NU)).isTrue();
        assertThat(melding.vervolg()).isEqualTo(Vervolg.AANVRAAG);
        assertThat(melding.staat()).isEqualTo("Aanvraag gedaan");
        assertThat(melding.gebeurtenissen()).extracting(Melding.Gebeurtenis::tekst).endsWith("Er is een aanvraag gedaan.");
    }

    @Test
    void theSameStepDeliveredTwiceIsShownOnce() {
        Melding melding = melding(WettelijkeTermijn.JEUGD_BESLISSING);
        melding.vervolg("beschikking:7", Vervolg.BESLUIT, "Er is een besluit.", ONTVANGEN.plusDays(20), NU);
        int regels = melding.gebeurtenissen().size();
        assertThat(melding.vervolg("beschikking:7", Vervolg.BESLUIT, "Er is een besluit.", ONTVANGEN.plusDays(20), NU)).isFalse();
        assertThat(melding.gebeurtenissen()).hasSize(regels);
    }

    @Test
    void theStateNeverGoesBackButHelpMayStartAgainAfterItStopped() {
        Melding melding = melding(WettelijkeTermijn.JEUGD_BESLISSING);
        melding.vervolg("start:1", Vervolg.HULP_GESTART, "Begonnen.", ONTVANGEN, NU);
        melding.vervolg("aanvraag:2", Vervolg.AANVRAAG, "Nog een aanvraag.", ONTVANGEN, NU);
        assertThat(melding.vervolg()).as("a second aanvraag does not undo the help").isEqualTo(Vervolg.HULP_GESTART);
        melding.vervolg("stop:1", Vervolg.HULP_GESTOPT, "Gestopt.", ONTVANGEN, NU);
        melding.vervolg("start:2", Vervolg.HULP_GESTART, "Weer begonnen.", ONTVANGEN, NU);
        assertThat(melding.vervolg()).isEqualTo(Vervolg.HULP_GESTART);
        melding.vervolg("zaak:3", Vervolg.AFGEROND, "Afgesloten.", ONTVANGEN, NU);
        melding.vervolg("start:3", Vervolg.HULP_GESTART, "Later nog een start.", ONTVANGEN, NU);
        assertThat(melding.vervolg()).isEqualTo(Vervolg.AFGEROND);
    }

    @Test
    void aLineWithoutAStepKeepsTheState() {
        Melding melding = melding(WettelijkeTermijn.JEUGD_BESLISSING);
        melding.vervolg("toewijzing:1:05", null, "De opdracht is aangepast.", null, NU);
        assertThat(melding.vervolg()).isNull();
        assertThat(melding.staat()).isEqualTo(MeldingStatus.ONTVANGEN.label());
        assertThat(melding.termijnLoopt()).isTrue();
    }

    @Test
    void theYouthTermIsMetByTheDecisionNotByTheAanvraag() {
        Melding melding = melding(WettelijkeTermijn.JEUGD_BESLISSING);
        melding.vervolg("aanvraag:1", Vervolg.AANVRAAG, "Aanvraag.", ONTVANGEN.plusDays(10), NU);
        assertThat(melding.termijnLoopt()).isTrue();
        melding.vervolg("beschikking:1", Vervolg.BESLUIT, "Besluit.", ONTVANGEN.plusDays(30), NU);
        assertThat(melding.termijnLoopt()).isFalse();
        assertThat(melding.termijnGehaaldOp()).isEqualTo(ONTVANGEN.plusDays(30));
    }

    @Test
    void theWmoTermIsMetByTheOnderzoekAndAClosedCaseStopsAnyCountdown() {
        Melding wmo = melding(WettelijkeTermijn.WMO_ONDERZOEK);
        wmo.vervolg("beschikking:1", Vervolg.BESLUIT, "Besluit.", ONTVANGEN.plusDays(30), NU);
        assertThat(wmo.termijnLoopt()).as("the Wmo melding's term waits for the onderzoek, not for a decision").isTrue();

        Melding jeugd = melding(WettelijkeTermijn.JEUGD_BESLISSING);
        jeugd.vervolg("zaak:3:gesloten", Vervolg.AFGEROND, "Afgesloten.", ONTVANGEN.plusDays(5), NU);
        assertThat(jeugd.termijnLoopt()).isFalse();
        assertThat(jeugd.volgendeStap()).contains("nieuwe vraag");
    }
}
