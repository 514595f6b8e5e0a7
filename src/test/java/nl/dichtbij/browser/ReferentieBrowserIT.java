package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 21: beleid reads a reference CSV with a broken row and sees the new line beside Woerden's own stacking figure with its
 * source; beleid walks the statutory client experience survey of the Wmo (invite, remind, close, report), an invited
 * resident answers in Mijn Dichtbij on a 320 px phone, and beleid downloads the minister's export. Every page through
 * axe-core, none scrolling sideways.
 */
@IntegratieTest
class ReferentieBrowserIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired java.time.Clock clock;

    @Test
    void beleidComparesWithAReferenceAndWalksTheSurveyCycle() throws Exception {
        int vorigJaar = LocalDate.now(clock).getYear() - 1;
        Path csv = Files.createTempFile("referentie-", ".csv");
        Files.writeString(csv, """
                indicator;jaar;niveau;gebied;waarde;eenheid;bron;bron_url
                huishoudens-3-plus;2017;vergelijkingsgroep;Vergelijkbare gemeenten browsertest;45;per 1.000 huishoudens;Browsertest bron;https://example.org/browsertest
                huishoudens-3-plus;2017;buurt;Rijnoevers;45;per 1.000 huishoudens;Browsertest bron;https://example.org/browsertest
                """, StandardCharsets.UTF_8);
        // a resident with a Wmo provision last year gets a login, so he can answer once invited
        String client = jdbc.sql("""
                        select min(persoon_bsn) from beschikking where gemeente_code = '0632' and wet = 'WMO' and uitkomst <> 'AFWIJZING'
                          and status in ('VASTGESTELD', 'GEWIJZIGD', 'BEEINDIGD') and ingangsdatum <= ? and (einddatum is null or einddatum >= ?)
                          and persoon_bsn not in (select bsn from account where bsn is not null)""")
                .params(LocalDate.of(vorigJaar, 12, 31), LocalDate.of(vorigJaar, 1, 1)).query(String.class).single();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, bsn) values ('wmo-client', ?, 'Wmo-cliënt', 'INWONER', '0632', ?)")
                .params(wachtwoorden.encode("demo"), client).update();

        try (Browser browser = Browser.start(port, "referentie")) {
            browser.bureau();
            browser.inloggen("beleid");
            browser.open("/sturing/referenties");
            browser.controleer();
            assertThat(browser.tekst()).contains("Provincie Utrecht (provincie)", "Monitor Sociaal Domein");
            browser.veld("bestand").sendKeys(csv.toString());
            browser.knop("Bestand inlezen");
            browser.controleer();
            assertThat(browser.tekst()).contains("2 regels gelezen.", "1 bewaard.", "Regels die niet bewaard zijn", "Het niveau 'buurt' kennen we niet");
            browser.link("Naar de stapeling");
            browser.open("/sturing/stapeling?jaar=2017");
            browser.controleer();
            assertThat(browser.tekst()).contains("Huishoudens met 3 of meer voorzieningen: ter vergelijking", "Onze gemeente",
                    "Vergelijkbare gemeenten browsertest (vergelijkingsgroep)", "45 per 1.000 huishoudens", "Provincie Utrecht (provincie)",
                    "40 per 1.000 huishoudens");
            assertThat(browser.href(By.linkText("Browsertest bron"))).isEqualTo("https://example.org/browsertest");

            browser.open("/programma/clientervaring?jaar=" + vorigJaar);
            browser.controleer();
            assertThat(browser.tekst()).contains("Wmo: cliëntervaringsonderzoek " + vorigJaar, "Nog niet begonnen");
            assertThat(browser.alle(By.xpath("//main//button[normalize-space()='Rapporteren aan de minister (Wmo)']"))).as("no report before close").isEmpty();
            browser.knop("Inwoners uitnodigen (Wmo)");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gedaan: Uitgenodigd.", "Bram de Vries (beleid)");
            assertThat(browser.alle(By.xpath("//main//button[normalize-space()='Rapporteren aan de minister (Wmo)']"))).as("no report before close").isEmpty();
            browser.knop("Herinneren (Wmo)");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gedaan: Herinnerd.");
            browser.uitloggen();

            browser.smal();
            browser.inloggen("wmo-client");
            browser.open("/mijn");
            browser.controleer();
            browser.link("Vul de vragenlijst over uw hulp in");
            browser.controleer();
            assertThat(browser.tekst()).contains("Dit is een herinnering", "Ik wist waar ik moest zijn met mijn hulpvraag.");
            browser.knop("Antwoorden versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Kies een antwoord bij: Ik werd snel geholpen.");
            for (int i = 0; i < 9; i++) {
                browser.klik(By.xpath("(//main//fieldset)[" + (i + 1) + "]//label[normalize-space()='Eens']"));
            }
            browser.knop("Antwoorden versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Bedankt voor uw antwoorden!");
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("beleid");
            browser.open("/programma/clientervaring?jaar=" + vorigJaar);
            browser.knop("Sluiten (Wmo)");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gedaan: Gesloten.", "Minder dan 5 inwoners antwoordden");
            String export = new String(browser.download("/programma/clientervaring/export?jaar=" + vorigJaar + "&wet=WMO&formaat=csv"), StandardCharsets.UTF_8);
            assertThat(export).contains("Stelling", "% (helemaal) eens", "Ik wist waar ik moest zijn met mijn hulpvraag.",
                    "Door de ondersteuning die ik krijg heb ik een betere kwaliteit van leven.", "minder dan 5");
            byte[] xlsx = browser.download("/programma/clientervaring/export?jaar=" + vorigJaar + "&wet=WMO&formaat=xlsx");
            assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
            browser.knop("Rapporteren aan de minister (Wmo)");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gedaan: Gerapporteerd aan de minister.");

            browser.smal();
            browser.open("/programma/clientervaring?jaar=" + vorigJaar);
            browser.controleer();
            browser.open("/sturing/raad?jaar=2017");
            browser.controleer();
        }
    }
}
