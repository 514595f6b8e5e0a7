package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.PdfUa;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the plan to the decision letter the resident reads, and his objection: the consulent makes
 * an aanvraag from the case, decides (first with a mistake), the resident opens the letter in
 * Mijn besluiten and objects with an attachment. Every page passes axe-core.
 */
@IntegratieTest
class BesluitBrowserIT {

    @LocalServerPort int port;

    @Test
    void fromPlanToDecisionLetterAndObjection() throws Exception {
        try (Browser browser = Browser.start(port, "besluit")) {
            browser.bureau();
            String meldingId = browser.vraagHulpAlsInwoner("Ik kan mijn administratie niet meer bijhouden.", "Geld en schulden");

            browser.inloggen("wmoconsulent");
            browser.open("/werk/meldingen/" + meldingId);
            browser.volg(By.cssSelector("a[href^='/werk/zaken/']:not([href*='/veiligheid'])"));
            String zaakPad = browser.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
            browser.kiesOptie("aanvraag-persoon", "Sanne de Wit");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.veld("aanvraag-wet")).getFirstSelectedOption().getText())
                    .as("a Wmo consulent's aanvraag starts under the Wmo").isEqualTo("Wet maatschappelijke ondersteuning 2015");
            browser.kiesOptie("aanvraag-wet", "Wet maatschappelijke ondersteuning 2015");
            browser.typ("aanvraag-omschrijving", "Begeleiding bij de administratie");
            browser.knop("Aanvraag maken");
            browser.controleer();
            assertThat(browser.tekst()).contains("Aanvraag Wet maatschappelijke ondersteuning 2015").contains("Wmo 2015 art. 2.3.5 lid 1");

            browser.kiesLabel("Toegekend");
            browser.typ("resultaat", "Mevrouw houdt haar administratie zelf bij.");
            browser.kiesOptie("productcode", "02A01 Begeleiding individueel — categorie 02 Begeleiding");
            browser.typ("volume", "3");
            browser.kiesOptie("frequentie", "2 Per week");
            browser.kiesLabel("Zorg in natura");
            browser.kiesOptie("aanbiederId", "Zorg Dichtbij Woerden (AGB 42420002)");
            browser.typ("motivering", "Uit het gesprek blijkt dat mevrouw dit niet zelf of met haar netwerk kan.");
            browser.knop("Besluit nemen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Een omvang heeft een eenheid, bijvoorbeeld uur of dagdeel.")
                    .doesNotContain("Het besluit is genomen");
            assertThat(browser.veld("motivering").getAttribute("value")).contains("niet zelf of met haar netwerk");

            browser.kiesOptie("eenheid", "04 Uur");
            browser.knop("Besluit nemen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het besluit is genomen").contains("Vastgesteld en verzonden").contains("Besluitbrief (PDF)");
            browser.uitloggen();

            browser.telefoon();
            browser.inloggen("inwoner");
            browser.link("Mijn besluiten");
            browser.controleer();
            assertThat(browser.tekst()).contains("Begeleiding individueel: toegekend");
            String brief = browser.href(By.partialLinkText("Lees de brief"));
            String tekst = PdfUa.assertToegankelijk(browser.download(brief));
            assertThat(tekst).contains("Begeleiding individueel").contains("3 uur per week").contains("Zorg Dichtbij Woerden")
                    .contains("binnen 6 weken");

            browser.link("Bezwaar maken tegen");
            browser.controleer();
            browser.typ("gronden", "Drie uur per week is te weinig; mijn dochter kan niet elke week helpen.");
            Path bijlage = Files.createTempFile("brief-huisarts", ".pdf");
            Files.write(bijlage, "%PDF-1.4\n% verklaring van de huisarts\n".getBytes());
            browser.veld("bijlagen").sendKeys(bijlage.toString());
            browser.knop("Bezwaar versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Wij hebben uw bezwaar ontvangen").contains("U maakte bezwaar");
            assertThat(new String(browser.download(browser.href(By.partialLinkText("(downloaden)"))))).contains("verklaring van de huisarts");
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open(zaakPad);
            assertThat(browser.tekst()).contains("Bezwaar van");
            browser.volg(By.cssSelector("a[href^='/werk/aanvragen/']"));
            assertThat(browser.tekst()).contains("Status: nog niet beslist");
            assertThat(new String(browser.download(browser.href(By.partialLinkText("(downloaden)")))))
                    .as("the professional opens the resident's attachment").contains("verklaring van de huisarts");
            String aanvraagPad = browser.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
            browser.kiesOptie("wijziging", "Intrekken");
            browser.typ("wijzig-reden", "Mevrouw verhuist naar Utrecht.");
            browser.kiesOptie("wijzig-reden-toewijzing", "07 Verhuizing naar een andere gemeente");
            browser.knop("Wijziging vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het besluit is gewijzigd.");
            for (int poging = 0; poging < 20 && !browser.tekst().contains("gewijzigd: verhuizing naar een andere gemeente"); poging++) {
                Thread.sleep(500);
                browser.open(aanvraagPad);
            }
            assertThat(browser.tekst()).as("the provider hears why: JZ002 reason 07 on the new 301")
                    .contains("gewijzigd: verhuizing naar een andere gemeente");
            browser.open("/werk/dagoverzicht");
            assertThat(browser.tekst()).contains("Dagoverzicht").contains("Termijnen binnen een week");
            browser.uitloggen();
            browser.inloggen("teamleider");
            browser.open("/teams/termijnen");
            browser.uitloggen();
            browser.inloggen("beheer");
            browser.open("/beheer/codelijsten");
            assertThat(browser.tekst()).contains("WMO020").contains("Begeleiding").contains("02A01");
            browser.link("Mandaten");
            browser.controleer();
            assertThat(browser.tekst()).contains("Willem Visser").contains("Jasmijn Bakker");
        }
    }
}
