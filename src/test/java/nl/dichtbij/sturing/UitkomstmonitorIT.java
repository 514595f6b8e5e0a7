package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.berichten.ZorgGestart;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.gemeente.Inrichting;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.regie.Zaakovername.OvergenomenZaak;
import nl.dichtbij.zrm.Zrm;
import nl.dichtbij.zrm.ZrmDomein;
import nl.dichtbij.zrm.ZrmMeting.Door;
import nl.dichtbij.zrm.ZrmMeting.Moment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: the outcome monitor's figures, exact from scorings this test records in a municipality of its own, through the
 * events the read model is kept from; with the suppression of small groups and the gap between resident and professional.
 */
@IntegratieTest
class UitkomstmonitorIT {

    private static final String GEMEENTE = "9018";
    private static final String AGB = "98180001";

    @LocalServerPort int port;
    @Autowired Inrichting inrichting;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaakovername overname;
    @Autowired Zrm zrm;
    @Autowired Uitkomstmonitor monitor;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactie;
    @Autowired Clock clock;

    @Test
    void theMonitorCountsExactlyWhatWasScoredAndLeavesSmallGroupsOut() {
        inrichting.gemeenteInrichten("PROEF-MONITOR", "Proefregio", GEMEENTE, "Proefstad");
        long jeugd = gemeenten.teamVoor(GEMEENTE, Doelgroep.JEUGD).id();
        long volwassenen = gemeenten.teamVoor(GEMEENTE, Doelgroep.WMO).id();
        assertThat(volwassenen).isNotEqualTo(jeugd);
        LocalDate vandaag = LocalDate.now(clock);
        // six young people with the jeugdteam: intake financiën 1,2,2,3,3,1 by the professional, each 1 higher at closure;
        // the resident rates himself 1 higher than the professional at intake and at closure; the sixth never closes
        List<String> jongeren = new ArrayList<>();
        int[] intake = {1, 2, 2, 3, 3, 1};
        for (int i = 0; i < 6; i++) {
            var h = Testhuishouden.in(GEMEENTE).volwassene(40).kind(14).inschrijven(inschrijvingen, clock);
            long zaak = zaak(h.huishoudenId(), jeugd);
            String bsn = h.kind().bsn();
            jongeren.add(bsn);
            zrm.vastleggen(GEMEENTE, bsn, zaak, null, Door.PROFESSIONAL, Moment.INTAKE, vandaag.minusDays(90), "test", alle(intake[i], ZrmDomein.JUSTITIE));
            zrm.vastleggen(GEMEENTE, bsn, zaak, null, Door.INWONER, Moment.INTAKE, vandaag.minusDays(90), "test", alle(intake[i] + 1, ZrmDomein.JUSTITIE));
            if (i < 5) {
                zrm.vastleggen(GEMEENTE, bsn, zaak, null, Door.PROFESSIONAL, Moment.TUSSENTIJDS, vandaag.minusDays(40), "test", alle(5, null));
                zrm.vastleggen(GEMEENTE, bsn, zaak, null, Door.PROFESSIONAL, Moment.AFSLUITING, vandaag, "test", alle(intake[i] + 1, ZrmDomein.JUSTITIE));
                zrm.vastleggen(GEMEENTE, bsn, zaak, null, Door.INWONER, Moment.AFSLUITING, vandaag, "test", alle(intake[i] + 2, ZrmDomein.JUSTITIE));
            }
            if (i < 5) {
                long toewijzing = 9_018_000L + i;
                transactie.executeWithoutResult(s -> events.publishEvent(new ZorgGestart(toewijzing, GEMEENTE, zaak, bsn, Wet.JEUGDWET,
                        "Proefzorg", "Jeugdhulp", vandaag.minusDays(60), AGB)));
            }
        }
        // one adult with the other team: a group of 1, suppressed
        var h = Testhuishouden.in(GEMEENTE).volwassene(70).inschrijven(inschrijvingen, clock);
        long zaak = zaak(h.huishoudenId(), volwassenen);
        zrm.vastleggen(GEMEENTE, h.volwassene().bsn(), zaak, null, Door.PROFESSIONAL, Moment.INTAKE, vandaag.minusDays(30), "test", alle(4, null));

        Gebruiker beleid = new Gebruiker("beleid-proef", null, "Beleid", Rol.BELEID, GEMEENTE, null, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var o = monitor.overzicht(beleid, Uitkomstindeling.TEAM, false);
            assertThat(o.gemeente().professional().personen()).isEqualTo(7);
            assertThat(o.gemeente().inwoner().domein(ZrmDomein.FINANCIEN).orElseThrow().paren()).isEqualTo(5);
            assertThat(o.gemeente().professional().domein(ZrmDomein.FINANCIEN).orElseThrow().somLaatste()).isEqualTo(16);
            assertThat(monitor.eigen(aanbieder(), false).professional().personen()).isEqualTo(5);
            // the listeners take the events in any order, eight at a time: wait until every intake has landed too (a youth whose
            // intake came after his other scorings counted from the later 5 for a moment), on both sides and in the copies
            var team = monitor.overzicht(beleid, Uitkomstindeling.TEAM, false).groep(String.valueOf(jeugd)).orElseThrow();
            assertThat(team.professional().domein(ZrmDomein.FINANCIEN).orElseThrow().verdeling()).containsExactly(2L, 2L, 2L, 0L, 0L);
            assertThat(team.inwoner().domein(ZrmDomein.FINANCIEN).orElseThrow().gemiddeldBijIntake()).isEqualByComparingTo("3.0");
            assertThat(monitor.eigen(aanbieder(), false).professional().domein(ZrmDomein.FINANCIEN).orElseThrow().verdeling())
                    .containsExactly(1L, 2L, 2L, 0L, 0L);
        });

