package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.personen.Persoon;
import nl.dichtbij.platform.ClockConfig;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 19: a resident whose begeleiding at Zorg Dichtbij Woerden stopped is invited in Mijn Dichtbij, rates it and writes
 * his story on a 320 px phone; beheer removes a name and publishes it; the public catalogue shows the provider and the
 * story without the resident's name. The provider and beleid read theirs. Every page through axe-core, none scrolling sideways.
 */
@IntegratieTest
class CatalogusBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired VerstelbareKlok klok;
    @Autowired Toewijzingovername overname;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;

    @Test
    void aResidentWritesAStoryBeheerPublishesItAndTheCatalogueShowsIt() throws Exception {
        Persoon inwoner = Testhuishouden.in("0632").volwassene(58).inschrijven(inschrijvingen, klok).volwassene();
        LocalDate vandaag = LocalDate.now(klok);
        LocalDate ingang = vandaag.minusMonths(9);
        overname.overnemen(new Toewijzingovername.OvergenomenToewijzing("0632", Wet.WMO, null, inwoner.bsn(), "42420002", "Zorg Dichtbij Woerden", "02",
                "02A01", "Begeleiding individueel", ingang, ingang.plusYears(1), 4, "04", "4", "ERVB" + (System.nanoTime() % 1_000_000_000L),
                ingang.atStartOfDay(ClockConfig.AMSTERDAM).toInstant(), ingang.plusDays(4), vandaag.minusDays(1), "31"));
        String account = "ervb-" + inwoner.bsn().substring(4);
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, bsn) values (?, ?, ?, 'INWONER', '0632', ?)")
                .params(account, wachtwoorden.encode("demo"), inwoner.naam(), inwoner.bsn()).update();

        try (Browser browser = Browser.start(port, "catalogus")) {
            // the public catalogue, without signing in
            browser.smal();
            browser.open("/sociale-kaart/aanbieders");
            assertThat(browser.tekst()).contains("Zorgaanbieders", "Zorg Dichtbij Woerden", "Jeugdhulp Voorbeeld B.V.").doesNotContain("Wachttijd nu");
            browser.open("/sociale-kaart/aanbieders?product=45A01");
            assertThat(browser.tekst()).containsPattern("gemiddeld \\d,\\d van 5, uit \\d+ verhalen");

            // the resident is invited and tells
            browser.inloggen(account);
            browser.open("/mijn");
            assertThat(browser.tekst()).contains("Hoe was uw hulp?");
            browser.link("Vertel over Zorg Dichtbij Woerden");
            browser.controleer();
            browser.knop("Verhaal versturen");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("Kies een cijfer van 1 tot en met 5 bij: Luisterde de hulpverlener goed naar u?");
            browser.kies("luisteren-4");
            browser.kies("afspraken-5");
            browser.kies("resultaat-3");
            browser.typ("verhaal", "Mijn begeleider Ingrid hielp mij weer grip te krijgen op mijn post. Ze kwam altijd op tijd.");
            browser.knop("Verhaal versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Dank u voor uw verhaal.", "Wacht op controle");
            browser.uitloggen();

            // beheer removes the name and publishes
            browser.inloggen("beheer");
            browser.open("/beheer/ervaringen");
            browser.link("Over Zorg Dichtbij Woerden");
            browser.controleer();
            assertThat(browser.tekst()).contains("Mijn begeleider Ingrid hielp mij");
            browser.typ("tekst", "Mijn begeleider hielp mij weer grip te krijgen op mijn post. Ze kwam altijd op tijd.");
            browser.knop("Publiceren zonder naam");
            browser.controleer();
            assertThat(browser.tekst()).contains("De ervaring is gepubliceerd, zonder naam.");
            browser.uitloggen();

            // the public catalogue shows it, without the resident's name
            browser.open("/sociale-kaart/aanbieders?product=02A01");
            browser.link("Zorg Dichtbij Woerden");
            browser.controleer();
            assertThat(browser.tekst()).contains("Mijn begeleider hielp mij weer grip te krijgen op mijn post.")
                    .doesNotContain("Ingrid").doesNotContain(inwoner.naam());

            // the consulent's view, fuller; the provider's and beleid's pages
            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open("/sociale-kaart/aanbieders?product=02A01");
            assertThat(browser.tekst()).contains("Wachttijd nu");
            browser.uitloggen();
            browser.smal();
            browser.inloggen("aanbieder");
            browser.open("/aanbieder/ervaringen");
            assertThat(browser.tekst()).contains("Ervaringen van cliënten");
            browser.uitloggen();
            browser.inloggen("beleid");
            browser.open("/sturing/ervaringen");
            assertThat(browser.tekst()).contains("Zorg Dichtbij Woerden");
        }
    }
}
