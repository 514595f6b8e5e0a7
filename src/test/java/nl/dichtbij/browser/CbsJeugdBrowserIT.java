package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.berichten.Verwijzer;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.sturing.CbsJeugdbestand;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21: beleid opens the CBS Beleidsinformatie Jeugd of JH/JB-1 2017 on a 320 px phone, reads in the completeness report that
 * the hulpvorm of an ambulant toewijzing is missing, chooses it, and downloads a file that meets the protocol's definitions and
 * now holds the record. Every page passes axe-core and does not scroll sideways.
 */
@IntegratieTest
class CbsJeugdBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Clock clock;

    @Test
    void beleidProducesTheDeliveryAndFillsInWhatIsMissing() throws Exception {
        Persoon kind = Testhuishouden.in("0632").volwassene(40).kind(12).inschrijven(inschrijvingen, clock).kind();
        long ambulant = neem(kind, "45", LocalDate.of(2017, 2, 1), 1);
        neem(kind, "35", LocalDate.of(2017, 3, 1), 2);

        try (Browser browser = Browser.start(port, "cbs-jeugd")) {
            browser.smal();
            browser.inloggen("beleid");
            browser.open("/sturing/cbs-jeugd?jaar=2017&halfjaar=1");
            browser.controleer();
            String anker = "aanvullen-T-" + ambulant + "-HULPVORM";
            assertThat(browser.tekst()).contains("Beleidsinformatie Jeugd (CBS)", "JH/JB-1 2017", "Wat ontbreekt er nog?");
            assertThat(browser.alle(By.id(anker))).singleElement()
                    .satisfies(e -> assertThat(e.getText()).contains("Hulpvorm", "ontbreekt bij", "Toewijzing", "Productcategorie 45"));
            String voor = new String(browser.download("/sturing/cbs-jeugd/bestand?jaar=2017&halfjaar=1"), StandardCharsets.US_ASCII);
            assertThat(voor).contains("JH42421700" + kind.bsn()).doesNotContain(kind.bsn() + CbsJeugdbestand.datum(kind.geboortedatum()) + "O3441TE0102");

            browser.kiesOptie("waarde-" + anker, "02 Zonder verblijf: ambulant op locatie van de aanbieder");
            browser.volg(By.cssSelector("#" + anker + " button"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Het gegeven is aangevuld.");
            assertThat(browser.alle(By.id(anker))).isEmpty();

            byte[] bestand = browser.download("/sturing/cbs-jeugd/bestand?jaar=2017&halfjaar=1");
            assertThat(CbsJeugdbestand.controleer(bestand)).isEmpty();
            String tekst = new String(bestand, StandardCharsets.US_ASCII);
            assertThat(tekst).contains("JH42421700" + kind.bsn() + CbsJeugdbestand.datum(kind.geboortedatum()) + "O3441TE010202" + "20170201")
                    .contains("JH42421700" + kind.bsn() + CbsJeugdbestand.datum(kind.geboortedatum()) + "O3441TE011102" + "20170301");

            browser.open("/sturing/cbs-jeugd?jaar=abc&halfjaar=1");
            browser.controleer();
            assertThat(browser.tekst()).contains("Kies een jaar tussen 2015");
        }
    }

    private long neem(Persoon kind, String categorie, LocalDate start, int i) {
        return toewijzingen.overnemen(new OvergenomenToewijzing("0632", Wet.JEUGDWET, null, kind.bsn(), "42421700", "Jeugdhulp Browserproef",
                categorie, categorie + "A01", null, start, LocalDate.of(2018, 12, 31), 1, "14", "2", "CBSBR" + i,
                start.atStartOfDay(ZoneOffset.UTC).toInstant(), start, null, null).metVerwijzer(Verwijzer.GEMEENTE));
    }
}
