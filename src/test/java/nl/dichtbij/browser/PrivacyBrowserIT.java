package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Henk shares his plan with a named professional of the other team, then stops sharing; she
 * uses emergency access; the teamleider sees it, and Henk sees who looked at his file and why.
 * Every page passes axe-core.
 */
@IntegratieTest
class PrivacyBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void consentWithdrawalBreakTheGlassAndTheAccessLog() throws Exception {
        try (Browser browser = Browser.start(port, "privacy")) {
            browser.bureau();
            String meldingId = browser.vraagHulpAls("mantelzorger", "Ik kan mijn rekeningen niet meer overzien sinds mijn vrouw overleed.", "Geld en schulden");
            long zaakId = jdbc.sql("select zaak_id from melding where id = ?").param(Long.parseLong(meldingId)).query(Long.class).single();

            browser.inloggen("mantelzorger");
            browser.open("/mijn/gegevens");
            browser.link("Met wie deel ik mijn dossier?");
            browser.controleer();
            browser.kiesOptie("partij", "Jasmijn Bakker");
            browser.kies("deel-PLAN");
            browser.knop("Toestemming geven");
            browser.controleer();
            assertThat(browser.tekst()).contains("Uw toestemming is vastgelegd").contains("Jasmijn Bakker").contains("Ondersteuningsplan");
            browser.uitloggen();

            browser.inloggen("jeugdconsulent");
            browser.open("/werk/zaken/" + zaakId);
            assertThat(browser.tekst()).contains("U ziet alleen de delen die de inwoner met u heeft gedeeld").doesNotContain("Aanvragen en besluiten");
            browser.uitloggen();

            browser.inloggen("mantelzorger");
            browser.open("/mijn/toestemmingen");
            browser.knop("Stop delen");
            browser.controleer();
            assertThat(browser.tekst()).contains("U heeft de toestemming gestopt").contains("Gestopt op");
            browser.uitloggen();

            browser.inloggen("jeugdconsulent");
            browser.open("/werk/zaken/" + zaakId);
            assertThat(browser.tekst()).contains("U heeft geen toegang tot dit dossier");
            browser.typ("reden", "Crisismelding van de huisarts, de regisseur is vandaag niet bereikbaar.");
            browser.knop("Noodtoegang nemen");
            browser.controleer();
            assertThat(browser.tekst()).contains("U bekijkt dit dossier met noodtoegang").contains("Ondersteuningsplan");
            browser.uitloggen();

            browser.inloggen("teamleider");
            browser.open("/teams/noodtoegang");
            assertThat(browser.tekst()).contains("Jasmijn Bakker").contains("Crisismelding van de huisarts");
            browser.uitloggen();

            browser.inloggen("mantelzorger");
            browser.open("/mijn/logboek");
            assertThat(browser.tekst()).contains("met noodtoegang uw dossier geopend").contains("Crisismelding van de huisarts")
                    .contains("Jasmijn Bakker").contains("Toestemming van de inwoner");
        }
    }
}
