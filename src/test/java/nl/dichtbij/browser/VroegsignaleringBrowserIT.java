package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.vroegsignalering.Signaalbronnen;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20, vroegsignalering: a housing corporation sends a debt signal through the API; the Wmo consulent finds it from his
 * werkbak, picks it up, records a home visit in which he reached the household, and records that it accepted help. On a
 * 320 px phone and at the desk, every page checked with axe-core and for sideways scrolling.
 */
@IntegratieTest
class VroegsignaleringBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Signaalbronnen bronnen;
    @Autowired Clock clock;

    @Test
    void aDebtSignalArrivesAndTheConsulentReachesTheHouseholdAndRecordsTheOutcome() throws Exception {
        var bron = bronnen.aanmaken(new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null), "Woonpartners " + System.nanoTime(),
                "WONINGCORPORATIE");
        try (Browser browser = Browser.start(port, "vroegsignalering")) {
            for (boolean smal : new boolean[] {true, false}) {
                Persoon huurder = Testhuishouden.in("0632").volwassene(46).inschrijven(inschrijvingen, clock).volwassene();
                HttpResponse<String> signaal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/vroegsignalen"))
                        .header("Authorization", "Bearer " + bron.sleutel()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"bsn":"%s","kenmerk":"WP-%s","datum":"%s","achterstand":"3-maanden-of-meer","dreiging":true}"""
                                .formatted(huurder.bsn(), smal, LocalDate.now(clock).minusDays(4)))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(signaal.statusCode()).as(signaal.body()).isEqualTo(200);
                if (smal) {
                    browser.smal();
                } else {
                    browser.bureau();
                }
                browser.inloggen("wmoconsulent");
                browser.open("/werk");
                browser.link("Signalen van schulden");
                browser.controleer();
                assertThat(browser.tekst()).contains("Open signalen, het vroegste eerste contact bovenaan", huurder.naam(), "Huisuitzetting dreigt");
                browser.link(huurder.naam());
                browser.controleer();
                assertThat(browser.tekst()).contains("Signaal van schulden", "3 werkdagen, want huisuitzetting dreigt", "Nog niet opgepakt");
                browser.knop("Ik pak dit op");
                browser.controleer();
                assertThat(browser.tekst()).contains("U heeft het signaal opgepakt.", "Opgepakt door Willem Visser");
                browser.knop("Contactpoging vastleggen");
                browser.controleer();
                assertThat(browser.titel()).startsWith("Fout:");
                assertThat(browser.tekst()).contains("Kies hoe u contact zocht: huisbezoek, telefoon of brief.");
                browser.kies("wijze-HUISBEZOEK");
                browser.kies("bereikt-ja");
                browser.typ("poging-notitie", "Meneer was thuis en wil hulp bij de huurachterstand.");
                browser.knop("Contactpoging vastleggen");
                browser.controleer();
                assertThat(browser.tekst()).contains("De contactpoging is vastgelegd.", "huisbezoek: gesproken", "Eerste contact op");
                browser.kies("uitkomst-HULP_AANGENOMEN");
                browser.knop("Uitkomst vastleggen");
                browser.controleer();
                assertThat(browser.tekst()).contains("Het signaal is afgerond: hulp aangenomen.", "Melding registreren voor " + huurder.naam());
                assertThat(browser.alle(By.cssSelector("form[action$='/contactpogingen']"))).as("nothing more to record").isEmpty();
                browser.uitloggen();
            }
        }
    }
}
