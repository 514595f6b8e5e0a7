package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On her phone the resident withdraws a question she no longer needs help with; the team sees why it left the queue. */
@IntegratieTest
class VraagIntrekkenBrowserIT {

    @LocalServerPort int port;

    @Test
    void theResidentWithdrawsHerQuestionAndTheTeamSeesIt() throws Exception {
        try (Browser browser = Browser.start(port, "intrekken")) {
            browser.telefoon();
            String meldingId = browser.vraagHulpAlsInwoner("Ik kan de brieven van de belasting niet goed lezen.", "Dagelijkse dingen regelen");
            browser.inloggen("inwoner");
            browser.open("/mijn/meldingen/" + meldingId);
            browser.controleer();
            browser.klik(By.xpath("//summary[normalize-space()='Vraag intrekken']"));
            browser.knop("Vraag intrekken");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("Kies waarom u de vraag intrekt.");

            browser.kiesLabel("Het probleem is opgelost");
            browser.typ("toelichting", "Mijn buurman helpt mij nu met de post.");
            browser.knop("Vraag intrekken");
            browser.controleer();
            assertThat(browser.alle(By.cssSelector("dl.feiten strong")).getFirst().getText()).isEqualTo("Ingetrokken");
            assertThat(browser.tekst()).contains("Uw vraag is ingetrokken")
                    .contains("Geen termijn meer").contains("Mijn buurman helpt mij nu met de post.")
                    .doesNotContain("Heeft u geen hulp meer nodig?");
            browser.open("/mijn");
            assertThat(browser.tekst()).contains("Status: Ingetrokken");
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open("/werk/meldingen/" + meldingId);
            browser.controleer();
            assertThat(browser.tekst()).contains("Ingetrokken door de inwoner").contains("het probleem is opgelost")
                    .contains("De melding staat niet meer in de wachtrij");
            assertThat(browser.alle(By.xpath("//button[normalize-space()='Oppakken']"))).isEmpty();
        }
    }
}
