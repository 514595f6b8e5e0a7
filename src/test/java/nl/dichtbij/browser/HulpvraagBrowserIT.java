package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dichtbij.IntegratieTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole path in a real browser: the resident asks for help, the consulent triages and
 * records the onderzoek with ZRM, the resident sees status and deadline. Every page passes axe-core.
 */
@IntegratieTest
class HulpvraagBrowserIT {

    @LocalServerPort int port;

    @Test
    void fromQuestionToKitchenTableStudy() throws Exception {
        try (Browser browser = Browser.start(port, "hulpvraag")) {
            browser.telefoon();
            browser.open("/");
            browser.open("/sociale-kaart?levensgebied=financien");
            assertThat(browser.tekst()).contains("Voedselbank Woerden");

            browser.inloggen("inwoner");
            browser.controleer();
            assertThat(browser.tekst()).contains("Mijn Dichtbij");
            browser.link("Hulp vragen");
            browser.controleer();

            browser.kiesLabel("Voor mijn kind Tom de Wit");
            browser.kiesLabel("Werk, school en dagbesteding");
            browser.kiesLabel("Bel mij");
            browser.typ("telefoon", "06 12345678");
            browser.knop("Vraag versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Controleer uw invoer").contains("Vertel in een paar zinnen wat er aan de hand is.");
            assertThat(browser.titel()).as("the title says there is an error").startsWith("Fout: ");
            assertThat(browser.focus()).as("the focus is on the list of errors").contains("foutoverzicht");
            assertThat(browser.veld("telefoon").getAttribute("value")).isEqualTo("06 12345678");
            assertThat(browser.veld("levensgebieden7").isSelected()).isTrue();

            browser.typ("omschrijving", "Tom gaat al drie weken niet naar school en zit veel op zijn kamer.");
            browser.knop("Vraag versturen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Uw vraag is verstuurd").contains("maandag 23 november 2026")
                    .contains("Binnen 8 weken").contains("Uiterlijk maandag 18 januari 2027").contains("Nog 56 dagen");
            String meldingPad = browser.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
            String meldingId = meldingPad.substring(meldingPad.lastIndexOf('/') + 1);
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("jeugdconsulent");
            browser.controleer();
            assertThat(browser.tekst()).contains("Werkbak").contains("Jeugdteam Woerden");
            browser.open("/werk/meldingen/" + meldingId);
            assertThat(browser.tekst()).contains("Melding van Tom de Wit").contains("Sanne de Wit").contains("Rijnstraat 12");
            browser.knop("Oppakken");
            browser.controleer();
            assertThat(browser.tekst()).contains("U bent nu de behandelaar");

            browser.knop("Triage vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Kies welke trede van de viertrapsraket past.");
            browser.kiesLabel("4. Individuele maatwerkvoorziening");
            browser.typ("reden", "Langdurig schoolverzuim; het netwerk kan dit niet alleen opvangen.");
            browser.knop("Triage vastleggen");
            assertThat(browser.tekst()).contains("De triage is vastgelegd").contains("trede 4");

            browser.link("Onderzoek vastleggen");
            browser.controleer();
            // issue 18: what each level means, per domain, beside the scoring
            assertThat(browser.tekst()).as("each radio button's label reads the level")
                    .contains("Huisvesting: 1, acute problematiek. Dakloos, of slaapt in de nachtopvang.")
                    .doesNotContain("1 acute problematiek: Dakloos, of slaapt in de nachtopvang.");
            browser.klik(By.cssSelector("#zrm-uitleg summary"));
            assertThat(browser.tekst()).contains("Huisvesting", "1 acute problematiek: Dakloos, of slaapt in de nachtopvang.",
                    "5 volledig zelfredzaam: Woont veilig, gezond en betaalbaar, in een woning die goed past.");
            browser.controleer();
            browser.typ("bevindingen0.situatie", "Gaat niet naar school, somber.");
            browser.typ("bevindingen0.eigenKracht", "Moeder en opa motiveren hem.");
            browser.typ("bevindingen0.nodig", "Begeleiding bij terugkeer naar school.");
            browser.kies("deelnemers4");
            browser.kies("deelnemers3");
            for (var veld : browser.alle(By.cssSelector("input[type=radio][value='3'][name^='zrmProfessional']"))) {
                veld.click();
            }
            for (var veld : browser.alle(By.cssSelector("input[type=radio][value='4'][name^='zrmInwoner']"))) {
                veld.click();
            }
            // issue 18: a domain that does not apply is said so, not left empty
            browser.klik(By.id("zrmProfessional-JUSTITIE-NIET_VAN_TOEPASSING"));
            browser.knop("Onderzoek vastleggen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het onderzoek is vastgelegd").contains("Onafhankelijke cliëntondersteuner")
                    .contains("Begeleiding bij terugkeer naar school").contains("Professional (23-11-2026)").contains("Inwoner (23-11-2026)")
                    .contains("Justitie n.v.t. 4");
            browser.uitloggen();

            browser.inloggen("teamleider");
            browser.controleer();
            assertThat(browser.tekst()).contains("Jeugdteam Woerden").contains("Wmo-team Woerden");
            browser.link("Jeugdteam Woerden");
            browser.controleer();
            browser.uitloggen();

            browser.telefoon();
            browser.inloggen("inwoner");
            browser.open(meldingPad);
            assertThat(browser.tekst()).contains("Gesprek gehouden").contains("Jasmijn Bakker")
                    .contains("Uiterlijk maandag 18 januari 2027").contains("Samen met u maken wij een plan");
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("beheer");
            browser.controleer();
            browser.link("Organisatie toevoegen");
            browser.controleer();
            browser.knop("Bewaren");
            browser.controleer();
            assertThat(browser.tekst()).contains("Vul de naam van de organisatie in.");
        }
    }
}
