package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, item 3, in a real browser: the resident types her question, the draft is saved while she types, the session
 * times out before she sends it; she logs in again and is back on the form with her text.
 */
@IntegratieTest
class ConceptBrowserIT {

    private static final String TEKST = "Mijn moeder vergeet steeds vaker haar medicijnen en ik kan niet elke dag langs.";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void whatTheResidentTypedSurvivesASessionTimeout() throws Exception {
        jdbc.sql("delete from concept").update();
        try (Browser browser = Browser.start(port, "concept")) {
            browser.telefoon();
            browser.inloggen("inwoner");
            browser.link("Hulp vragen");
            browser.typ("omschrijving", TEKST);
            browser.wachtOpTekst("concept-status", "Concept bewaard om", Duration.ofSeconds(15));
            browser.controleer();

            jdbc.sql("delete from spring_session where principal_name = 'inwoner'").update(); // thirty minutes without a click
            browser.knop("Vraag versturen");
            browser.controleer();
            assertThat(browser.url()).contains("/inloggen");
            assertThat(browser.tekst()).contains("U bent uitgelogd").doesNotContain("andere rol");

            browser.veld("username").sendKeys("inwoner");
            browser.veld("password").sendKeys("demo");
            browser.knop("Inloggen");
            browser.controleer();
            assertThat(browser.url()).endsWith("/mijn/hulp-vragen");
            assertThat(browser.tekst()).contains("Wij hebben uw concept van");
            assertThat(browser.veld("omschrijving").getAttribute("value")).isEqualTo(TEKST);

            browser.knop("Concept weggooien en opnieuw beginnen");
            assertThat(browser.veld("omschrijving").getAttribute("value")).isEmpty();
            assertThat(browser.tekst()).doesNotContain("Wij hebben uw concept van");
        }
    }
}
