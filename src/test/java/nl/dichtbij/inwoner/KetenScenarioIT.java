package nl.dichtbij.inwoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.berichten.Aanbiedersberichten;
import nl.dichtbij.berichten.Berichtenverkeer;
import nl.dichtbij.berichten.Toewijzing;
import nl.dichtbij.berichten.Toewijzingen;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeslisVerzoek;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaken;
import nl.dichtbij.termijnen.WettelijkeTermijn;
import nl.dichtbij.toegang.Contactvoorkeur;
import nl.dichtbij.toegang.Deelnemer;
import nl.dichtbij.toegang.Kanaal;
import nl.dichtbij.toegang.Melding;
import nl.dichtbij.toegang.MeldingOntvangen;
import nl.dichtbij.toegang.Meldingen;
import nl.dichtbij.toegang.NieuweMelding;
import nl.dichtbij.toegang.Onderzoek;
import nl.dichtbij.toegang.OnderzoekVastgelegd;
import nl.dichtbij.toegang.Urgentie;
import nl.dichtbij.toegang.Vervolg;
import nl.dichtbij.zrm.ZrmDomein;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The event flows of the chain as Spring Modulith scenarios (docs/decisions/0012): toegang publishes the melding and the
 * onderzoek; the plan, the aanvraag, the decision, the toewijzing, the start and stop of help and the closed case each
 * reach the resident's question through the event publication registry, which moves its state on and stops its countdown.
 */
@IntegratieTest
@EnableScenarios
class KetenScenarioIT {

    private static final Duration WACHTTIJD = Duration.ofSeconds(30);
    private static final String AGB = "42420001";
    private static final AtomicInteger BERICHT = new AtomicInteger();
    @Autowired nl.dichtbij.zrm.Zrm zrm;

    @Autowired Meldingen meldingen;
    @Autowired Plannen plannen;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Aanbod aanbod;
    @Autowired Toewijzingen toewijzingen;
    @Autowired Berichtenverkeer berichtenverkeer;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired nl.dichtbij.personen.PersonenRegister register;

    private Gebruiker consulent(Doelgroep doelgroep) {
        String naam = doelgroep == Doelgroep.JEUGD ? "jeugdconsulent" : "wmoconsulent";
        return new Gebruiker(naam, null, "Test " + naam, Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", doelgroep).id(), null);
    }

    /** A resident of a new household of a parent and a child: the child (10) or the parent (44). */
    private Persoon nieuwHuishouden(boolean kind) {
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(44).kind(10).inschrijven(inschrijvingen, clock);
        return kind ? huishouden.kind() : huishouden.volwassene();
    }

    private Gebruiker ouderAlsInwoner(Persoon kind) {
        Persoon ouder = register.ouders("0632", kind.bsn()).getFirst();
        return new Gebruiker("test-inwoner-" + ouder.bsn(), null, ouder.naam(), Rol.INWONER, "0632", null, ouder.bsn());
    }

    private Melding melding(Gebruiker consulent, Persoon wie) {
        return meldingen.indienen(consulent, new NieuweMelding(wie.bsn(), wie.geboortedatum(), null, null, "Het lukt thuis niet meer.",
                Set.of(Levensgebied.DAGBESTEDING), Urgentie.NORMAAL, false, false, Contactvoorkeur.TELEFOON, "0612345678", null,
                Kanaal.TELEFOON, null));
    }

    private Onderzoek onderzoek(Gebruiker consulent, Melding melding) {
        Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein domein : ZrmDomein.values()) {
            scores.put(domein, 3);
        }
        return meldingen.onderzoekVastleggen(consulent, melding.id(), new Meldingen.OnderzoekVerslag(LocalDate.now(clock),
                Set.of(new Onderzoek.Bevinding(Levensgebied.DAGBESTEDING, "Gaat niet naar school", "Moeder motiveert", "Begeleiding")),
                Set.of(Deelnemer.INWONER), null, scores, Map.of()));
    }

    private Melding zoals(Gebruiker consulent, Melding melding) {
        return meldingen.bekijk(consulent, melding.id());
    }

