package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The safety section on the narrowest phone (320 px), issue 20: the regisseur opens it from the case page, records a weighing
 * without its answers (refused, what he typed stays), with them (reporting is compulsory), a referral to Veilig Thuis, a risk
 * assessment and an OTS with the GI; the GI then reads the case. Axe-core and the sideways-scroll check on every page.
 */
@IntegratieTest
class VeiligheidBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;

    @Test
    void theRegisseurFollowsTheMeldcodeAndTheGiReadsTheCase() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(34).kind(8).inschrijven(inschrijvingen, clock);
        long zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId()).id();
        try (Browser browser = Browser.start(port, "veiligheid")) {
            browser.smal();
            browser.inloggen("jeugdconsulent");
            browser.open("/werk/zaken/" + zaak);
            assertThat(browser.tekst()).contains("Veiligheid", "Nog niets vastgelegd.");
            browser.link("Naar veiligheid");
            browser.controleer();
            assertThat(browser.tekst()).contains("Stap 1: Signalen in kaart brengen", "Nog open: stap 1, 2, 3, 4, 5.");

            browser.kiesOptie("meldcode-stap", "4. Wegen aan de hand van het afwegingskader");
            browser.typ("meldcode-notitie", "Gewogen met de aandachtsfunctionaris");
            browser.knop("Stap vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Geef aan of er acute onveiligheid is: ja of nee.").doesNotContain("Vastgelegd.");
            assertThat(browser.veld("meldcode-notitie").getAttribute("value")).isEqualTo("Gewogen met de aandachtsfunctionaris");
            assertThat(browser.veld("meldcode-notitie").getAttribute("aria-invalid")).isNull();
            browser.kies("acuut-nee");
            browser.kies("structureel-ja");
            browser.knop("Stap vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Vastgelegd.", "Melden bij Veilig Thuis is verplicht", "Acute onveiligheid: nee.");

            browser.typ("vt-wat", "Vermoeden van kindermishandeling, structureel.");
            browser.knop("Melding vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Vermoeden van kindermishandeling", "Nog geen terugkoppeling. Verwacht uiterlijk");

            browser.kies("niveau-HOOG");
            browser.kies("factor-KINDEREN_GETUIGE");
            browser.datum("taxatie-vervolgdatum", LocalDate.now(clock).plusDays(14));
            browser.knop("Risicotaxatie vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("risico Hoog", "Kinderen zijn getuige van geweld");

            browser.kiesOptie("maatregel-gi", "Samen Veilig Midden-Nederland");
            browser.kies("soort-OTS");
            browser.kiesOptie("maatregel-kind", gezin.kind().naam());
            browser.datum("maatregel-start", LocalDate.now(clock));
            browser.knop("Maatregel vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Ondertoezichtstelling (OTS) voor " + gezin.kind().naam(), "Loopt.");
            browser.open("/werk/zaken/" + zaak);
            assertThat(browser.tekst()).contains("Laatste risicotaxatie: risico Hoog", "Ondertoezichtstelling (OTS) voor " + gezin.kind().naam());
            browser.uitloggen();

            browser.inloggen("gi");
            browser.open("/aanbieder/veiligheid");
            browser.link(gezin.kind().naam());
            browser.controleer();
            assertThat(browser.tekst()).contains("Gewogen met de aandachtsfunctionaris", "Vermoeden van kindermishandeling", "risico Hoog")
                    .doesNotContain("Stap vastleggen");
        }
    }
}
