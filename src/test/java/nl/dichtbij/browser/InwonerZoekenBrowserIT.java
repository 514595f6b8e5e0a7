package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.personen.Inschrijvingen;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The staff search as a consulent uses it, on a phone and at the desk: type, search, read, go on to register a melding. */
@IntegratieTest
class InwonerZoekenBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;

    @Test
    void aConsulentSearchesAResidentAndRegistersAMeldingForHim() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(39).kind(7).inschrijven(inschrijvingen, clock);
        try (Browser browser = Browser.start(port, "zoeken")) {
            for (boolean smal : new boolean[] {true, false}) {
                if (smal) {
                    browser.smal();
                } else {
                    browser.bureau();
                }
                browser.inloggen("jeugdconsulent");
                browser.open("/werk");
                browser.link("Inwoner zoeken");
                browser.controleer();
                browser.knop("Zoeken");
                browser.controleer();
                assertThat(browser.tekst()).as("an empty search says what to type").contains("Vul een naam, BSN of adres in.");
                browser.typ("q", "Sem " + gezin.kind().achternaam());
                browser.knop("Zoeken");
                browser.controleer();
                assertThat(browser.tekst()).contains("1 inwoner gevonden", gezin.kind().naam(), "Geen lopende zaak voor dit huishouden");
                browser.link("Melding registreren");
                browser.controleer();
                assertThat(browser.veld("persoonBsn").getAttribute("value")).isEqualTo(gezin.kind().bsn());
                browser.uitloggen();
            }
        }
    }
}
