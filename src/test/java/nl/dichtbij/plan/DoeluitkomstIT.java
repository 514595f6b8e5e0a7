package nl.dichtbij.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: a goal ends with a chosen outcome (bereikt, deels, niet, niet meer nodig), so goals reached can be counted. */
@IntegratieTest
class DoeluitkomstIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aGoalEndsWithAChosenOutcome() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(35).kind(10).inschrijven(inschrijvingen, clock);
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        long doel = plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Zelf naar school fietsen", gezin.kind().bsn(),
                Levensgebied.DAGBESTEDING, null, null, Regeling.JEUGDWET, 3));

        HttpClient browser = Inloggen.als(port, "jeugdconsulent");
        String pagina = get(browser, "/werk/zaken/" + zaak.id()).body();
        assertThat(pagina).contains("Hoe is het doel afgelopen?").contains("id=\"uitkomst-" + doel + "-BEREIKT\"");

        HttpResponse<String> zonderKeuze = post(browser, "/werk/zaken/" + zaak.id() + "/doelen/" + doel + "/beeindigen", "reden=klaar", pagina);
        assertThat(zonderKeuze.body()).contains("Kies hoe het doel is afgelopen: bereikt, deels bereikt, niet bereikt of niet meer nodig.")
                .as("the form opens again with the explanation as typed").containsPattern("<details open[^>]*>\\s*<summary>Doel beëindigen")
                .containsPattern("id=\"reden-" + doel + "\"[^>]*value=\"klaar\"");
        assertThat(uitkomst(doel)).isNull();

        HttpResponse<String> bereikt = post(browser, "/werk/zaken/" + zaak.id() + "/doelen/" + doel + "/beeindigen",
                "uitkomst=BEREIKT&reden=" + URLEncoder.encode("Hij fietst elke dag zelf.", StandardCharsets.UTF_8), pagina);
        assertThat(bereikt.uri().getPath()).isEqualTo("/werk/zaken/" + zaak.id());
        assertThat(uitkomst(doel)).isEqualTo("BEREIKT");
        assertThat(jdbc.sql("select beeindigd_op from doel where id = ?").param(doel).query(LocalDate.class).single()).isEqualTo(LocalDate.now(clock));
        assertThat(bereikt.body()).contains("Doel beëindigd: Zelf naar school fietsen. Uitkomst: Bereikt. Hij fietst elke dag zelf.");
    }

    private String uitkomst(long doel) {
        return jdbc.sql("select uitkomst from doel where id = ?").param(doel).query(String.class).optional().orElse(null);
    }

    private HttpResponse<String> get(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String pad, String velden, String pagina) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + Inloggen.csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
