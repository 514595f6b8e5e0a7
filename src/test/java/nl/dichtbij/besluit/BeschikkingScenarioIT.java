package nl.dichtbij.besluit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.PersonenRegister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The event flows out of besluit, as Spring Modulith scenarios: a decision sent out is published as
 * {@link BeschikkingVastgesteld}, and the modules that only react follow through the event publication registry —
 * berichten makes one toewijzing with its JW301, sturing counts one provision; a withdrawal
 * ({@link BeschikkingGewijzigd}) withdraws the toewijzing and removes the provision.
 */
@IntegratieTest
@EnableScenarios
class BeschikkingScenarioIT {

    private static final Duration WACHTTIJD = Duration.ofSeconds(30);

    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired java.time.Clock clock;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired PersonenRegister register;
    @Autowired Aanbod aanbod;
    @Autowired Toewijzingen toewijzingen;
    @Autowired JdbcClient jdbc;

    private Gebruiker wmoconsulent() {
        return new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
    }

    private Aanvraag aanvraag() {
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(58).inschrijven(inschrijvingen, clock);
        Zaak zaak = zaken.intakeGedaan(wmoconsulent(), zaken.voorHuishouden("0632", huishouden.huishoudenId(),
                gemeenten.teamVoor("0632", Doelgroep.WMO).id()).id());
        String bsn = huishouden.volwassene().bsn();
        return besluiten.aanvragen(wmoconsulent(), zaak.id(), bsn, Wet.WMO, "Begeleiding bij de administratie");
    }

    private BeslisVerzoek begeleidingInNatura() {
        long aanbieder = aanbod.aanbiedersVoor(aanbod.product("0632", "02A01").orElseThrow()).stream()
                .filter(a -> a.naam().equals("Zorg Dichtbij Woerden")).findFirst().orElseThrow().id();
        return new BeslisVerzoek(Uitkomst.TOEKENNING, "Meneer houdt zelf zijn administratie bij.", "Uit het onderzoek blijkt dat hij dit niet "
                + "zelf of met zijn netwerk kan oplossen.", "02A01", 3, "04", "2", null, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30),
                Leveringsvorm.ZIN, aanbieder, null);
    }

    @Test
    void aDecisionSentOutBecomesOneToewijzingAndOneProvision(Scenario scenario) {
        Aanvraag aanvraag = aanvraag();

        scenario.stimulate(() -> besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleidingInNatura()))
                .customize(s -> s.atMost(WACHTTIJD))
                .andWaitForStateChange(() -> toewijzingen.vanBeschikking("0632", beschikkingVan(aanvraag)), lijst -> lijst.size() == 1)
                .andVerify(lijst -> {
                    Toewijzing t = lijst.getFirst();
                    assertThat(t.productcode()).isEqualTo("02A01");
                    assertThat(t.aanbiederNaam()).isEqualTo("Zorg Dichtbij Woerden");
                    assertThat(toewijzingen.verwijzer(t.id())).as("after the municipality's own decision").contains(nl.dichtbij.berichten.Verwijzer.GEMEENTE);
                    assertThat(jw301(t)).isEqualTo(1);
                });

        scenario.stimulate(() -> voorzieningen(aanvraag))
                .customize(s -> s.atMost(WACHTTIJD))
                .andWaitForStateChange(() -> voorzieningen(aanvraag), aantal -> aantal == 1)
                .andVerify(aantal -> assertThat(aantal).as("sturing counts the decision once").isEqualTo(1));
    }

    @Test
    void theEventOfADecisionCarriesIt(Scenario scenario) {
        Aanvraag aanvraag = aanvraag();
        scenario.stimulate(() -> besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleidingInNatura()))
                .andWaitForEventOfType(BeschikkingVastgesteld.class)
                .matching(e -> e.beschikking().aanvraagId() == aanvraag.id())
                .toArriveAndVerify(e -> assertThat(e.beschikking().status()).isEqualTo(BeschikkingStatus.VASTGESTELD));
    }

    @Test
    void aWithdrawalWithdrawsTheToewijzingAndRemovesTheProvision(Scenario scenario) {
        Aanvraag aanvraag = aanvraag();
        Beschikking beschikking = besluiten.beslissen(wmoconsulent(), aanvraag.id(), begeleidingInNatura());
        scenario.stimulate(() -> toewijzingen.vanBeschikking("0632", beschikking.id()))
                .customize(s -> s.atMost(WACHTTIJD))
                .andWaitForStateChange(() -> toewijzingen.vanBeschikking("0632", beschikking.id()), lijst -> lijst.size() == 1);

        scenario.stimulate(() -> besluiten.wijzigen(wmoconsulent(), beschikking.id(), Besluiten.Wijziging.INTREKKEN, null,
                        "De inwoner heeft de begeleiding niet meer nodig."))
                .customize(s -> s.atMost(WACHTTIJD))
                .andWaitForStateChange(() -> toewijzingen.vanBeschikking("0632", beschikking.id()),
                        lijst -> !lijst.isEmpty() && lijst.stream().allMatch(t -> "13".equals(t.redenWijziging()) || "05".equals(t.redenWijziging())))
                .andVerify(lijst -> assertThat(lijst).singleElement().satisfies(t -> assertThat(jw301(t)).as("the first 301 and the change").isEqualTo(2)));
        scenario.stimulate(() -> voorzieningen(aanvraag))
                .customize(s -> s.atMost(WACHTTIJD))
                .andWaitForStateChange(() -> voorzieningen(aanvraag), aantal -> aantal == 0)
                .andVerify(aantal -> assertThat(aantal).as("a withdrawn decision is no provision").isZero());
    }

    private long beschikkingVan(Aanvraag aanvraag) {
        return jdbc.sql("select coalesce(max(id), 0) from beschikking where aanvraag_id = ?").param(aanvraag.id()).query(Long.class).single();
    }

    private long voorzieningen(Aanvraag aanvraag) {
        return jdbc.sql("select count(*) from voorziening where beschikking_id = ?").param(beschikkingVan(aanvraag)).query(Long.class).single();
    }

    private long jw301(Toewijzing t) {
        return jdbc.sql("select count(*) from uitgaand_bericht where persoon_bsn = ? and berichtsoort like '%301' and xml like ?")
                .params(t.persoonBsn(), "%ToewijzingNummer>" + t.toewijzingNummer() + "<%").query(Long.class).single();
    }
}