    @Test
    void aMeldingReceivedIsPublishedWithItsTerm(Scenario scenario) {
        Gebruiker consulent = consulent(Doelgroep.JEUGD);
        Persoon kind = nieuwHuishouden(true);
        scenario.stimulate(() -> melding(consulent, kind))
                .andWaitForEventOfType(MeldingOntvangen.class)
                .matching(e -> e.gemeenteCode().equals("0632"))
                .toArriveAndVerify((e, melding) -> {
                    assertThat(e.meldingId()).isEqualTo(melding.id());
                    assertThat(e.zaakId()).isEqualTo(melding.zaakId());
                    assertThat(e.termijn()).isEqualTo(WettelijkeTermijn.JEUGD_BESLISSING);
                    assertThat(e.termijnEinde()).isEqualTo(melding.termijnEinde());
                });
    }

    @Test
    void anOnderzoekIsPublishedAndMeetsTheWmoTerm(Scenario scenario) {
        Gebruiker consulent = consulent(Doelgroep.WMO);
        Melding melding = melding(consulent, nieuwHuishouden(false));
        scenario.stimulate(() -> onderzoek(consulent, melding))
                .andWaitForEventOfType(OnderzoekVastgelegd.class)
                .matching(e -> e.meldingId() == melding.id())
                .toArriveAndVerify((e, onderzoek) -> {
                    assertThat(e.onderzoekId()).isEqualTo(onderzoek.id());
                    assertThat(e.zaakId()).isEqualTo(melding.zaakId());
                    Melding na = zoals(consulent, melding);
                    assertThat(na.termijnLoopt()).as("the Wmo term waits for the onderzoek").isFalse();
                    assertThat(na.termijnGehaaldOp()).isEqualTo(LocalDate.now(clock));
                });
    }

    @Test
    void theResidentsQuestionFollowsTheChainFromPlanToClosing(Scenario scenario) throws Exception {
        Gebruiker consulent = consulent(Doelgroep.JEUGD);
        Persoon kind = nieuwHuishouden(true);
        Melding melding = melding(consulent, kind);
        onderzoek(consulent, melding);
        long zaakId = melding.zaakId();

        plannen.doelToevoegen(consulent, zaakId, new NieuwDoel("Weer naar school", kind.bsn(), Levensgebied.DAGBESTEDING, null, null,
                Regeling.JEUGDWET, 3));
        Gebruiker inwoner = ouderAlsInwoner(kind);
        int versie = plannen.vanInwoner(inwoner).orElseThrow().versienummer();
        volgt(scenario, () -> plannen.akkoord(inwoner, versie), consulent, melding, Vervolg.PLAN_AKKOORD, "akkoord gegeven op het plan");

        Aanvraag[] aanvraag = new Aanvraag[1];
        volgt(scenario, () -> aanvraag[0] = besluiten.aanvragen(consulent, zaakId, kind.bsn(), Wet.JEUGDWET, "Ambulante jeugdhulp"),
                consulent, melding, Vervolg.AANVRAAG, "Er is een aanvraag gedaan (Jeugdwet)");
        assertThat(zoals(consulent, melding).termijnLoopt()).as("the youth term waits for the decision").isTrue();

        // the decision goes out as a toewijzing to the provider by itself: berichten follows the decision
        Beschikking[] beschikking = new Beschikking[1];
        volgt(scenario, () -> beschikking[0] = besluiten.beslissen(consulent, aanvraag[0].id(), ambulanteJeugdhulp()), consulent, melding,
                Vervolg.OPDRACHT_VERSTUURD, "Jeugdhulp Voorbeeld B.V. heeft de opdracht gekregen");
        Melding besloten = zoals(consulent, melding);
        assertThat(besloten.gebeurtenissen()).extracting(Melding.Gebeurtenis::tekst).anyMatch(t -> t.contains("Er is een besluit over uw aanvraag"));
        assertThat(besloten.termijnLoopt()).isFalse();
        assertThat(besloten.termijnGehaaldOp()).isEqualTo(LocalDate.now(clock));

        Toewijzing t = toewijzingen.vanBeschikking("0632", beschikking[0].id()).getFirst();
        LocalDate vandaag = LocalDate.now(clock);
        volgt(scenario, () -> ontvang(Aanbiedersberichten.jw305(AGB, "0632", id(), vandaag, kind.bsn(), t.toewijzingNummer(), "45", "45A01",
                vandaag, "1")), consulent, melding, Vervolg.HULP_GESTART, "is op " + nl.dichtbij.platform.Formaat.lang(vandaag) + " begonnen");
        volgt(scenario, () -> ontvang(Aanbiedersberichten.jw307(AGB, "0632", id(), vandaag, kind.bsn(), t.toewijzingNummer(), "45", "45A01",
                vandaag, "31", vandaag.plusDays(20))), consulent, melding, Vervolg.HULP_GESTOPT, "gestopt met de hulp");

        // issue 18: the case closes once the child scored at the intake has his closing ZRM
        assertThatThrownBy(() -> zaken.sluiten(consulent, zaakId, nl.dichtbij.regie.Sluitreden.DOELEN_BEREIKT, null, null))
                .isInstanceOfSatisfying(nl.dichtbij.platform.OngeldigeInvoerException.class, e -> assertThat(e.fouten().get("zrm"))
                        .startsWith("Leg eerst de ZRM bij afsluiting vast voor "));
        java.util.Map<nl.dichtbij.zrm.ZrmDomein, Integer> slot = new java.util.EnumMap<>(nl.dichtbij.zrm.ZrmDomein.class);
        for (nl.dichtbij.zrm.ZrmDomein domein : nl.dichtbij.zrm.ZrmDomein.values()) {
            slot.put(domein, 4);
        }
        zrm.vastleggen("0632", kind.bsn(), zaakId, null, nl.dichtbij.zrm.ZrmMeting.Door.PROFESSIONAL, nl.dichtbij.zrm.ZrmMeting.Moment.AFSLUITING,
                vandaag, consulent.gebruikersnaam(), slot);
        volgt(scenario, () -> zaken.sluiten(consulent, zaakId, nl.dichtbij.regie.Sluitreden.DOELEN_BEREIKT, null, null), consulent, melding, Vervolg.AFGEROND,
                "Uw zaak is afgesloten");
        Melding afgerond = zoals(consulent, melding);
        assertThat(afgerond.staat()).isEqualTo("Afgerond");
        assertThat(afgerond.gebeurtenissen()).extracting(Melding.Gebeurtenis::tekst)
                .filteredOn(tekst -> tekst.contains("heeft de opdracht gekregen")).as("each step once, however often it is delivered").hasSize(1);
    }

