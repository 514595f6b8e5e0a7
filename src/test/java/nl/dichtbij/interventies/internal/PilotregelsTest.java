package nl.dichtbij.interventies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.dichtbij.interventies.NieuwePilot;
import nl.dichtbij.interventies.Pilotfase;

import org.junit.jupiter.api.Test;

/** The rules on a pilot (issue 18), without a database. */
class PilotregelsTest {

    private static final LocalDate VAN = LocalDate.of(2026, 1, 1);

    @Test
    void aGoodPilotHasNoErrors() {
        assertThat(Pilotregels.pilot(new NieuwePilot("Helpt het?", 3L, VAN, VAN.plusMonths(6), VAN.plusMonths(6)), true)).isEmpty();
        assertThat(Pilotregels.pilot(new NieuwePilot("Helpt het?", null, VAN, VAN.plusDays(1), VAN), false)).isEmpty();
    }

    @Test
    void questionAndDatesAreRequired() {
        assertThat(Pilotregels.pilot(new NieuwePilot(" ", null, null, null, null), false)).containsOnlyKeys("vraag", "van", "tot", "evaluatiedatum");
    }

    @Test
    void theEndComesAfterTheStart() {
        assertThat(Pilotregels.pilot(new NieuwePilot("Vraag", null, VAN, VAN, VAN), false).get("tot"))
                .isEqualTo("De pilot stopt na de begindatum (1 januari 2026). Kies een latere datum.");
        assertThat(Pilotregels.pilot(new NieuwePilot("Vraag", null, VAN, VAN.minusDays(1), VAN), false)).containsOnlyKeys("tot");
    }

    @Test
    void theEvaluationIsNotBeforeTheStart() {
        assertThat(Pilotregels.pilot(new NieuwePilot("Vraag", null, VAN, VAN.plusMonths(1), VAN.minusDays(1)), false))
                .containsOnlyKeys("evaluatiedatum");
    }

    @Test
    void theInterventionIsOneOfTheMunicipality() {
        assertThat(Pilotregels.pilot(new NieuwePilot("Vraag", 99L, VAN, VAN.plusMonths(1), VAN), false)).containsOnlyKeys("interventieId");
    }

    @Test
    void phasesGoOneAtATimeAndActNeedsADecision() {
        assertThat(Pilotfase.PLAN.volgende()).contains(Pilotfase.DO);
        assertThat(Pilotfase.DO.volgende()).contains(Pilotfase.CHECK);
        assertThat(Pilotfase.CHECK.volgende()).contains(Pilotfase.ACT);
        assertThat(Pilotfase.ACT.volgende()).isEmpty();
        assertThat(Pilotregels.volgendeFase(Pilotfase.PLAN, null, null)).isEmpty();
        assertThat(Pilotregels.volgendeFase(Pilotfase.DO, null, null)).isEmpty();
        assertThat(Pilotregels.volgendeFase(Pilotfase.CHECK, "Het werkt", null).get("besluit"))
                .startsWith("Schrijf het besluit op: gaat de gemeente door, past ze de aanpak aan of stopt ze?");
        assertThat(Pilotregels.volgendeFase(Pilotfase.CHECK, null, "Doorgaan")).containsOnlyKeys("bevindingen");
        assertThat(Pilotregels.volgendeFase(Pilotfase.CHECK, "Het werkt", "Doorgaan")).isEmpty();
    }

    @Test
    void theDecisionBelongsToActAndADonePilotMovesNoFurther() {
        assertThat(Pilotregels.volgendeFase(Pilotfase.DO, null, "Doorgaan")).containsOnlyKeys("besluit");
        assertThat(Pilotregels.volgendeFase(Pilotfase.ACT, "Het werkt", "Doorgaan"))
                .containsExactlyEntriesOf(java.util.Map.of("fase", "Deze pilot is al afgerond: het besluit is genomen."));
    }
}
