package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.berichten.Aanbiedersberichten;
import nl.dichtbij.personen.PersonenRegister;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The provider uploads a verzoek om toewijzing in the portal and reads the retour; the Jeugd
 * consulent answers it under Verzoeken; the provider then finds the new 301. Every page passes axe-core.
 */
@IntegratieTest
class BerichtenBrowserIT {

    @LocalServerPort int port;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired PersonenRegister register;
    @Autowired Clock clock;

    @Test
    void aProviderAsksAndTheRegisseurAssigns() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        String bsn = nl.dichtbij.Testhuishouden.in("0632").volwassene(40).kind(8).inschrijven(inschrijvingen, clock).kind().bsn();
        String naam = register.persoon("0632", bsn).orElseThrow().naam();
        Path bestand = Files.createTempFile("jw315-", ".xml");
        Files.writeString(bestand, Aanbiedersberichten.jw315("42420001", "0632", "BR" + System.nanoTime() % 1_000_000_000L, vandaag, bsn,
                List.of(new Aanbiedersberichten.Gevraagd("BROWSER" + System.nanoTime() % 1_000_000L, "45", "45A01", vandaag.plusDays(7),
                        vandaag.plusMonths(6), 3))), StandardCharsets.UTF_8);

        try (Browser browser = Browser.start(port, "berichten")) {
            browser.bureau();
            browser.inloggen("aanbieder");
            browser.link("Berichten");
            browser.controleer();
            browser.knop("Versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Kies een bestand met een bericht");
            Path pdf = Files.createTempFile("verklaring-", ".pdf");
            Files.writeString(pdf, "%PDF-1.4 verklaring", StandardCharsets.UTF_8);
            browser.veld("bestand").sendKeys(pdf.toString());
            browser.knop("Versturen");
            browser.controleer();
            assertThat(browser.tekst()).as("a PDF by mistake is told in Dutch").contains("Dit bestand is geen XML-bericht").doesNotContain("prolog");
            Path onbekend = Files.createTempFile("jw305-", ".xml");
            Files.writeString(onbekend, Aanbiedersberichten.jw305("42420001", "0632", "BS" + System.nanoTime() % 1_000_000_000L, vandaag, bsn,
                    999_999_999L, "45", "45A01", vandaag, "1"), StandardCharsets.UTF_8);
            browser.veld("bestand").sendKeys(onbekend.toString());
            browser.knop("Versturen");
            browser.controleer();
            assertThat(browser.tekst()).as("the refusal in the code list's words, not only inside the XML").contains("(deels) afgekeurd")
                    .contains("9019: Het regiebericht kan niet gekoppeld worden aan een toewijzing.");
            browser.veld("bestand").sendKeys(bestand.toString());
            browser.knop("Versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Uw JW315 is goedgekeurd").contains("Download het retourbericht (JW316)");
            browser.uitloggen();

            browser.inloggen("jeugdconsulent");
            browser.link("Verzoeken");
            browser.controleer();
            assertThat(browser.tekst()).contains("Verzoeken van aanbieders").contains(naam);
            browser.volg(By.linkText(naam));
            browser.controleer();
            assertThat(browser.tekst()).contains("Verzoek om toewijzing voor " + naam).contains("Jeugdhulp Voorbeeld B.V.").contains("45A01");
            browser.knop("Toewijzen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Toegewezen. De aanbieder krijgt een nieuw toewijzingbericht (301).").contains("Beantwoord");
            browser.uitloggen();

            browser.inloggen("aanbieder");
            browser.link("Berichten");
            assertThat(browser.tekst()).contains("Download JW301");
            browser.open("/aanbieder");
            browser.volg(By.cssSelector("a[href^='/aanbieder/clienten/']"));
            browser.controleer();
            assertThat(browser.tekst()).as("the omvang in words, not raw codes").containsPattern("Omvang\\s+(budget|\\d+ \\p{L})").doesNotContain("(04, ");
        }
    }
}
