package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intervention register on the narrowest phone (320 px): beleid opens the register, adds an intervention at
 * level 3 without a source (refused, everything typed stays), adds the source and saves, finds it in the list filtered by
 * level, and opens a pilot of the demo; a consulent reads the intervention without the forms. Axe-core and the sideways-scroll
 * check on every page.
 */
@IntegratieTest
class InterventiesBrowserIT {

    @LocalServerPort int port;

    @Test
    void beleidAddsAnInterventionWithItsSourceAndAConsulentReadsIt() throws Exception {
        String naam = "Nieuwe Perspectieven " + System.nanoTime() % 100_000;
        try (Browser browser = Browser.start(port, "interventies")) {
            browser.smal();
            browser.inloggen("beleid");
            browser.open("/interventies");
            assertThat(browser.tekst()).contains("effectladder", "Multisysteemtherapie (MST)", "Niveau 4 – werkzaam (sterke aanwijzingen)");

            browser.knop("Interventie toevoegen");
            browser.controleer();
            browser.typ("naam", naam);
            browser.typ("beschrijving", "Een coach werkt een half jaar met de jongere aan school, werk en vrienden.");
            browser.typ("doelgroep", "Jongeren van 16 tot 23 jaar die dreigen af te glijden");
            browser.kies("effectniveau-3");
            browser.typ("prijs", "3.400,00");
            browser.typ("prijseenheid", "per traject");
            browser.typ("capaciteit", "10");
            browser.kiesOptie("aanbiederAgbs", "Jeugdhulp Voorbeeld B.V.");
            browser.kies("productcodes-45A02");
            browser.knop("Interventie toevoegen");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("Bij niveau 2 of hoger hoort een bron: waar staat dat het werkt?");
            assertThat(browser.veld("naam").getAttribute("value")).isEqualTo(naam);
            assertThat(browser.veld("prijs").getAttribute("value")).isEqualTo("3.400,00");
            assertThat(browser.veld("effectniveau-3").isSelected()).isTrue();
            assertThat(browser.veld("productcodes-45A02").isSelected()).isTrue();

            browser.typ("bron", "Databank Effectieve Jeugdinterventies (NJi)");
            browser.knop("Interventie toevoegen");
            browser.controleer();
            assertThat(browser.tekst()).contains("De interventie is toegevoegd aan het register.", naam,
                    "Niveau 3 – doeltreffend (aanwijzingen voor effectiviteit)", "€ 3.400,00 per traject", "Jeugdhulp Voorbeeld B.V.");

            browser.link("Alle interventies");
            browser.kiesOptie("filter-niveau", "Niveau 3 – doeltreffend (aanwijzingen voor effectiviteit)");
            browser.knop("Tonen");
            browser.controleer();
            assertThat(browser.tekst()).contains(naam, "Families First").doesNotContain("Multisysteemtherapie");

            browser.link("Pilots");
            browser.controleer();
            browser.link("Voorkomt snel contact na een betalingsachterstand dat schulden oplopen?");
            browser.controleer();
            assertThat(browser.tekst()).contains("Act – besluiten", "Besluit", "Doorgaan");
            browser.open("/interventies/pilots/nieuw");
            browser.uitloggen();

            browser.inloggen("jeugdconsulent");
            browser.open("/interventies");
            browser.link(naam);
            browser.controleer();
            assertThat(browser.tekst()).contains(naam, "Jongeren van 16 tot 23 jaar", "Databank Effectieve Jeugdinterventies (NJi)").doesNotContain("Interventie wijzigen");
        }
    }
}
