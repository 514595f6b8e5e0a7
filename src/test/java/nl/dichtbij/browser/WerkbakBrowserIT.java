package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Telefoonmelding;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The professional's working day in a real browser: his own meldingen in the order he chose, and a decision he signs second. */
@IntegratieTest
class WerkbakBrowserIT {

    @LocalServerPort int port;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;

    @Test
    void heOrdersHisMeldingenByNameOnHisPhone() throws Exception {
        Telefoonmelding telefoon = new Telefoonmelding(port);
        for (String vraag : new String[] {"Kan de trap niet meer op.", "Redt het huishouden niet meer."}) {
            telefoon.oppakken(telefoon.registreer(inschrijvingen, clock, "NORMAAL", vraag, "praktisch-functioneren"));
        }
        try (Browser browser = Browser.start(port, "werkbak")) {
            browser.telefoon();
            browser.inloggen("wmoconsulent");
            browser.controleer();
            browser.kiesOptie("volgorde", "Achternaam van de inwoner");
            browser.kiesOptie("toon", "Termijn in gevaar of verlopen");
            browser.knop("Toon meldingen");
            browser.controleer();
            assertThat(browser.url()).contains("volgorde=naam").contains("toon=in_gevaar");
            assertThat(new Select(browser.veld("volgorde")).getFirstSelectedOption().getText()).as("the choice stays").isEqualTo("Achternaam van de inwoner");
        }
    }

    @Test
    void theTeamleiderFindsADecisionWaitingForHisSecondSignatureAndSignsIt() throws Exception {
        long wmoteam = gemeenten.teamVoor("0632", Doelgroep.WMO).id();
        Gebruiker wmo = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", wmoteam, null);
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(68).inschrijven(inschrijvingen, clock);
        Zaak zaak = zaken.intakeGedaan(wmo, zaken.voorHuishouden("0632", huishouden.huishoudenId(), wmoteam).id());
        Aanvraag aanvraag = besluiten.aanvragen(wmo, zaak.id(), huishouden.volwassene().bsn(), Wet.WMO, "Hulp bij het huishouden");
        String pad = "/werk/aanvragen/" + aanvraag.id();
        try (Browser browser = Browser.start(port, "tweede-handtekening")) {
            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open(pad);
            browser.kiesLabel("Toegekend");
            browser.typ("resultaat", "Een schoon en leefbaar huis");
            new Select(browser.veld("productcode")).selectByValue("01A01");
            browser.kiesLabel("Persoonsgebonden budget");
            browser.typ("pgbBedrag", "12.500,00");
            browser.typ("motivering", "Mevrouw kan door haar beperking het huishouden niet doen.");
            browser.knop("Besluit nemen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het besluit is genomen").contains("U kunt dit besluit niet zelf voor de tweede keer tekenen");
            browser.uitloggen();

            browser.telefoon();
            browser.inloggen("teamleider");
            browser.open("/werk");
            browser.controleer();
            assertThat(browser.tekst()).contains("Besluiten die wachten op uw tweede handtekening").contains("€ 12.500,00, genomen door Willem Visser");
            browser.volg(By.cssSelector("a[href='" + pad + "']"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Controleer dit besluit voor de tweede handtekening").contains("Persoonsgebonden budget")
                    .contains("Mevrouw kan door haar beperking het huishouden niet doen.");
            browser.knop("Tweede handtekening zetten");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het besluit is goedgekeurd en verzonden.");
        }
    }
}
