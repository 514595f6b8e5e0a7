package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The consulent writes a plan with a goal and actions, hands the case over, and the resident
 * sees the plan and the new contact in Mijn Dichtbij and agrees to it. Every page passes axe-core.
 */
@IntegratieTest
class PlanBrowserIT {

    @LocalServerPort int port;

    @Test
    void planAgreementAndWarmHandover() throws Exception {
        try (Browser browser = Browser.start(port, "plan")) {
            browser.bureau();
            String meldingId = browser.vraagHulpAlsInwoner("Ik red het niet meer met de rekeningen en de zorg voor Tom.", "Geld en schulden");

            browser.inloggen("wmoconsulent");
            browser.open("/werk/meldingen/" + meldingId);
            browser.volg(By.cssSelector("a[href^='/werk/zaken/']:not([href*='/veiligheid'])"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Ondersteuningsplan").contains("Regie");

            browser.knop("Doel toevoegen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Kies het levensgebied waar dit doel over gaat.").doesNotContain("Het doel is toegevoegd");
            browser.typ("omschrijving", "Mijn rekeningen weer op tijd betalen");
            browser.kiesOptie("persoonBsn", "Sanne de Wit");
            browser.kiesOptie("levensgebied", "Geld en schulden");
            browser.kiesOptie("regeling", "Schuldhulpverlening");
            browser.kiesOptie("zrmDomein", "Financiën");
            browser.kiesOptie("doelscore", "4");
            browser.knop("Doel toevoegen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het doel is toegevoegd").contains("Mijn rekeningen weer op tijd betalen");

            String doel = browser.alle(By.cssSelector("section[id^='doel-']")).getLast().getAttribute("id").replace("doel-", "");
            voegActieToe(browser, doel, "Samen de post openen", "Netwerk of mantelzorger (informeel)", "dochter Karin");
            voegActieToe(browser, doel, "Budgetcursus volgen", "Algemene voorziening (formeel)", "Humanitas Thuisadministratie");
            assertThat(browser.tekst()).contains("Netwerk of mantelzorger: dochter Karin").contains("Informeel en formeel");

            boolean bijJasmijn = browser.tekst().contains("Regisseur\nJasmijn Bakker") || browser.tekst().contains("Regisseur Jasmijn Bakker");
            String nieuweRegisseur = bijJasmijn ? "Willem Visser" : "Jasmijn Bakker";
            browser.kiesOptie("naar", nieuweRegisseur);
            browser.typ("notitie", "Schulden en zorg voor Tom. Afgesproken: post samen met dochter, budgetcursus.");
            browser.knop("Zaak overdragen");
            browser.controleer();
            assertThat(browser.tekst()).contains("De zaak is overgedragen").contains("Schulden en zorg voor Tom");
            browser.uitloggen();

            browser.telefoon();
            browser.inloggen("inwoner");
            browser.link("Mijn plan");
            browser.controleer();
            assertThat(browser.tekst()).contains(nieuweRegisseur).contains("Uw nieuwe contactpersoon is " + nieuweRegisseur)
                    .contains("Mijn rekeningen weer op tijd betalen").contains("dochter Karin")
                    .contains("Actie toegevoegd bij");
            assertThat(browser.veld("bericht-teller").getAttribute("textContent")).as("a message says how much room is left")
                    .isEqualTo("Nog 1000 tekens over.");
            browser.klik(By.xpath("//summary[normalize-space()='Ik ben het niet eens met het plan']"));
            browser.knop("Niet akkoord versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Schrijf waarmee u het niet eens bent.");
            browser.typ("reden", "Ik wil eerst zelf met de bank bellen.");
            browser.knop("Niet akkoord versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("U gaf aan dat u het niet eens bent").contains("Ik wil eerst zelf met de bank bellen.");
            browser.knop("Ik ga akkoord met dit plan");
            browser.controleer();
            assertThat(browser.tekst()).contains("U bent akkoord gegaan met het plan").contains("U ging akkoord met deze versie");
        }
    }

    private static void voegActieToe(Browser browser, String doel, String wat, String wie, String naam) {
        browser.klik(By.cssSelector("#doel-" + doel + " details summary"));
        browser.typ("actie-omschrijving-" + doel, wat);
        browser.kiesOptie("actie-uitvoerder-" + doel, wie);
        browser.typ("actie-naam-" + doel, naam);
        browser.volg(By.cssSelector("#doel-" + doel + " form[action$='/acties'] button[type=submit]"));
        browser.controleer();
        assertThat(browser.tekst()).contains("De actie is toegevoegd").contains(wat);
    }
}
