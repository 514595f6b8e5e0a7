package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Telefoonmelding;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20: an urgent melding jumps the queue. On a 320 px phone the Wmo consulent finds it above his tasks and the team's
 * queue, marked in words; he opens and picks it up and it leaves the urgent list; the teamleider saw it on the team's page.
 */
@IntegratieTest
class DringendBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Gemeenten gemeenten;

    @Test
    void anUrgentMeldingStandsOnTopUntilSomeonePicksItUp() throws Exception {
        Telefoonmelding.Gemeld melding = new Telefoonmelding(port).registreer(inschrijvingen, clock, "DRINGEND",
                "Mantelzorger valt weg, moeder kan niet alleen thuis blijven.", "praktisch-functioneren");
        long wmoteam = gemeenten.teamVoor("0632", Doelgroep.WMO).id();

        try (Browser browser = Browser.start(port, "dringend")) {
            browser.bureau();
            browser.inloggen("teamleider");
            browser.open("/teams/" + wmoteam);
            browser.controleer();
            assertThat(dringend(browser)).contains(melding.naam(), "Dringend");
            browser.uitloggen();

            browser.smal();
            browser.inloggen("wmoconsulent");
            browser.open("/werk");
            browser.controleer();
            String werkbak = browser.tekst();
            assertThat(werkbak.indexOf("Dringend: nog niet opgepakt")).as("the urgent list is there").isNotNegative()
                    .as("above the tasks").isLessThan(werkbak.indexOf("Taken"))
                    .as("and above the team's queue").isLessThan(werkbak.indexOf("Nieuw in de wachtrij van het team"));
            assertThat(dringend(browser)).contains(melding.naam(), "Dringend");
            browser.volg(By.cssSelector("section.dringend a[href='/werk/meldingen/" + melding.meldingId() + "']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Oppakken uiterlijk");
            browser.knop("Oppakken");
            browser.controleer();
            browser.open("/werk");
            assertThat(browser.alle(By.cssSelector("section.dringend a[href='/werk/meldingen/" + melding.meldingId() + "']")))
                    .as("picked up: no longer in the urgent list").isEmpty();
        }
    }

    private static String dringend(Browser browser) {
        var secties = browser.alle(By.cssSelector("section.dringend"));
        return secties.isEmpty() ? "" : secties.getFirst().getText();
    }
}
