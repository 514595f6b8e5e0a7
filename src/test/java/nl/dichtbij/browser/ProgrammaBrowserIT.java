package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The board opens the programme dashboard and a project's history; beleid meets the form's
 * errors; the resident finds the survey in Mijn Dichtbij and answers it once. Every page passes axe-core.
 */
@IntegratieTest
class ProgrammaBrowserIT {

    @LocalServerPort int port;

    @Test
    void theBoardReadsTheDashboardAndTheResidentAnswersTheSurvey() throws Exception {
        try (Browser browser = Browser.start(port, "programma")) {
            browser.bureau();
            browser.inloggen("bestuur");
            assertThat(browser.url()).endsWith("/programma");
            browser.controleer();
            assertThat(browser.tekst()).contains("Casemanagement en toegang (Begeleiding Dichtbij)").contains("Inkoop")
                    .contains("Op schema").contains("Knelpunt").contains("Wat betekenen de stoplichten?");
            assertThat(browser.alle(By.cssSelector("table.stoplichten tbody tr"))).hasSizeGreaterThanOrEqualTo(7);
            browser.link("Inkoop");
            browser.controleer();
            assertThat(browser.tekst()).contains("Maandrapportages").contains("Niet gehaald").contains("regionale trekker")
                    .doesNotContain("Maandrapportage toevoegen");
            browser.open("/programma/enquete?jaar=2025");
            assertThat(browser.tekst()).contains("412").contains("86,0%").contains("Doel niet gehaald").contains("Doel gehaald");
            browser.uitloggen();

            browser.inloggen("beleid");
            browser.open("/programma");
            browser.link("Communicatie");
            browser.knop("Rapportage vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Controleer uw invoer").contains("Kies hoe het staat met resultaten.");
            browser.uitloggen();

            browser.telefoon();
            browser.inloggen("inwoner");
            assertThat(browser.tekst()).contains("Wat vindt u van onze hulp?");
            browser.link("Vul de vragenlijst in");
            browser.controleer();
            browser.knop("Antwoorden versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Controleer uw invoer").contains("Kies een antwoord bij");
            browser.kies("weetWaarheen");
            browser.kies("samenGezocht1");
            browser.kies("kwaliteitGoed5");
            browser.knop("Antwoorden versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Bedankt voor uw antwoorden");
            browser.open("/mijn/enquete");
            assertThat(browser.tekst()).contains("al ingevuld").doesNotContain("Antwoorden versturen");
            browser.open("/mijn");
            assertThat(browser.tekst()).doesNotContain("Vul de vragenlijst in");
        }
    }
}
