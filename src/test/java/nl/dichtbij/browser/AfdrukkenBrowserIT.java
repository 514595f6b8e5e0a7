package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The day overview and the werkbak on paper: the content only, no menu, buttons or forms, tables not cut off. */
@IntegratieTest
class AfdrukkenBrowserIT {

    @LocalServerPort int port;

    @Test
    void theDayOverviewPrintsWithoutMenuButtonsAndForms() throws Exception {
        try (Browser browser = Browser.start(port, "afdrukken")) {
            browser.bureau();
            browser.inloggen("jeugdconsulent");
            browser.open("/werk/dagoverzicht");
            assertThat(browser.zichtbaar("header.kop")).as("on screen the menu shows").isEqualTo(1);

            browser.afdrukken();
            browser.ga("/werk/dagoverzicht");
            assertThat(browser.zichtbaar("main h1")).as("the content prints").isEqualTo(1);
            assertThat(browser.zichtbaar("header.kop, footer.voet, main form, main button, .skiplink")).as("no menu, footer, forms or buttons").isZero();
            browser.ga("/werk");
            assertThat(browser.zichtbaar("table")).as("the werkbak's tables print").isPositive();
            assertThat(browser.zichtbaar("header.kop, main form")).isZero();
        }
    }
}
