package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone, beleid makes a contract with a provider (first with an end before its start), adds a product and a tariff; the Wmo
 * consulent then sees on the decision form only contracted providers, with tariff and waiting time, and the warning of Zorg
 * Dichtbij's ceiling. Beleid ends the contract and opens the transfer of its running toewijzingen. Axe-core and the
 * sideways-scroll check on every page, at 320 px for the contract pages.
 */
@IntegratieTest
class ContractenBrowserIT {

    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Aanbiedersregister register;
    @Autowired Besluiten besluiten;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired Clock clock;

    @Test
    void beleidContractsAProviderAndTheConsulentChoosesItWithTariffAndWait() throws Exception {
        String agb = "78" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(agb, "30" + agb.substring(2), "Begeleiding Op Maat", LocalDate.of(2020, 1, 1)));
        String kenmerk = "WRD-WMO-" + agb.substring(4);
        LocalDate jan = LocalDate.now(clock).withDayOfYear(1);
        try (Browser browser = Browser.start(port, "contracten")) {
            browser.smal();
            browser.inloggen("beleid");
            browser.open("/inkoop/contracten");
            browser.controleer();
            assertThat(browser.tekst()).contains("Contracten", "Jeugdhulp Voorbeeld B.V.", "UW-JW-2020-LTA", "Uw gemeente, voor de regio Utrecht-West");
            browser.knop("Contract vastleggen");
            browser.controleer();

            browser.typ("kenmerk", kenmerk);
            browser.kiesOptie("aanbiederId", "Begeleiding Op Maat (AGB " + agb + ")");
            browser.kiesOptie("wet", "Wet maatschappelijke ondersteuning 2015");
            browser.kies("model-OPEN_HOUSE");
            browser.datum("ingangsdatum", jan);
            browser.datum("einddatum", jan.minusDays(1));
            browser.typ("toelatingsvoorwaarden", "Openbare voorwaarden: zie TenderNed, open house Wmo Woerden.");
            browser.typ("wachttijdnormDagen", "14");
            browser.knop("Contract vastleggen");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("De einddatum ligt vóór de ingangsdatum");
            assertThat(browser.veld("kenmerk").getAttribute("value")).isEqualTo(kenmerk);

            browser.datum("einddatum", null);
            browser.knop("Contract vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het contract is vastgelegd.", kenmerk, "Begeleiding Op Maat", "Open house", "Nog geen producten");

            browser.klik(By.xpath("//summary[normalize-space()='Product toevoegen']"));
            browser.kiesOptie("product-productcode", "02A01 Begeleiding individueel");
            browser.kies("vorm-INSPANNING");
            browser.knop("Product toevoegen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het product is toegevoegd.", "Inspanningsgericht");

            browser.klik(By.xpath("//summary[normalize-space()='Tarief toevoegen']"));
            browser.kiesOptie("tarief-productcode", "02A01 Begeleiding individueel");
            browser.typ("tarief-tarief", "62,40");
            browser.kiesOptie("tarief-eenheid", "04 Uur");
            browser.datum("tarief-geldigVanaf", jan);
            browser.knop("Tarief toevoegen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het tarief is toegevoegd.", "€ 62,40");

            browser.knop("Contract beëindigen");
            browser.controleer();
            browser.typ("reden", "De aanbieder stopt met begeleiding in Woerden.");
            browser.knop("Beëindigen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het contract is beëindigd.", "Beëindigd: de laatste dag is");
            browser.link("Lopende toewijzingen overzetten");
            browser.controleer();
            assertThat(browser.tekst()).contains("Toewijzingen overdragen", "Er lopen geen toewijzingen door");
            browser.uitloggen();

            Aanvraag aanvraag = wmoAanvraag();
            browser.telefoon();
            browser.inloggen("wmoconsulent");
            browser.open("/werk/aanvragen/" + aanvraag.id());
            browser.controleer();
            String tabel = browser.veld("aanbiedingen").getText();
            assertThat(tabel).contains("Begeleiding Op Maat", "€ 62,40 per uur", "norm 14", "Zorg Dichtbij Woerden");
            assertThat(browser.veld("plafond-waarschuwing").getText()).contains("Zorg Dichtbij Woerden", "Plafond bijna bereikt");
            assertThat(browser.veld("aanbiederId").getText()).contains("Begeleiding Op Maat").doesNotContain("FermWerk");
        }
    }

    private Aanvraag wmoAanvraag() {
        Gebruiker wmo = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
        var huishouden = nl.dichtbij.Testhuishouden.in("0632").volwassene(47).inschrijven(inschrijvingen, clock);
        Zaak zaak = zaken.intakeGedaan(wmo, zaken.voorHuishouden("0632", huishouden.huishoudenId(), gemeenten.teamVoor("0632", Doelgroep.WMO).id()).id());
        return besluiten.aanvragen(wmo, zaak.id(), huishouden.volwassene().bsn(), Wet.WMO, "Begeleiding bij het dagritme");
    }
}
