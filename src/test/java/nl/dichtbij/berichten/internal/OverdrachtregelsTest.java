package nl.dichtbij.berichten.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten.Afspraak;
import nl.dichtbij.aanbod.Contracten.Tarief;
import nl.dichtbij.berichten.Levering;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.internal.Overdrachtregels.Beoordeling;
import nl.dichtbij.berichten.xml.Standaard;

import org.junit.jupiter.api.Test;

/** One test per rule of the bulk transfer: which running toewijzingen move to the successor, and why the others stay. */
class OverdrachtregelsTest {

    private static final LocalDate LAATSTE_DAG = LocalDate.of(2026, 7, 31);
    private static final LocalDate INGANG = LocalDate.of(2026, 1, 1);
    private static final LocalDate EINDE = LocalDate.of(2026, 12, 31);
    private static final String OPVOLGER = "Zorg Dichtbij Woerden";
    private static final Optional<Afspraak> PER_UUR = Optional.of(new Afspraak(7, "MTF-WMO-2018-02", Bekostigingsvorm.INSPANNING,
            new Tarief(1, "02A01", INGANG, null, 6_500, "04")));

    private static Toewijzing toewijzing(LocalDate ingang, LocalDate einde, String eenheid, Long budget, String reden, Levering levering) {
        return new Toewijzing(1, "0335", Standaard.IWMO, 1001, 5L, 9L, "999900006", "42420001", "Jeugdhulp Voorbeeld B.V.", "02", "02A01",
                "Begeleiding individueel", ingang, einde, eenheid == null ? null : 3, eenheid, eenheid == null ? null : "2", budget, reden, null, null,
                levering, null, levering == Levering.GESTOPT ? LocalDate.of(2026, 5, 1) : null, null);
    }

    private static Toewijzing lopend() {
        return toewijzing(INGANG, EINDE, "04", null, null, Levering.GESTART);
    }

