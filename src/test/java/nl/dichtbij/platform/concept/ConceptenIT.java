package nl.dichtbij.platform.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, item 3: a form sent after the session timed out lost what was typed and answered "Deze pagina is voor een
 * andere rol". Now the draft saved while typing comes back after logging in again, on the same page, for that person only.
 */
@IntegratieTest
class ConceptenIT {

    private static final String FORMULIER = "/mijn/hulp-vragen";
    private static final String TEKST = "Tom slaapt slecht en wil niet meer naar de voetbalclub.";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void zonderConcepten() {
        jdbc.sql("delete from concept").update();
    }

    @Test
    void aDraftComesBackOnTheFormForItsOwnerOnlyAndGoesWhenTheFormIsSent() throws Exception {
        HttpClient sanne = Inloggen.als(port, "inwoner");
        String leeg = haal(sanne, FORMULIER).body();
        assertThat(leeg).doesNotContain(TEKST).doesNotContain("Wij hebben uw concept");

        HttpResponse<String> bewaard = post(sanne, "/concepten", "conceptvan=" + FORMULIER + "&omschrijving=" + enc(TEKST)
                + "&levensgebieden=DAGBESTEDING&levensgebieden=PSYCHISCH_FUNCTIONEREN&telefoon=0612345678&_csrf=" + Inloggen.csrf(leeg));
        assertThat(bewaard.statusCode()).isEqualTo(200);
        assertThat(bewaard.body()).startsWith("Concept bewaard om ");

        String terug = haal(sanne, FORMULIER).body();
        assertThat(terug).contains("Wij hebben uw concept van").contains(TEKST).contains("value=\"0612345678\"");
        assertThat(terug).containsPattern("value=\"DAGBESTEDING\"[^>]*checked");

        HttpClient henk = Inloggen.als(port, "mantelzorger");
        assertThat(haal(henk, FORMULIER).body()).doesNotContain(TEKST).doesNotContain("Wij hebben uw concept");

        HttpResponse<String> verstuurd = post(sanne, FORMULIER, "conceptvan=" + FORMULIER + "&persoonBsn=999900006&omschrijving=" + enc(TEKST)
                + "&levensgebieden=DAGBESTEDING&urgentie=NORMAAL&contactvoorkeur=TELEFOON&telefoon=0612345678&_csrf=" + Inloggen.csrf(terug));
        assertThat(verstuurd.body()).contains("Uw vraag is verstuurd");
        assertThat(haal(sanne, FORMULIER).body()).doesNotContain(TEKST).doesNotContain("Wij hebben uw concept");
        assertThat(aantalConcepten()).isZero();
    }

    @Test
    void afterTheSessionTimedOutTheResidentLogsInAgainAndFindsHisTextBack() throws Exception {
        HttpClient sanne = Inloggen.als(port, "inwoner");
        String formulier = haal(sanne, FORMULIER).body();
        post(sanne, "/concepten", "conceptvan=" + FORMULIER + "&omschrijving=" + enc(TEKST) + "&_csrf=" + Inloggen.csrf(formulier));

        jdbc.sql("delete from spring_session where principal_name = 'inwoner'").update(); // thirty minutes without a click

        HttpResponse<String> bewaren = send(sanne, HttpRequest.newBuilder(uri("/concepten")).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("conceptvan=" + FORMULIER + "&omschrijving=meer&_csrf=" + Inloggen.csrf(formulier))));
        assertThat(bewaren.statusCode()).isEqualTo(200);
        assertThat(bewaren.body()).startsWith("Niet bewaard: u bent uitgelogd");

        HttpResponse<String> verstuurd = send(sanne, HttpRequest.newBuilder(uri(FORMULIER)).header("Referer", "http://localhost:" + port + FORMULIER)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("conceptvan=" + FORMULIER + "&omschrijving=" + enc(TEKST) + "&_csrf=" + Inloggen.csrf(formulier))));
        assertThat(verstuurd.uri().getPath()).isEqualTo("/inloggen");
        assertThat(verstuurd.body()).contains("U bent uitgelogd").doesNotContain("andere rol");

        HttpResponse<String> ingelogd = post(sanne, "/inloggen", "username=inwoner&password=demo&_csrf=" + Inloggen.csrf(verstuurd.body()));
        assertThat(ingelogd.uri().getPath()).isEqualTo(FORMULIER);
        assertThat(ingelogd.body()).contains("Wij hebben uw concept van").contains(TEKST);
    }

    @Test
    void aDraftNamesAFormOfThisApplicationOnly() throws Exception {
        HttpClient sanne = Inloggen.als(port, "inwoner");
        String formulier = haal(sanne, FORMULIER).body();
        long voor = aantalConcepten();

        HttpResponse<String> antwoord = post(sanne, "/concepten", "conceptvan=" + enc("https://elders.example/x") + "&omschrijving=x&_csrf="
                + Inloggen.csrf(formulier));

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(aantalConcepten()).isEqualTo(voor);
    }

    private long aantalConcepten() {
        return jdbc.sql("select count(*) from concept").query(Long.class).single();
    }

    private HttpResponse<String> haal(HttpClient browser, String pad) throws Exception {
        return send(browser, HttpRequest.newBuilder(uri(pad)));
    }

    private HttpResponse<String> post(HttpClient browser, String pad, String body) throws Exception {
        return send(browser, HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder verzoek) throws Exception {
        return browser.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private static String enc(String tekst) {
        return java.net.URLEncoder.encode(tekst, java.nio.charset.StandardCharsets.UTF_8);
    }
}
