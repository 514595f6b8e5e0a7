package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21: the region's account compares Woerden and Montfoort side by side, on a desk and on a 320 px phone, is refused a
 * werkbak, and opens the open data; the open data page also without a login. Every page through axe-core, none scrolling sideways.
 */
@IntegratieTest
class RegioBrowserIT {

    @LocalServerPort int port;
    @Autowired Clock clock;

    @Test
    void theRegionComparesWoerdenAndMontfoortAndOpensTheOpenData() throws Exception {
        int vorig = LocalDate.now(clock).getYear() - 1;
        try (Browser browser = Browser.start(port, "regio")) {
            browser.bureau();
            browser.inloggen("regio");
            assertThat(browser.url()).endsWith("/regio");
            browser.controleer();
            browser.kiesOptie("jaar", "2017");
            browser.knop("Tonen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Regio Utrecht-West: de gemeenten naast elkaar", "Stapeling van voorzieningen, 2017",
                    "Kosten per cliënt, 2017", "Uitstroom, 2017", "Doorlooptijden, 2017", "Huishoudens met 3 of meer voorzieningen per 1.000 huishoudens");
            assertThat(browser.alle(By.cssSelector("#tabel-stapeling thead th")).stream().map(e -> e.getText()).toList())
                    .containsExactly("Wat", "Montfoort", "Woerden");
            assertThat(browser.alle(By.cssSelector("a[href='/werk']"))).as("no werkbak in the menu").isEmpty();

            browser.smal();
            browser.open("/regio?jaar=2017");
            browser.controleer();
            browser.open("/regio");
            browser.controleer();

            browser.ga("/werk");
            assertThat(browser.status()).isEqualTo("403");
            browser.ga("/sturing/stapeling/huishoudens");
            assertThat(browser.status()).isEqualTo("403");

            browser.open("/regio");
            browser.link("Open data");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gemeente Woerden (0632)", "Gemeente Montfoort (0335)");
            String csv = new String(browser.download("/open-data/0632/" + vorig + ".csv"), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("gemeente_code,jaar,indicator,onderdeel,periode,waarde,eenheid,onderdrukt");
            assertThat(new String(browser.download("/open-data/0335/catalogus.jsonld"), StandardCharsets.UTF_8)).contains("dcat:Catalog");
            browser.uitloggen();

            browser.bureau();
            browser.open("/open-data");
            browser.controleer();
            assertThat(browser.href(By.linkText("CSV Woerden " + vorig))).isEqualTo("/open-data/0632/" + vorig + ".csv");
        }
    }
}
