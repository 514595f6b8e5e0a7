package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.gemeente.Huisstijl;
import nl.dichtbij.gemeente.Huisstijlen;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Beheer gives Woerden other colours in a real browser: a colour too light is refused with the error in the title and the
 * focus on it, a good one paints the header at once; Montfoort, on the same installation, keeps its own. Axe-core on every page.
 */
@IntegratieTest
class HuisstijlBrowserIT {

    @LocalServerPort int port;
    @Autowired Huisstijlen huisstijlen;

    @Test
    void beheerPaintsTheMunicipalitysPagesInItsOwnColours() throws Exception {
        Huisstijl oud = huisstijlen.van("0632").orElseThrow();
        try (Browser browser = Browser.start(port, "huisstijl")) {
            browser.bureau();
            browser.inloggen("beheer");
            browser.link("Huisstijl");
            browser.controleer();
            assertThat(browser.stijl(".kop", "background-color")).as("the demo's Woerden").isEqualTo("rgba(0, 61, 48, 1)");

            browser.typ("primair", "#ffd700");
            browser.knop("Bewaren");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.focus()).contains("foutoverzicht");
            assertThat(browser.tekst()).contains("De kleur #ffd700 is te licht voor de knoppen");

            browser.typ("primair", "#1f4e79");
            browser.typ("donker", "#102a43");
            browser.knop("Bewaren");
            browser.controleer();
            assertThat(browser.tekst()).contains("De huisstijl is bewaard.");
            assertThat(browser.stijl(".kop", "background-color")).isEqualTo("rgba(16, 42, 67, 1)");
            assertThat(browser.stijl("button.knop", "background-color")).isEqualTo("rgba(31, 78, 121, 1)");
            assertThat(browser.tekst()).doesNotContain("Montfoort");
            browser.uitloggen();

            browser.inloggen("montfoort");
            browser.controleer();
            assertThat(browser.stijl(".kop", "background-color")).as("Montfoort keeps its own").isEqualTo("rgba(92, 14, 37, 1)");
        } finally {
            huisstijlen.vastleggen("0632", oud.primair(), oud.donker());
        }
    }
}