        var perTeam = monitor.overzicht(beleid, Uitkomstindeling.TEAM, false);
        var jeugdteam = perTeam.groep(String.valueOf(jeugd)).orElseThrow();
        assertThat(jeugdteam.naam()).isEqualTo(gemeenten.team(jeugd).orElseThrow().naam());
        var prof = jeugdteam.professional();
        assertThat(prof.personen()).isEqualTo(6);
        var financien = prof.domein(ZrmDomein.FINANCIEN).orElseThrow();
        assertThat(financien.verdeling()).containsExactly(2L, 2L, 2L, 0L, 0L);
        assertThat(financien.gemiddeldBijIntake()).isEqualByComparingTo("2.0");
        assertThat(financien.paren()).as("the sixth has no later scoring").isEqualTo(5);
        assertThat(financien.verandering()).as("the closing scoring, not the earlier 5").isEqualByComparingTo("1.0");
        assertThat(prof.domein(ZrmDomein.JUSTITIE).orElseThrow().gescoord()).as("not applicable is no score").isZero();
        var inwoner = jeugdteam.inwoner();
        assertThat(inwoner.domein(ZrmDomein.FINANCIEN).orElseThrow().verandering()).isEqualByComparingTo("1.0");
        assertThat(jeugdteam.verschilBijIntake(ZrmDomein.FINANCIEN)).isEqualByComparingTo("1.0");
        // at the latest scoring: professional (2+3+3+4+4)/5 = 3.2, resident (3+4+4+5+5)/5 = 4.2
        assertThat(prof.domein(ZrmDomein.FINANCIEN).orElseThrow().gemiddeldLaatste()).isEqualByComparingTo("3.2");
        assertThat(jeugdteam.verschilLaatste(ZrmDomein.FINANCIEN)).isEqualByComparingTo("1.0");

        var ander = perTeam.groep(String.valueOf(volwassenen)).orElseThrow();
        assertThat(ander.professional().onderdrukt()).isTrue();
        assertThat(ander.professional().domeinen()).isEmpty();
        assertThat(ander.verschilBijIntake(ZrmDomein.FINANCIEN)).isNull();

        var afgesloten = monitor.overzicht(beleid, Uitkomstindeling.GEMEENTE, true).gemeente();
        assertThat(afgesloten.professional().personen()).isEqualTo(5);
        assertThat(afgesloten.professional().domein(ZrmDomein.FINANCIEN).orElseThrow().verdeling()).containsExactly(1L, 2L, 2L, 0L, 0L);

        var perLeeftijd = monitor.overzicht(beleid, Uitkomstindeling.LEEFTIJD, false);
        assertThat(perLeeftijd.groepen()).extracting(Uitkomstmonitor.Groep::naam).containsExactly("12 tot 18 jaar", "67 jaar en ouder");
        var perWet = monitor.overzicht(beleid, Uitkomstindeling.WET, false);
        assertThat(perWet.groepen()).extracting(Uitkomstmonitor.Groep::naam).containsExactly("Jeugdwet");
        assertThat(perWet.groepen().getFirst().professional().personen()).isEqualTo(5);

