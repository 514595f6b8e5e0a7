package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.besluit.Aanvraag;
import nl.dichtbij.besluit.Beschikking;
import nl.dichtbij.besluit.BeslisVerzoek;
import nl.dichtbij.besluit.Besluiten;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Toestemmingen;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: the provider gives its progress on a goal in the portal ("Voortgang doorgeven"), first with an empty text (a Dutch
 * error, nothing typed lost), then for real; the regisseur reads it at the goal and records the evaluation, after which the
 * note shows in the evaluation history as read by him. Issue 18: the regisseur scores the whole ZRM during the support and at
 * closure with each level described, closes the case, and the teamleider reads the outcome monitor per team. At 320 px, every
 * page passing axe-core and scrolling no way sideways.
 */
@IntegratieTest
class VoortgangBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired Besluiten besluiten;
    @Autowired Aanbod aanbod;
    @Autowired Toestemmingen toestemmingen;
    @Autowired Clock clock;

    @Test
    void theProviderGivesItsProgressAndTheRegisseurReadsItWithTheEvaluation() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        var gezin = Testhuishouden.in("0632").volwassene(38).kind(9).inschrijven(inschrijvingen, clock);
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        long doel = plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Weer elke dag naar school", gezin.kind().bsn(),
                Levensgebied.DAGBESTEDING, null, null, Regeling.JEUGDWET, 3));
        Aanvraag aanvraag = besluiten.aanvragen(consulent, zaak.id(), gezin.kind().bsn(), Wet.JEUGDWET, "Ambulante jeugdhulp");
        long aanbieder = aanbod.aanbiedersVoor(aanbod.product("0632", "45A01").orElseThrow()).stream()
                .filter(a -> a.agbCode().equals("42420001")).findFirst().orElseThrow().id();
        Beschikking toewijzing = besluiten.beslissen(consulent, aanvraag.id(), new BeslisVerzoek(Uitkomst.TOEKENNING, "Hij gaat weer naar school.",
                "Het netwerk kan dit niet alleen.", "45A01", 3, "04", "2", null, vandaag, vandaag.plusMonths(6), Leveringsvorm.ZIN, aanbieder, null));
        Gebruiker ouder = new Gebruiker("test-ouder", null, gezin.volwassene().naam(), Rol.INWONER, "0632", null, gezin.volwassene().bsn());
        toestemmingen.verlenen(ouder, "AANBIEDER:42420001", null, Set.of(Dossierdeel.PLAN), null);

        try (Browser browser = Browser.start(port, "voortgang")) {
            browser.smal();
            browser.inloggen("aanbieder");
            browser.open("/aanbieder/clienten/" + toewijzing.id());
            assertThat(browser.tekst()).contains("Voortgang doorgeven").contains("Periode: " + nl.dichtbij.platform.Formaat.lang(vandaag));

            browser.typ("voortgang-goedGegaan-" + doel, "Hij staat zelf op.");
            browser.volg(By.cssSelector("#doel-" + doel + " form[action$='/voortgang'] button[type=submit]"));
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("Schrijf hoe het gaat met dit doel.");
            assertThat(browser.veld("voortgang-goedGegaan-" + doel).getAttribute("value")).as("nothing typed is lost").isEqualTo("Hij staat zelf op.");

            browser.typ("voortgang-tekst-" + doel, "Hij gaat weer vier dagen per week naar school.");
            browser.typ("voortgang-aandacht-" + doel, "Maandagochtend blijft lastig.");
            browser.volg(By.cssSelector("#doel-" + doel + " form[action$='/voortgang'] button[type=submit]"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Uw voortgang is doorgegeven").contains("Wat u eerder doorgaf")
                    .contains("Hij gaat weer vier dagen per week naar school.").contains("nog niet gelezen")
                    .contains("U gaf de voortgang voor deze periode door op");
            browser.uitloggen();

            browser.inloggen("jeugdconsulent");
            browser.open("/werk/zaken/" + zaak.id());
            assertThat(browser.tekst()).contains("Voortgang van aanbieders").contains("Voortgang van Jeugdhulp Voorbeeld B.V., periode")
                    .contains("Maandagochtend blijft lastig.");
            browser.klik(By.xpath("//section[@id='doel-" + doel + "']//summary[normalize-space()='Evaluatie vastleggen']"));
            assertThat(browser.tekst()).contains("Bij deze evaluatie: voortgang van Jeugdhulp Voorbeeld B.V.");
            browser.typ("evaluatie-voortgang-" + doel, "Gaat goed; de school ziet hem weer elke week.");
            browser.volg(By.cssSelector("#doel-" + doel + " form[action$='/evaluaties'] button[type=submit]"));
            browser.controleer();
            // issue 18: every evaluation moment scores the whole ZRM, straight after the goal's evaluation
            assertThat(browser.tekst()).contains("De evaluatie is vastgelegd. Bij elke evaluatie hoort de hele ZRM")
                    .contains("ZRM van " + gezin.kind().naam());
            for (var veld : browser.alle(By.cssSelector("input[type=radio][value='3'][name^='zrmProfessional']"))) {
                veld.click();
            }
            browser.klik(By.cssSelector("input[type=radio][value='ONBEKEND'][name='zrmProfessional[JUSTITIE]']"));
            browser.knop("ZRM vastleggen");
            assertThat(browser.tekst()).contains("De ZRM is vastgelegd.").contains("Gaat goed; de school ziet hem weer elke week.")
                    .contains("(gelezen door Jasmijn Bakker op").doesNotContain("Voortgang van aanbieders");
            browser.controleer();

            // the closing ZRM with each level's description beside it, then the case closes with its reason
            browser.open("/werk/zaken/" + zaak.id() + "/zrm/" + gezin.kind().bsn() + "?bij=afsluiting");
            assertThat(browser.tekst()).contains(nl.dichtbij.zrm.ZrmNiveaus.beschrijving(nl.dichtbij.zrm.ZrmDomein.HUISVESTING, 1))
                    .contains(nl.dichtbij.zrm.ZrmNiveaus.beschrijving(nl.dichtbij.zrm.ZrmDomein.FINANCIEN, 5));
            for (var veld : browser.alle(By.cssSelector("input[type=radio][value='4'][name^='zrmProfessional']"))) {
                veld.click();
            }
            browser.klik(By.cssSelector("input[type=radio][value='NIET_VAN_TOEPASSING'][name='zrmProfessional[JUSTITIE]']"));
            browser.knop("ZRM vastleggen");
            assertThat(browser.tekst()).contains("De ZRM is vastgelegd.");
            browser.klik(By.id("sluitreden-DOELEN_BEREIKT"));
            browser.knop("Zaak sluiten");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gesloten: ");
            browser.uitloggen();

            // the teamleider reads the monitor per team, on a phone and at a desk
            browser.inloggen("teamleider");
            browser.open("/sturing/uitkomsten");
            browser.kiesOptie("indeling", "Team");
            browser.knop("Tonen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Per team").contains("Geen rapportcijfer").contains("Jeugdteam Woerden");
            browser.link("Jeugdteam Woerden");
            browser.controleer();
            assertThat(browser.tekst()).contains("Verandering per domein: Jeugdteam Woerden").contains("Scores bij de intake: Jeugdteam Woerden")
                    .contains("Verandering van de intake tot de laatste meting: Jeugdteam Woerden");
            browser.bureau();
            browser.controleer();
        }
    }
}
