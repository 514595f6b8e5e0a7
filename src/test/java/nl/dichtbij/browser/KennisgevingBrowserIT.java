package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Postbus;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On her phone the resident asks to be told of news by e-mail and confirms her address with the code she received. */
@IntegratieTest
class KennisgevingBrowserIT {

    private static final Postbus POST = Postbus.start();

    @LocalServerPort int port;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        POST.instellen(properties);
    }

    @AfterAll
    static void stop() {
        POST.stop();
    }

    @Test
    void theResidentConfirmsHerAddressWithTheCode() throws Exception {
        try (Browser browser = Browser.start(port, "kennisgeving")) {
            browser.telefoon();
            browser.inloggen("inwoner");
            browser.open("/mijn/gegevens");
            browser.link("Berichten over nieuws");
            browser.controleer();
            browser.typ("adres-EMAIL", "sanne@voorbeeld");
            browser.knop("Stuur mij een code");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.");

            browser.typ("adres-EMAIL", "sanne.dewit@voorbeeld.nl");
            browser.knop("Stuur mij een code");
            browser.controleer();
            assertThat(browser.tekst()).contains("We hebben een code gestuurd naar sanne.dewit@voorbeeld.nl");
            String code = Postbus.code(Postbus.tekst(POST.wachtOp("sanne.dewit@voorbeeld.nl", 1)[0]));
            browser.typ("code-EMAIL", code);
            browser.knop("Bevestigen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gelukt. U krijgt voortaan een e-mail als er iets nieuws voor u is.")
                    .contains("Dit staat aan. We sturen een e-mail naar sanne.dewit@voorbeeld.nl");
            browser.knop("Geen e-mail meer");
            assertThat(browser.tekst()).contains("U krijgt geen e-mail meer van ons.");
        }
    }
}
