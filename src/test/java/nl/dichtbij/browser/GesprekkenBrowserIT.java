package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbiedersregister;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Account management on the narrowest phone (320 px): beleid starts on his werkbak with the demo's late follow-up, records a
 * talk with a provider (first with a follow-up due before the talk and no agreements), closes a follow-up, makes himself the
 * provider's account holder; bestuur reads the talks. Axe-core and the sideways-scroll check on every page.
 */
@IntegratieTest
class GesprekkenBrowserIT {

    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Aanbiedersregister register;
    @Autowired Clock clock;

    @Test
    void beleidRecordsATalkClosesAFollowUpAndBestuurReadsIt() throws Exception {
        String agb = "79" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        var aanbieder = register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(agb, "30" + agb.substring(2), "Gezinshuis De Linde " + agb.substring(4),
                LocalDate.of(2020, 1, 1)));
        String thema = "Kwartaalgesprek " + agb;
        LocalDate vandaag = LocalDate.now(clock);
        try (Browser browser = Browser.start(port, "gesprekken")) {
            browser.smal();
            browser.inloggen("beleid");
            browser.controleer();
            assertThat(browser.url()).endsWith("/werk/beleid");
            assertThat(browser.tekst()).contains("Afspraken met aanbieders", "Te laat:", "dagen over de datum");

            browser.knop("Gesprek vastleggen");
            browser.controleer();
            browser.typ("thema", thema);
            browser.kiesOptie("aanbiederIds", aanbieder.naam());
            browser.typ("deelnemers", "Bram de Vries; de directeur van het gezinshuis");
            browser.typ("vervolgafspraken[0].omschrijving", "Plaatsingen van dit jaar nalopen");
            browser.datum("vervolgafspraken[0].uiterlijk", vandaag.minusDays(1));
            browser.knop("Gesprek vastleggen");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("Schrijf op wat u in het gesprek hebt afgesproken.", "Deze datum ligt vóór het gesprek");
            assertThat(browser.veld("thema").getAttribute("value")).isEqualTo(thema);
            assertThat(browser.veld("vervolgafspraken[0].omschrijving").getAttribute("value")).isEqualTo("Plaatsingen van dit jaar nalopen");

            browser.typ("afspraken", "Het gezinshuis heeft twee plekken vrij.\nDe gemeente meldt nieuwe plaatsingen een week vooraf.");
            browser.datum("vervolgafspraken[0].uiterlijk", vandaag.plusDays(3));
            browser.knop("Gesprek vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het gesprek is vastgelegd.", thema, aanbieder.naam(), "Open: uiterlijk");

            browser.klik(By.xpath("//summary[starts-with(normalize-space(), 'Afronden')]"));
            browser.knop("Afronden");
            browser.controleer();
            assertThat(browser.tekst()).contains("De vervolgafspraak is afgerond.", "Afgerond op");

            browser.link(aanbieder.naam());
            browser.controleer();
            browser.kiesOptie("accounthouder-keuze", "Bram de Vries");
            browser.knop("Accounthouder bewaren");
            browser.controleer();
            assertThat(browser.tekst()).contains("De accounthouder is bewaard.", thema);

            browser.open("/werk/beleid");
            assertThat(browser.tekst()).contains("Aanbieders waarvan u accounthouder bent", aanbieder.naam());
            browser.open("/inkoop/gesprekken");
            assertThat(browser.tekst()).contains(thema, "Wachttijden jeugd-GGZ");
            browser.uitloggen();

            browser.inloggen("bestuur");
            browser.open("/inkoop/gesprekken");
            assertThat(browser.tekst()).contains(thema).doesNotContain("Gesprek vastleggen");
            browser.link(thema);
            browser.controleer();
            assertThat(browser.tekst()).contains("Het gezinshuis heeft twee plekken vrij.").doesNotContain("Gesprek wijzigen");
        }
    }
}