    @Test
    void aToewijzingRunningBeyondTheLastDayMovesWhenTheSuccessorHasTheProductInTheSameForm() {
        Beoordeling b = Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, PER_UUR);
        assertThat(b.overdraagbaar()).isTrue();
        assertThat(b.uitleg()).isEqualTo("Stopt bij Jeugdhulp Voorbeeld B.V. na 31 juli 2026. Zorg Dichtbij Woerden gaat verder vanaf "
                + "1 augustus 2026 tot en met 31 december 2026.");
    }

    @Test
    void anOpenEndedToewijzingMovesWithoutEndDate() {
        Beoordeling b = Overdrachtregels.beoordeel(toewijzing(INGANG, null, "04", null, null, Levering.NIET_GESTART), LAATSTE_DAG, OPVOLGER, PER_UUR);
        assertThat(b.overdraagbaar()).isTrue();
        assertThat(b.uitleg()).endsWith("vanaf 1 augustus 2026, zonder einddatum.");
        assertThat(Overdrachtregels.looptDoor(toewijzing(INGANG, null, "04", null, null, Levering.NIET_GESTART), LAATSTE_DAG)).isTrue();
    }

    @Test
    void aProductTheSuccessorHasNoContractForStays() {
        Beoordeling b = Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, Optional.empty());
        assertThat(b.overdraagbaar()).isFalse();
        assertThat(b.uitleg()).isEqualTo("Zorg Dichtbij Woerden heeft op 1 augustus 2026 geen contract voor product 02A01 in uw gemeente. "
                + "Deze toewijzing blijft bij de huidige aanbieder.");
    }

    @Test
    void aToewijzingEndingOnOrBeforeTheLastDayOrWithdrawnDoesNotRunOn() {
        assertThat(Overdrachtregels.looptDoor(toewijzing(INGANG, LAATSTE_DAG, "04", null, null, Levering.GESTART), LAATSTE_DAG)).isFalse();
        assertThat(Overdrachtregels.looptDoor(toewijzing(INGANG, LAATSTE_DAG.plusDays(1), "04", null, null, Levering.GESTART), LAATSTE_DAG)).isTrue();
        Toewijzing ingetrokken = toewijzing(INGANG, EINDE, "04", null, "13", Levering.NIET_GESTART);
        assertThat(Overdrachtregels.looptDoor(ingetrokken, LAATSTE_DAG)).isFalse();
        assertThat(Overdrachtregels.beoordeel(ingetrokken, LAATSTE_DAG, OPVOLGER, PER_UUR).overdraagbaar()).isFalse();
        assertThat(Overdrachtregels.beoordeel(toewijzing(INGANG, LAATSTE_DAG, "04", null, null, Levering.GESTART), LAATSTE_DAG, OPVOLGER, PER_UUR)
                .uitleg()).isEqualTo("Deze toewijzing loopt niet na 31 juli 2026 door. Er valt niets over te dragen.");
    }

    @Test
    void helpTheProviderAlreadyStoppedIsNotMoved() {
        Beoordeling b = Overdrachtregels.beoordeel(toewijzing(INGANG, EINDE, "04", null, null, Levering.GESTOPT), LAATSTE_DAG, OPVOLGER, PER_UUR);
        assertThat(b.overdraagbaar()).isFalse();
        assertThat(b.uitleg()).isEqualTo("De aanbieder is al gestopt met de hulp op 1 mei 2026. Er valt niets over te dragen.");
        // stopped for a while is still running help: it moves
        assertThat(Overdrachtregels.beoordeel(toewijzing(INGANG, EINDE, "04", null, null, Levering.TIJDELIJK_GESTOPT), LAATSTE_DAG, OPVOLGER, PER_UUR)
                .overdraagbaar()).isTrue();
    }

    @Test
    void aToewijzingStartingAfterTheLastDayIsLeftToTheDecision() {
        Beoordeling b = Overdrachtregels.beoordeel(toewijzing(LAATSTE_DAG.plusDays(10), EINDE, "04", null, null, Levering.NIET_GESTART), LAATSTE_DAG,
                OPVOLGER, PER_UUR);
        assertThat(b.overdraagbaar()).isFalse();
        assertThat(b.uitleg()).startsWith("Deze toewijzing begint pas na de laatste dag van het contract.");
    }

    @Test
    void aToewijzingWithOnlyACategoryIsNotMoved() {
        Toewijzing t = lopend();
        Toewijzing zonderCode = new Toewijzing(t.id(), t.gemeenteCode(), t.standaard(), t.toewijzingNummer(), t.beschikkingId(), t.zaakId(),
                t.persoonBsn(), t.aanbiederAgb(), t.aanbiederNaam(), t.productcategorie(), null, null, t.ingangsdatum(), t.einddatum(), t.volume(),
                t.eenheid(), t.frequentie(), t.budgetCenten(), null, null, null, t.levering(), null, null, null);
        assertThat(Overdrachtregels.beoordeel(zonderCode, LAATSTE_DAG, OPVOLGER, PER_UUR).overdraagbaar()).isFalse();
    }

    @Test
    void anOmvangThatDoesNotFitTheSuccessorsBekostigingsvormStays() {
        Optional<Afspraak> taak = Optional.of(new Afspraak(8, "MTF-PW", Bekostigingsvorm.TAAK, null));
        Beoordeling uurBijTaak = Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, taak);
        assertThat(uurBijTaak.overdraagbaar()).isFalse();
        assertThat(uurBijTaak.uitleg()).isEqualTo("Bij Zorg Dichtbij Woerden is product 02A01 taakgericht (een budget voor een taak of groep "
                + "inwoners). Deze toewijzing heeft een andere omvang. Dan is een nieuw besluit nodig.");
        Optional<Afspraak> output = Optional.of(new Afspraak(9, "X", Bekostigingsvorm.OUTPUT, null));
        assertThat(Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, output).overdraagbaar()).isFalse();
        assertThat(Overdrachtregels.beoordeel(toewijzing(INGANG, EINDE, null, 500_000L, null, Levering.GESTART), LAATSTE_DAG, OPVOLGER, PER_UUR)
                .overdraagbaar()).isFalse();
    }

    @Test
    void aBudgetOrAVolumeForTheWholePeriodDoesNotMoveBecauseBothProvidersCouldDeclareAllOfIt() {
        Optional<Afspraak> taak = Optional.of(new Afspraak(8, "MTF-PW", Bekostigingsvorm.TAAK, null));
        Optional<Afspraak> output = Optional.of(new Afspraak(9, "X", Bekostigingsvorm.OUTPUT, new Tarief(2, "02A01", INGANG, null, 100, "82")));
        String reden = "Nieuw besluit nodig: het budget of het totale volume kan niet zomaar over twee aanbieders worden verdeeld.";
        Beoordeling budget = Overdrachtregels.beoordeel(toewijzing(INGANG, EINDE, null, 500_000L, null, Levering.GESTART), LAATSTE_DAG, OPVOLGER, taak);
        assertThat(budget.overdraagbaar()).isFalse();
        assertThat(budget.uitleg()).isEqualTo(reden);
        Beoordeling euros = Overdrachtregels.beoordeel(toewijzing(INGANG, EINDE, "83", null, null, Levering.GESTART), LAATSTE_DAG, OPVOLGER, output);
        assertThat(euros.overdraagbaar()).isFalse();
        assertThat(euros.uitleg()).isEqualTo(reden);
        Toewijzing t = lopend();
        Toewijzing totaal = new Toewijzing(t.id(), t.gemeenteCode(), t.standaard(), t.toewijzingNummer(), t.beschikkingId(), t.zaakId(),
                t.persoonBsn(), t.aanbiederAgb(), t.aanbiederNaam(), t.productcategorie(), t.productcode(), t.productOmschrijving(), t.ingangsdatum(),
                t.einddatum(), 40, "04", "6", null, null, null, null, t.levering(), null, null, null);
        Beoordeling heleDuur = Overdrachtregels.beoordeel(totaal, LAATSTE_DAG, OPVOLGER, PER_UUR);
        assertThat(heleDuur.overdraagbaar()).isFalse();
        assertThat(heleDuur.uitleg()).isEqualTo(reden);
        // per week (frequentie 2) it moves
        assertThat(Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, PER_UUR).overdraagbaar()).isTrue();
    }

    @Test
    void aSuccessorWithoutATariffOnTheDayDoesNotTakeOver() {
        Optional<Afspraak> zonderTarief = Optional.of(new Afspraak(7, "MTF-WMO-2018-02", Bekostigingsvorm.INSPANNING, null));
        Beoordeling b = Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, zonderTarief);
        assertThat(b.overdraagbaar()).isFalse();
        assertThat(b.uitleg()).startsWith("De nieuwe aanbieder heeft op die dag geen tarief voor dit product").contains("1 augustus 2026", "02A01");
    }

    @Test
    void theNewToewijzingDoesNotRunPastTheSuccessorsContract() {
        LocalDate opvolgerEinde = LocalDate.of(2026, 10, 31);
        Beoordeling b = Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, PER_UUR, opvolgerEinde);
        assertThat(b.overdraagbaar()).isTrue();
        assertThat(b.uitleg()).endsWith("vanaf 1 augustus 2026 tot en met 31 oktober 2026 (einde van het contract van de nieuwe aanbieder).");
        assertThat(Overdrachtregels.nieuweEinddatum(lopend(), opvolgerEinde)).isEqualTo(opvolgerEinde);
        assertThat(Overdrachtregels.nieuweEinddatum(toewijzing(INGANG, null, "04", null, null, Levering.GESTART), opvolgerEinde)).isEqualTo(opvolgerEinde);
        // a successor's contract that ends later, or not at all: the old end
        assertThat(Overdrachtregels.nieuweEinddatum(lopend(), LocalDate.of(2027, 12, 31))).isEqualTo(EINDE);
        assertThat(Overdrachtregels.nieuweEinddatum(lopend(), null)).isEqualTo(EINDE);
        assertThat(Overdrachtregels.beoordeel(lopend(), LAATSTE_DAG, OPVOLGER, PER_UUR, LocalDate.of(2027, 12, 31)).uitleg())
                .endsWith("tot en met 31 december 2026.");
    }

    @Test
    void theSuccessorTakesOverTheDayAfterTheLastDay() {
        assertThat(Overdrachtregels.overgangsdag(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
