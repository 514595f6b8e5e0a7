package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.partners.Partner;
import nl.dichtbij.partners.Partnerregister;
import nl.dichtbij.partners.Partnersoort;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 20: the Wmo consulent refers a resident to FermWerk with his consent; FermWerk, on a 320 px phone, accepts and reports
 * back with a step on the participatieladder; the consulent reads the report back. Every page through axe-core, none scrolling sideways.
 */
@IntegratieTest
class PartnersBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Partnerregister register;

    @Test
    void aReferralToFermWerkIsAcceptedAndReportedBack() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(39).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        Partner fermwerk = register.toevoegen(new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null),
                new Partnerregister.Gegevens("FermWerk Woerden " + System.nanoTime(), Partnersoort.WERK_EN_INKOMEN,
                        "Werk en inkomen: uitkering, werk zoeken, re-integratie.", "0348 430 400", null, "42420003"));
        String persoon = gezin.volwassene().naam() + " (" + gezin.volwassene().leeftijdOp(LocalDate.now(clock)) + " jaar)";

        try (Browser browser = Browser.start(port, "partners")) {
            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open("/werk/zaken/" + zaak.id());
            browser.link("Verwijzen naar een partner");
            browser.controleer();
            browser.kiesOptie("partnerId", fermwerk.naam() + " (Werk en inkomen)");
            browser.kiesLabel(persoon);
            browser.typ("vraag", "Wil graag weer aan het werk, eerst een paar uur per week.");
            browser.knop("Verwijzing versturen");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("U kunt alleen verwijzen als de inwoner toestemming geeft.");

            browser.kiesLabel("De inwoner vindt het goed dat ik naar deze partner verwijs. De partner ziet de naam, het adres en mijn vraag.");
            browser.kiesLabel("Ondersteuningsplan");
            browser.kiesLabel("Mondeling, in het gesprek");
            browser.kiesLabel("De inwoner zelf");
            browser.knop("Verwijzing versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("De verwijzing is verstuurd.", "Wacht op antwoord van de partner");
            browser.uitloggen();

            browser.smal();
            browser.inloggen("fermwerk");
            browser.open("/partner/verwijzingen");
            browser.controleer();
            browser.link(gezin.volwassene().naam());
            browser.controleer();
            assertThat(browser.tekst()).contains("Wil graag weer aan het werk", "Doelen uit het plan", "Toestemming gegeven door",
                    gezin.volwassene().naam() + " (de inwoner zelf)");
            browser.knop("Verwijzing aannemen");
            browser.controleer();
            browser.knop("Terugmelding versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Schrijf wat er met de vraag is gebeurd.");
            browser.typ("resultaat", "Werkt sinds deze week acht uur bij de kringloopwinkel.");
            browser.kies("trede-4");
            browser.knop("Terugmelding versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Dank u. De regisseur ziet uw terugmelding.");
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open("/werk/zaken/" + zaak.id() + "/doorverwijzingen");
            assertThat(browser.tekst()).contains("Teruggemeld", "Werkt sinds deze week acht uur bij de kringloopwinkel.");
            browser.open("/werk/zaken/" + zaak.id());
            assertThat(browser.tekst()).contains("Trede 4: Onbetaald werk");
            browser.uitloggen();

            browser.smal();
            browser.inloggen("beheer");
            browser.open("/beheer/partners");
            browser.controleer();
            assertThat(browser.tekst()).contains(fermwerk.naam());
            // the list of gecertificeerde instellingen (issue 20), at 320 px
            browser.open("/beheer/gecertificeerde-instellingen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Samen Veilig Midden-Nederland");
            browser.link("Samen Veilig Midden-Nederland");
            browser.controleer();
            assertThat(browser.tekst()).contains("De AGB-code verandert niet");
        }
    }
}
