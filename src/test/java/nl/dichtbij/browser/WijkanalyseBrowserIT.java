package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The council member opens the wijkanalyse of the stacking year, reads the same figure the API gives, and the page passes axe-core. */
@IntegratieTest
class WijkanalyseBrowserIT {

    @LocalServerPort int port;

    @Test
    void theBoardReadsTheWijkanalyseAsTheApiGivesIt() throws Exception {
        try (Browser browser = Browser.start(port, "wijkanalyse")) {
            browser.bureau();
            browser.inloggen("bestuur");
            browser.link("Wijkanalyse");
            browser.controleer();
            browser.kiesOptie("jaar", "2017");
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Wijkanalyse").contains("Per wijk, 2017").contains("Per kern, 2017")
                    .contains("Aantallen van 1 tot en met 4 laten we weg");
            assertThat(browser.alle(By.cssSelector("main svg[role='img'] title"))).as("the chart has a text alternative").hasSize(1);
            // in the kern table: Kern, Inwoners, Huishoudens, met een voorziening, 3 of meer, 3 of meer per 1.000 huishoudens
            String getoond = browser.alle(By.xpath("//table[@id='tabel-kernen']//tr[th='Woerden']/td[5]")).getFirst().getText();

            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/sturing/wijken?gemeente=0632&jaar=2017"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bestuur:demo".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            JsonNode woerden = null;
            for (JsonNode k : JsonMapper.builder().build().readTree(api.body()).get("perKern")) {
                if (k.get("kern").asString().equals("Woerden")) {
                    woerden = k;
                }
            }
            assertThat(woerden).isNotNull();
            BigDecimal perDuizend = new BigDecimal(woerden.get("drieOfMeerPerDuizend").asString());
            assertThat(perDuizend).isPositive();
            assertThat(new BigDecimal(getoond.replace(',', '.'))).isEqualByComparingTo(perDuizend);
            assertThat(browser.tekst()).contains("3 of meer voorzieningen: " + getoond + " per 1.000 huishoudens");
        }
    }
}