    private void volgt(Scenario scenario, Runnable stap, Gebruiker consulent, Melding melding, Vervolg verwacht, String regel) {
        scenario.stimulate(stap)
                .customize(s -> s.atMost(WACHTTIJD))
                .andWaitForStateChange(() -> zoals(consulent, melding), m -> m.vervolg() == verwacht)
                .andVerify(m -> assertThat(m.gebeurtenissen()).extracting(Melding.Gebeurtenis::tekst).anyMatch(tekst -> tekst.contains(regel)));
    }

    private BeslisVerzoek ambulanteJeugdhulp() {
        long aanbieder = aanbod.aanbiedersVoor(aanbod.product("0632", "45A01").orElseThrow()).stream()
                .filter(a -> a.agbCode().equals(AGB)).findFirst().orElseThrow().id();
        LocalDate vandaag = LocalDate.now(clock);
        return new BeslisVerzoek(Uitkomst.TOEKENNING, "Hij gaat weer naar school.", "Uit het onderzoek blijkt dat het netwerk dit niet "
                + "alleen kan.", "45A01", 3, "04", "2", null, vandaag, vandaag.plusMonths(6), Leveringsvorm.ZIN, aanbieder, null);
    }

    private void ontvang(String xml) {
        var verwerking = berichtenverkeer.ontvang(AGB, xml.getBytes(StandardCharsets.UTF_8));
        assertThat(verwerking.goedgekeurd()).as(verwerking.retourXml()).isTrue();
    }

    private static String id() {
        return "K" + (System.nanoTime() % 100_000_000L) + BERICHT.incrementAndGet() % 10;
    }

    @SuppressWarnings("unused")
    private static List<String> teksten(Melding melding) {
        return melding.gebeurtenissen().stream().map(Melding.Gebeurtenis::tekst).toList();
    }
}