        var eigen = monitor.eigen(aanbieder(), false);
        assertThat(eigen.professional().domein(ZrmDomein.FINANCIEN).orElseThrow().verdeling()).containsExactly(1L, 2L, 2L, 0L, 0L);
        assertThat(monitor.eigen(new Gebruiker("ander", null, "Ander", Rol.AANBIEDER, GEMEENTE, null, null, "98180002", null), false)
                .professional().personen()).as("another provider sees nothing of these clients").isZero();

        Gebruiker bestuur = new Gebruiker("bestuur-proef", null, "Wethouder", Rol.BESTUUR, GEMEENTE, null, null);
        assertThat(Uitkomstmonitor.indelingen(bestuur)).doesNotContain(Uitkomstindeling.TEAM, Uitkomstindeling.AANBIEDER);
        assertThatThrownBy(() -> monitor.overzicht(bestuur, Uitkomstindeling.AANBIEDER, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(monitor.overzicht(bestuur, Uitkomstindeling.WIJK, false).groepen()).isNotEmpty();
        Gebruiker consulent = new Gebruiker("consulent-proef", null, "Consulent", Rol.CONSULENT, GEMEENTE, jeugd, null);
        assertThatThrownBy(() -> monitor.overzicht(consulent, Uitkomstindeling.GEMEENTE, false)).isInstanceOf(AccessDeniedException.class);
        Gebruiker woerden = new Gebruiker("beleid", null, "Beleid Woerden", Rol.BELEID, "0632", null, null);
        assertThat(monitor.overzicht(woerden, Uitkomstindeling.AANBIEDER, false).groep(AGB)).as("another municipality").isEmpty();
    }

    @Test
    void thePagesShowTheMonitorToWhoMaySeeIt() throws Exception {
        HttpClient teamleider = Inloggen.als(port, "teamleider");
        HttpResponse<String> perTeam = get(teamleider, "/sturing/uitkomsten?indeling=team&meting=afsluiting");
        assertThat(perTeam.statusCode()).isEqualTo(200);
        assertThat(perTeam.body()).contains("Uitkomsten: werkt de hulp?", "Geen rapportcijfer", "Per team", "Scores bij de intake: De hele gemeente",
                "role=\"img\"", "/sturing/uitkomsten/export?indeling=team&amp;meting=afsluiting&amp;groep=gemeente&amp;tabel=verandering&amp;formaat=xlsx",
                "Verandering van de intake tot de meting bij het afsluiten: De hele gemeente", "Met een latere meting, professional");
        HttpResponse<String> csv = get(teamleider, "/sturing/uitkomsten/export?indeling=team&tabel=verdeling&formaat=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Domein").contains("Financiën").contains("Score 1, professional");
        assertThat(get(teamleider, "/sturing/uitkomsten/export?indeling=team&tabel=anders&formaat=csv").statusCode()).isEqualTo(400);

        HttpResponse<String> bestuur = get(Inloggen.als(port, "bestuur"), "/sturing/uitkomsten?indeling=aanbieder");
        assertThat(bestuur.statusCode()).isEqualTo(200);
        assertThat(bestuur.body()).contains("Kies een indeling uit de lijst.").doesNotContain("value=\"aanbieder\"");
        assertThat(get(Inloggen.als(port, "bestuur"), "/sturing/uitkomsten/export?indeling=team&tabel=groepen&formaat=csv").statusCode())
                .isEqualTo(400);

        HttpResponse<String> aanbieder = get(Inloggen.als(port, "aanbieder"), "/aanbieder/uitkomsten");
        assertThat(aanbieder.statusCode()).isEqualTo(200);
        assertThat(aanbieder.body()).contains("Uitkomsten van uw cliënten", "nooit een andere aanbieder");
        assertThat(get(Inloggen.als(port, "aanbieder"), "/sturing/uitkomsten").statusCode()).isEqualTo(403);
        assertThat(get(Inloggen.als(port, "wmoconsulent"), "/sturing/uitkomsten").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Gebruiker aanbieder() {
        return new Gebruiker("proefzorg", null, "Proefzorg", Rol.AANBIEDER, GEMEENTE, null, null, AGB, null);
    }

    private long zaak(long huishouden, long team) {
        return overname.overnemen(new OvergenomenZaak(GEMEENTE, huishouden, team, Regievorm.CASUSREGIE, clock.instant().minusSeconds(86_400L * 100)))
                .orElseThrow();
    }

    /** Every domain the same score, one domain "niet van toepassing" (left out of the scores). */
    private static Map<ZrmDomein, Integer> alle(int score, ZrmDomein zonder) {
        Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein d : ZrmDomein.values()) {
            if (d != zonder) {
                scores.put(d, score);
            }
        }
        return scores;
    }
}
