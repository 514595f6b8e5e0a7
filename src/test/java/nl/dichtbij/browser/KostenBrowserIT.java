package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The teamleider opens cost per client from the menu, follows the drill-down to the households ranked by cost and back,
 * on a desk screen and on a 320 px phone; the board reads the same page without the drill-down. Every page passes axe-core
 * and none scrolls sideways.
 */
@IntegratieTest
class KostenBrowserIT {

    @LocalServerPort int port;

    @Test
    void theTeamleiderDrillsDownToTheHouseholdsAndTheBoardDoesNot() throws Exception {
        try (Browser browser = Browser.start(port, "kosten")) {
            browser.bureau();
            browser.inloggen("teamleider");
            browser.link("Kosten per cliënt");
            browser.controleer();
            assertThat(browser.tekst()).contains("Kosten per cliënt").contains("Waar zit het geld?").contains("Kosten per cliënt per wet en productcategorie")
                    .contains("Uitgaven per tiende van de huishoudens").contains("Duur van de trajecten");
            browser.link("Bekijk welke huishoudens het zijn");
            browser.controleer();
            assertThat(browser.tekst()).contains("Huishoudens met de hoogste kosten").contains("wordt vastgelegd in het logboek");
            assertThat(browser.alle(By.cssSelector("#tabel-kostenhuishoudens tbody tr"))).as("the demo has households with care")
                    .isNotEmpty();
            browser.smal();
            browser.controleer();
            browser.link("Terug naar kosten per cliënt");
            browser.controleer();
            browser.ga("/sturing/kosten?jaar=abc");
            browser.controleer();
            assertThat(browser.tekst()).contains("Kies een jaar tussen 2000 en 2100, met vier cijfers.");
            browser.bureau();
            browser.uitloggen();

            browser.inloggen("bestuur");
            browser.link("Kosten per cliënt");
            browser.controleer();
            assertThat(browser.tekst()).contains("Waar zit het geld?").doesNotContain("Bekijk welke huishoudens het zijn");
            browser.smal();
            browser.controleer();
        }
    }
}
