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

import tools.jackson.databind.json.JsonMapper;

/**
 * The council member opens the council overview and sees the same figure the API gives; the
 * controller reads the money page and enters a budget (first with a mistake); beleid opens the
 * stacking page, and the older steering pages with a year that is no year. Every page passes axe-core.
 */
@IntegratieTest
class SturingBrowserIT {

    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock;

    @Test
    void theCouncilOverviewShowsWhatTheApiGives() throws Exception {
        try (Browser browser = Browser.start(port, "sturing")) {
            browser.bureau();
            browser.inloggen("bestuur");
            browser.link("Raadsoverzicht");
            browser.controleer();
            browser.kiesOptie("jaar", "2017");
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Raadsoverzicht sociaal domein").contains("Geld").contains("Wat inwoners ervaren");
            String getoond = browser.veld("per-duizend").getText();

            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/sturing/raadsoverzicht?gemeente=0632&jaar=2017"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bestuur:demo".getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            var json = JsonMapper.builder().build().readTree(api.body());
            BigDecimal perDuizend = new BigDecimal(json.get("drieOfMeerPerDuizend").asString());
            assertThat(new BigDecimal(getoond.replace(',', '.'))).isEqualByComparingTo(perDuizend);
            assertThat(browser.tekst()).contains("Cliëntervaringsonderzoek " + json.get("enquetejaar").asInt());
            browser.link("Geld");
            browser.controleer();
            assertThat(browser.tekst()).as("the board reads the money page, the controller enters the budget")
                    .contains("Budget en prognose per thema").doesNotContain("Budget opslaan");
            browser.uitloggen();

            browser.inloggen("beleid");
            browser.link("Geld");
            browser.controleer();
            assertThat(browser.tekst()).contains("Budget en prognose per thema").contains("Let op:");
            // the budget of next year, so this year's demo budget (and its warning) stays as other tests expect it
            int volgendJaar = java.time.LocalDate.now(clock).getYear() + 1;
            browser.kiesOptie("jaar", String.valueOf(volgendJaar));
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            browser.typ("budget-GROEI", "heel veel");
            browser.knop("Budget opslaan");
            browser.controleer();
            assertThat(browser.tekst()).contains("Dat lukte niet").contains("Groei, ontwikkelen en leren");
            assertThat(browser.veld("budget-GROEI").getAttribute("value")).isEqualTo("heel veel");
            browser.typ("budget-GROEI", "9.000.000");
            browser.knop("Budget opslaan");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het budget is opgeslagen");
            assertThat(browser.veld("budget-GROEI").getAttribute("value")).isEqualTo("9000000");

            browser.link("Doorloop");
            browser.controleer();
            assertThat(browser.tekst()).contains("Doorlooptijd per stap").contains("Wachttijd per aanbieder").contains("Uitstroom per maand");

            browser.link("Stapeling");
            browser.controleer();
            browser.kiesOptie("jaar", "2017");
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Adressen per regeling, 2017").contains("Per kern, 2017");

            for (String pad : java.util.List.of("/sturing/stapeling", "/sturing/geld", "/sturing/doorloop", "/sturing/raad", "/sturing/wijken")) {
                browser.ga(pad + "?jaar=abc");
                browser.controleer();
                assertThat(browser.tekst()).as(pad).contains("Kies een jaar tussen 2000 en 2100, met vier cijfers.");
            }
        }
    }

    @Test
    void theTeamleiderDrillsDownFromTheStackingFigureToTheHouseholds() throws Exception {
        try (Browser browser = Browser.start(port, "sturing-teamleider")) {
            browser.bureau();
            browser.inloggen("teamleider");
            browser.link("Stapeling");
            browser.kiesOptie("jaar", "2017");
            browser.volg(By.xpath("//main//button[normalize-space()='Tonen']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Welke huishoudens zijn het?");
            browser.volg(By.xpath("//section[@aria-labelledby='welke']//ul/li/ul/li[1]/a"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Huishoudens met 3 of meer voorzieningen in 2017").contains("Wijk ")
                    .contains("vastgelegd in het logboek");
            assertThat(browser.alle(By.cssSelector("#tabel-huishoudens tbody tr"))).isNotEmpty();
        }
    }
}
