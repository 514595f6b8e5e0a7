package nl.dichtbij.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of withdrawing a question, on the melding itself. */
class MeldingIntrekkenTest {

    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 23);
    private static final Instant NU = Instant.parse("2026-11-25T10:00:00Z");

    private static Melding melding() {
        NieuweMelding nieuw = new NieuweMelding("999900006", null, "inwoner", null, "Het lukt thuis niet meer.", Set.of(Levensgebied.DAGBESTEDING),
                Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "0612345678", null, Kanaal.ONLINE, null);
        Melding melding = Melding.ontvangen(nieuw, "0632", 1, 2, 3, WettelijkeTermijn.WMO_ONDERZOEK, NU.minusSeconds(86_400 * 2), ONTVANGEN);
        ReflectionTestUtils.setField(melding, "id", 42L);
        melding.gemeld();
        return melding;
    }

    @Test
    void aWithdrawnQuestionLeavesTheQueueStopsItsTermAndSaysSo() {
        Melding melding = melding();
        melding.oppakken("wmoconsulent", "Willem Visser", NU);
        melding.intrekken(Intrekreden.ANDERE_HULP, "  Mijn buurvrouw helpt nu.  ", NU);

        assertThat(melding.status()).isEqualTo(MeldingStatus.INGETROKKEN);
        assertThat(melding.status().open()).as("out of the queue").isFalse();
        assertThat(melding.termijnLoopt()).isFalse();
        assertThat(melding.staat()).isEqualTo("Ingetrokken");
        assertThat(melding.volgendeStap()).contains("nieuwe vraag");
        assertThat(melding.intrekToelichting()).isEqualTo("Mijn buurvrouw helpt nu.");
        assertThat(melding.gebeurtenissen()).extracting(Melding.Gebeurtenis::tekst).last().asString()
                .contains("ingetrokken").contains("ik heb ergens anders hulp gevonden");
        assertThat(melding.gebeurtenissenVoorAnderen()).as("news for the resident when it was picked up; withdrawing is his own doing")
                .hasExactlyElementsOfTypes(MeldingBijgewerkt.class);
    }

    @Test
    void aSignalFromASchoolIsNotTheResidentsToWithdraw() {
        NieuweMelding signaal = new NieuweMelding("999900006", null, "jeugdconsulent", null, "Tom komt al weken niet op school.",
                Set.of(Levensgebied.DAGBESTEDING), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "0612345678", null,
                Kanaal.TELEFOON, Vindplaats.SCHOOL);
        Melding melding = Melding.ontvangen(signaal, "0632", 1, 2, 3, WettelijkeTermijn.JEUGD_BESLISSING, NU, ONTVANGEN);
        assertThat(melding.magIntrekken()).isFalse();
        assertThatThrownBy(() -> melding.intrekken(Intrekreden.OPGELOST, null, NU)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten().get("reden")).contains("kwam niet van u, maar van school"));
        assertThat(melding.status()).isEqualTo(MeldingStatus.ONTVANGEN);
    }

    @Test
    void aPlannedGesprekIsCalledOff() {
        Melding melding = melding();
        melding.planIntake(LocalDateTime.of(2026, 11, 30, 10, 0), "Bij de inwoner thuis", NU);
        melding.intrekken(Intrekreden.OPGELOST, null, NU);
        assertThat(melding.gebeurtenissen()).extracting(Melding.Gebeurtenis::tekst)
                .contains("Het gesprek op maandag 30 november 2026 om 10:00 gaat niet door.");
    }

    @Test
    void aReasonIsNeededAndTheExplanationHasALimit() {
        Melding melding = melding();
        assertThatThrownBy(() -> melding.intrekken(null, null, NU)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten()).containsEntry("reden", "Kies waarom u de vraag intrekt."));
        assertThatThrownBy(() -> melding.intrekken(Intrekreden.ANDERS, "x".repeat(Melding.MAX_TOELICHTING + 1), NU))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("toelichting"));
        assertThat(melding.status()).as("a refused withdrawal changes nothing").isEqualTo(MeldingStatus.ONTVANGEN);
        assertThat(melding.gebeurtenissenVoorAnderen()).isEmpty();
    }

    @Test
    void afterTheGesprekOrASecondTimeItCannotBeWithdrawn() {
        Melding gesproken = melding();
        gesproken.gesprekGehouden(ONTVANGEN.plusDays(1), NU);
        assertThatThrownBy(() -> gesproken.intrekken(Intrekreden.OPGELOST, null, NU)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten().get("reden")).contains("gesprek over deze vraag is al gehouden"));

        Melding ingetrokken = melding();
        ingetrokken.intrekken(Intrekreden.OPGELOST, null, NU);
        assertThatThrownBy(() -> ingetrokken.intrekken(Intrekreden.OPGELOST, null, NU)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten().get("reden")).contains("al ingetrokken"));
    }

    @Test
    void nothingIsDoneToAWithdrawnQuestionAnyMore() {
        Melding melding = melding();
        melding.intrekken(Intrekreden.PER_ONGELUK, null, NU);
        assertThatThrownBy(() -> melding.oppakken("wmoconsulent", "Willem Visser", NU)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> melding.triage(TriageStap.values()[0], "reden", null, null, NU)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> melding.planIntake(LocalDateTime.of(2026, 11, 30, 10, 0), "thuis", NU)).isInstanceOf(OngeldigeInvoerException.class);
        assertThatThrownBy(() -> melding.gesprekGehouden(ONTVANGEN, NU)).isInstanceOf(OngeldigeInvoerException.class);
        assertThat(melding.vervolg("zaak:3:gesloten", Vervolg.AFGEROND, "Afgesloten.", ONTVANGEN, NU))
                .as("a later step of the case is not told on a withdrawn question").isFalse();
        assertThat(melding.staat()).isEqualTo("Ingetrokken");
    }
}
