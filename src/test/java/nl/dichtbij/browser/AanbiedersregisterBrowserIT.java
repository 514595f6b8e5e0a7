package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone, beheer registers a provider: first with an AGB code that is too short (the error in the title, the focus on the
 * list of errors, what was typed kept), then corrected; adds a quality mark on the provider's page; beleid reads it without
 * forms. Axe-core and the sideways-scroll check on every page.
 */
@IntegratieTest
class AanbiedersregisterBrowserIT {

    @LocalServerPort int port;

    @Test
    void beheerRegistersAProviderOnAPhone() throws Exception {
        String agb = "79" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        try (Browser browser = Browser.start(port, "aanbiedersregister")) {
            browser.telefoon();
            browser.inloggen("beheer");
            browser.open("/beheer/aanbieders");
            assertThat(browser.tekst()).contains("Aanbiedersregister", "Jeugdhulp Voorbeeld B.V.");
            browser.knop("Aanbieder inschrijven");
            browser.controleer();

            browser.typ("agbCode", "4242");
            browser.typ("kvkNummer", "30765432");
            browser.typ("naam", "Telefoonzorg Woerden");
            browser.knop("Inschrijven");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.focus()).contains("foutoverzicht");
            assertThat(browser.tekst()).contains("Een AGB-code heeft precies 8 cijfers");
            assertThat(browser.veld("naam").getAttribute("value")).isEqualTo("Telefoonzorg Woerden");

            browser.typ("agbCode", agb);
            browser.knop("Inschrijven");
            browser.controleer();
            assertThat(browser.tekst()).contains("De aanbieder is ingeschreven.", agb, "Actief", "Ingeschreven: Telefoonzorg Woerden");

            browser.klik(By.xpath("//summary[normalize-space()='Keurmerk toevoegen']"));
            browser.typ("soort", "Keurmerk Zorg");
            browser.knop("Keurmerk toevoegen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het keurmerk is toegevoegd.", "Keurmerk Zorg", "Geen einddatum");
            browser.uitloggen();

            browser.inloggen("beleid");
            browser.open("/beheer/aanbieders?tekst=" + agb);
            browser.link("Telefoonzorg Woerden");
            browser.controleer();
            assertThat(browser.tekst()).contains("Keurmerk Zorg").doesNotContain("Gegevens wijzigen", "Keurmerk toevoegen");
        }
    }
}
