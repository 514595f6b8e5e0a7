package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The pages themselves refuse what is not yours: another resident's melding, another municipality's case, another role's page. */
@IntegratieTest
class PaginaToegangIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired java.time.Clock klok;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;

    private HttpClient ingelogd(String gebruiker) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String formulier = browser.send(HttpRequest.newBuilder(uri("/inloggen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(formulier);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + gebruiker + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> na = browser.send(HttpRequest.newBuilder(uri("/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(na.uri().getPath()).isNotEqualTo("/inloggen");
        return browser;
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private int status(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private long meldingVanSanne() throws Exception {
        HttpClient sanne = ingelogd("inwoner");
        String formulier = sanne.send(HttpRequest.newBuilder(uri("/mijn/hulp-vragen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(formulier);
        assertThat(csrf.find()).isTrue();
        String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&persoonBsn=999900018"
                + "&omschrijving=" + URLEncoder.encode("Ik heb hulp nodig bij de administratie.", StandardCharsets.UTF_8)
                + "&levensgebieden=FINANCIEN&urgentie=NORMAAL&contactvoorkeur=TELEFOON&telefoon=0612345678";
        HttpResponse<String> verstuurd = sanne.send(HttpRequest.newBuilder(uri("/mijn/hulp-vragen"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(verstuurd.body()).contains("Uw vraag is verstuurd");
        return Long.parseLong(verstuurd.uri().getPath().replaceAll("^.*/", ""));
    }

    @Test
    void thePrivacyOfficersReadingOfAResidentsLogIsItselfLogged() throws Exception {
        HttpClient privacy = ingelogd("privacy");
        String pagina = privacy.send(HttpRequest.newBuilder(uri("/privacy")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(pagina);
        assertThat(csrf.find()).isTrue();
        long voor = regelsVanPrivacyOver("999900006");
        HttpResponse<String> gezocht = privacy.send(HttpRequest.newBuilder(uri("/privacy/logboek")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("bsn=999900006&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(gezocht.statusCode()).isEqualTo(200);
        // the request's Logboek lines are written when it is done, a moment after its answer (docs/decisions/0013)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(regelsVanPrivacyOver("999900006")).isEqualTo(voor + 1));
    }

    private long regelsVanPrivacyOver(String bsn) {
        return jdbc.sql("select count(*) from verwerking where actor = 'privacy' and betrokkene_bsn = ? and categorie = 'RECHTEN' and handeling = 'INZIEN'")
                .param(bsn).query(Long.class).single();
    }

    @Test
    void anotherResidentGets404OnSomeoneElsesMelding() throws Exception {
        long melding = meldingVanSanne();
        String buurBsn = nl.dichtbij.Testhuishouden.in("0632").volwassene(38).inschrijven(inschrijvingen, klok)
                .volwassene().bsn();
        jdbc.sql("delete from account where gebruikersnaam = 'buurvrouw'").update();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, bsn) values ('buurvrouw', ?, 'Buurvrouw', 'INWONER', '0632', ?)")
                .params(wachtwoorden.encode("demo"), buurBsn).update();

        HttpClient buurvrouw = ingelogd("buurvrouw");
        assertThat(status(buurvrouw, "/mijn/meldingen/" + melding)).isEqualTo(404);
        assertThat(status(ingelogd("inwoner"), "/mijn/meldingen/" + melding)).isEqualTo(200);
    }

    @Test
    void montfoortSeesNothingOfWoerdenAndRolesStayInTheirPages() throws Exception {
        long melding = meldingVanSanne();
        HttpClient montfoort = ingelogd("montfoort");
        assertThat(status(montfoort, "/werk/meldingen/" + melding)).isEqualTo(404);
        long zaak = jdbc.sql("select zaak_id from melding where id = ?").param(melding).query(Long.class).single();
        assertThat(status(montfoort, "/werk/zaken/" + zaak)).isEqualTo(404);
        assertThat(status(ingelogd("wmoconsulent"), "/werk/meldingen/" + melding)).isEqualTo(200);

        HttpClient inwoner = ingelogd("inwoner");
        assertThat(status(inwoner, "/werk")).isEqualTo(403);
        assertThat(status(inwoner, "/teams")).isEqualTo(403);
        assertThat(status(inwoner, "/beheer/mandaten")).isEqualTo(403);
        assertThat(status(ingelogd("jeugdconsulent"), "/teams/regie")).isEqualTo(403);
        assertThat(status(ingelogd("aanbieder"), "/mijn")).isEqualTo(403);
        // the CBS delivery holds BSNs: beleid only, not the board or functioneel beheer (issue 21)
        assertThat(status(ingelogd("beleid"), "/sturing/cbs-jeugd")).isEqualTo(200);
        assertThat(status(ingelogd("bestuur"), "/sturing/cbs-jeugd")).isEqualTo(403);
        assertThat(status(ingelogd("beheer"), "/sturing/cbs-jeugd/bestand?jaar=2026&halfjaar=1")).isEqualTo(403);
        // the marketplace (issue 19): beleid's audit view is beleid's alone; a provider's list is for providers
        assertThat(status(ingelogd("aanbieder"), "/sturing/marktplaats")).isEqualTo(403);
        assertThat(status(ingelogd("beheer"), "/sturing/marktplaats")).isEqualTo(403);
        assertThat(status(ingelogd("beleid"), "/sturing/marktplaats")).isEqualTo(200);
        assertThat(status(inwoner, "/aanbieder/marktplaats")).isEqualTo(403);
        assertThat(status(ingelogd("aanbieder"), "/aanbieder/marktplaats")).isEqualTo(200);
    }

    /**
     * The region's account (issue 21) reaches a resident's melding and case, the households behind a figure and the pages of every
     * other role as little as another municipality does: refused, and each attempt logged; its own view it does reach.
     */
    @Test
    void theRegionSeesFiguresOnlyAndEveryAttemptAtARouteWithPeopleIsLogged() throws Exception {
        long melding = meldingVanSanne();
        long zaak = jdbc.sql("select zaak_id from melding where id = ?").param(melding).query(Long.class).single();
        HttpClient regio = ingelogd("regio");
        List<String> persoonlijk = List.of("/werk/meldingen/" + melding, "/werk/zaken/" + zaak, "/mijn/meldingen/" + melding, "/werk", "/mijn",
                "/sturing/stapeling/huishoudens", "/sturing/kosten/huishoudens", "/aanbieder", "/privacy", "/teams");
        long voor = jdbc.sql("select count(*) from geweigerde_toegang where gebruikersnaam = 'regio'").query(Long.class).single();
        for (String pad : persoonlijk) {
            assertThat(status(regio, pad)).as(pad).isEqualTo(403);
        }
        assertThat(jdbc.sql("select pad from geweigerde_toegang where gebruikersnaam = 'regio' order by id desc").query(String.class).list()
                .subList(0, persoonlijk.size())).containsExactlyInAnyOrderElementsOf(persoonlijk);
        assertThat(jdbc.sql("select count(*) from geweigerde_toegang where gebruikersnaam = 'regio'").query(Long.class).single() - voor)
                .isEqualTo(persoonlijk.size());
        assertThat(status(regio, "/regio")).isEqualTo(200);
        assertThat(status(ingelogd("bestuur"), "/regio")).isEqualTo(403);

        // Woerden's privacy officer reads the attempts of the region's account registered at Woerden
        String lijst = ingelogd("privacy").send(HttpRequest.newBuilder(uri("/privacy/geweigerde-toegang")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(lijst).contains("GET /werk/zaken/" + zaak, "GET /sturing/stapeling/huishoudens", "<td>regio</td>");
    }

    @Test
    void referenceFiguresAndTheStatutorySurveyStayWithTheirRoles() throws Exception {
        HttpClient inwoner = ingelogd("inwoner");
        assertThat(status(inwoner, "/sturing/referenties")).isEqualTo(403);
        assertThat(status(inwoner, "/programma/clientervaring")).isEqualTo(403);
        assertThat(status(inwoner, "/programma/clientervaring/export?jaar=2025&wet=WMO&formaat=csv")).isEqualTo(403);
        String mijn = inwoner.send(HttpRequest.newBuilder(uri("/mijn/clientervaring")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(mijn).as("a resident who was not invited gets no form").doesNotContain("Antwoorden versturen");
        HttpClient bestuur = ingelogd("bestuur");
        assertThat(status(bestuur, "/sturing/referenties")).isEqualTo(403);
        assertThat(status(bestuur, "/programma/clientervaring")).isEqualTo(200);
        assertThat(status(ingelogd("wmoconsulent"), "/mijn/clientervaring")).isEqualTo(403);
        assertThat(status(ingelogd("montfoort"), "/programma/clientervaring")).isEqualTo(403);
        assertThat(status(ingelogd("beleid"), "/sturing/referenties")).isEqualTo(200);
    }

    @Test
    void aStoryWaitingForBeheerIsBeheersOfItsOwnMunicipalityOnly() throws Exception {
        // the demo's story that waits for Woerden's beheer (issue 19): not for Montfoort, not for the provider, not for the resident
        long wachtend = jdbc.sql("select min(id) from ervaring where gemeente_code = '0632' and status = 'INGEDIEND'").query(Long.class).single();
        String pad = "/beheer/ervaringen/" + wachtend;
        assertThat(status(ingelogd("beheer"), pad)).isEqualTo(200);
        assertThat(status(ingelogd("aanbieder"), pad)).isEqualTo(403);
        assertThat(status(ingelogd("inwoner"), pad)).isEqualTo(403);
        jdbc.sql("delete from account where gebruikersnaam = 'beheer-montfoort-erv'").update();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code) values ('beheer-montfoort-erv', ?, 'Beheer Montfoort', 'BEHEER', '0335')")
                .param(wachtwoorden.encode("demo")).update();
        assertThat(status(ingelogd("beheer-montfoort-erv"), pad)).isEqualTo(404);
        // the catalogue is public; the resident's own stories are not
        assertThat(status(HttpClient.newHttpClient(), "/sociale-kaart/aanbieders")).isEqualTo(200);
        assertThat(status(ingelogd("aanbieder"), "/mijn/ervaringen")).isEqualTo(403);
    }

    @Test
    void theListOfGecertificeerdeInstellingenIsBeheersOfItsOwnMunicipalityOnly() throws Exception {
        // issue 20: functioneel beheer keeps the GIs; not the teamleider, not the GI itself, not another municipality's beheer
        long gi = jdbc.sql("select min(id) from veiligheid_gi where gemeente_code = '0632'").query(Long.class).single();
        String pad = "/beheer/gecertificeerde-instellingen/" + gi;
        assertThat(status(ingelogd("beheer"), "/beheer/gecertificeerde-instellingen")).isEqualTo(200);
        assertThat(status(ingelogd("beheer"), pad)).isEqualTo(200);
        assertThat(status(ingelogd("teamleider"), "/beheer/gecertificeerde-instellingen")).isEqualTo(403);
        assertThat(status(ingelogd("gi"), pad)).isEqualTo(403);
        assertThat(status(ingelogd("inwoner"), pad)).isEqualTo(403);
        jdbc.sql("delete from account where gebruikersnaam = 'beheer-montfoort-gi'").update();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code) values ('beheer-montfoort-gi', ?, 'Beheer Montfoort', 'BEHEER', '0335')")
                .param(wachtwoorden.encode("demo")).update();
        assertThat(status(ingelogd("beheer-montfoort-gi"), pad)).isEqualTo(404);
    }
}
