package nl.dichtbij.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.plan.NieuwDoel;
import nl.dichtbij.plan.Plannen;
import nl.dichtbij.plan.Regeling;
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 19: the Wmo consulent publishes an anonymised request with the resident's consent; Jeugdhulp Voorbeeld and Zorg Dichtbij
 * bid, one of them on a 320 px phone; the deadline passes (the clock moves); the regisseur proposes, the resident agrees in Mijn
 * Dichtbij, the regisseur awards; the decision and the 301 follow; beleid reads the audit. Every page through axe-core, none
 * scrolling sideways.
 */
@IntegratieTest
class MarktplaatsBrowserIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired VerstelbareKlok klok;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Plannen plannen;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void aRequestIsPublishedBidOnAndAwardedWithTheResident() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(44).kind(9).inschrijven(inschrijvingen, klok);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        plannen.doelToevoegen(Testzaken.consulent(gemeenten, Doelgroep.WMO), zaak.id(), new NieuwDoel("Grip op geld en post", gezin.volwassene().bsn(),
                Levensgebied.FINANCIEN, null, null, Regeling.WMO, 3));
        Testzaken.inwonerMetAccount(jdbc, wachtwoorden, gezin.volwassene());
        LocalDate vandaag = LocalDate.now(klok);

        try (Browser browser = Browser.start(port, "marktplaats")) {
            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open("/werk/zaken/" + zaak.id());
            browser.link("Naar de marktplaats van deze zaak");
            browser.controleer();
            browser.kiesOptie("voor", gezin.volwassene().naam());
            browser.knop("Gegevens ophalen");
            browser.controleer();
            assertThat(browser.tekst()).contains("27 tot 45 jaar", "1 volwassene en 1 kind", "Geld en schulden");
            browser.kiesOptie("productcode", "02A01 Begeleiding individueel (Wmo)");
            browser.typ("situatie", gezin.volwassene().voornaam() + " heeft schulden en opent de post niet meer.");
            browser.datum("gewensteStart", vandaag.plusDays(14));
            browser.datum("sluitDatum", vandaag.plusDays(7));
            browser.knop("Publiceren op de marktplaats");
            browser.controleer();
            assertThat(browser.titel()).startsWith("Fout: ");
            assertThat(browser.tekst()).contains("Zonder toestemming van de inwoner kunt u het verzoek niet publiceren.",
                    "Haal de naam van de inwoner of zijn huishouden weg.");
            browser.typ("situatie", "Ouder met schulden die de post niet meer opent; een kind op de basisschool.");
            browser.kiesLabel("De inwoner heeft dit verzoek gelezen en vindt het goed dat het zonder naam naar de aanbieders gaat.");
            browser.kiesLabel("Mondeling, aan de keukentafel");
            browser.knop("Publiceren op de marktplaats");
            browser.controleer();
            assertThat(browser.tekst()).contains("Het verzoek staat op de marktplaats.", "De biedingen zijn verzegeld tot");
            long id = jdbc.sql("select verzoek_id from marktverzoek_zaak where zaak_id = ?").param(zaak.id()).query(Long.class).single();
            browser.uitloggen();

            // two providers bid, one of them on a phone; one asks a question first
            browser.smal();
            browser.inloggen("aanbieder");
            browser.open("/aanbieder/marktplaats");
            browser.volg(org.openqa.selenium.By.linkText(id + ": Begeleiding individueel"));
            browser.controleer();
            assertThat(browser.tekst()).contains("27 tot 45 jaar", "Ouder met schulden").doesNotContain(gezin.volwassene().achternaam());
            browser.typ("vraag", "Kan de begeleiding ook op zaterdag?");
            browser.knop("Vraag stellen");
            browser.controleer();
            browser.typ("plan", "Wekelijks een huisbezoek en samen de post en de rekeningen doen.");
            browser.typ("prijs", "6.400,00");
            browser.typ("urenPerWeek", "3");
            browser.knop("Bod indienen (één keer, verzegeld)");
            browser.controleer();
            assertThat(browser.tekst()).contains("Uw bod is ontvangen en verzegeld tot de sluiting.");
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("zorgdichtbij");
            browser.open("/aanbieder/marktplaats/" + id);
            browser.typ("plan", "Een vaste coach, twee keer per week, met een budgetplan.");
            browser.typ("prijs", "5.900,00");
            browser.typ("urenPerWeek", "4");
            browser.knop("Bod indienen (één keer, verzegeld)");
            browser.controleer();
            browser.uitloggen();

            // the regisseur answers the question; he cannot read the bids before the deadline
            browser.inloggen("wmoconsulent");
            browser.open("/werk/marktplaats/" + id);
            browser.typ("antwoord-" + jdbc.sql("select id from marktvraag where verzoek_id = ?").param(id).query(Long.class).single(),
                    "Ja, een zaterdag per maand kan.");
            browser.knop("Antwoord geven");
            browser.controleer();
            assertThat(browser.tekst()).contains("De biedingen zijn verzegeld tot").doesNotContain("5.900");
            browser.ga("/werk/marktplaats/" + id + "/biedingen");
            assertThat(browser.status()).contains("403");
            assertThat(browser.tekst()).contains("De biedingen zijn verzegeld tot");

            // the deadline passes
            klok.verzet(Duration.ofDays(8));
            browser.open("/werk/marktplaats/" + id);
            assertThat(browser.tekst()).contains("Gesloten: de biedingen zijn open", "Zorg Dichtbij Woerden: € 5.900,00 per jaar",
                    "Jeugdhulp Voorbeeld B.V.: € 6.400,00 per jaar");
            browser.kiesLabel("Zorg Dichtbij Woerden (€ 5.900,00)");
            browser.typ("motivering", "Een vaste coach en meer uren per week, voor de laagste prijs.");
            browser.knop("Voorleggen aan de inwoner");
            browser.controleer();
            browser.uitloggen();

            browser.smal();
            browser.inloggen("test-" + gezin.volwassene().bsn());
            browser.open("/mijn/marktplaats");
            assertThat(browser.tekst()).contains("Zorg Dichtbij Woerden", "Een vaste coach en meer uren per week",
                    "Uw regisseur heeft een aanbieder gekozen. Wat vindt u ervan?").doesNotContain("Keuze voorgelegd aan de inwoner");
            browser.kiesLabel("Akkoord");
            browser.typ("toelichting-" + id, "Twee keer per week past mij goed.");
            browser.knop("Oordeel geven");
            browser.controleer();
            assertThat(browser.tekst()).contains("Dank u. Uw regisseur ziet uw oordeel.", "Uw oordeel: Akkoord – Twee keer per week past mij goed.")
                    .doesNotContain("goed..");
            browser.uitloggen();

            browser.bureau();
            browser.inloggen("wmoconsulent");
            browser.open("/werk/marktplaats/" + id);
            assertThat(browser.tekst()).contains("Oordeel van de inwoner: Akkoord: Twee keer per week past mij goed.");
            browser.typ("gunMotivering", "Het plan sluit aan op de doelen en de inwoner is akkoord.");
            browser.knop("Gunnen en besluit nemen");
            browser.controleer();
            assertThat(browser.tekst()).contains("Gegund. Het besluit is genomen");
            long beschikking = jdbc.sql("select beschikking_id from marktverzoek where id = ?").param(id).query(Long.class).single();
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from toewijzing where beschikking_id = ? and aanbieder_agb = '42420002'")
                    .param(beschikking).query(Long.class).single() == 1);
            browser.uitloggen();

            // the awarded provider has its 301; the other bidder learns only that the request was awarded
            browser.inloggen("zorgdichtbij");
            browser.open("/aanbieder/marktplaats/" + id);
            assertThat(browser.tekst()).contains("Uw bod is gegund.");
            browser.open("/aanbieder/berichten");
            assertThat(browser.tekst()).contains("301");
            browser.uitloggen();
            browser.inloggen("aanbieder");
            browser.open("/aanbieder/marktplaats/" + id);
            assertThat(browser.tekst()).contains("Gegund", "Uw bod is niet gekozen.").doesNotContain("Uw bod is gegund", gezin.volwassene().achternaam());
            browser.uitloggen();

            browser.smal();
            browser.inloggen("beleid");
            browser.open("/sturing/marktplaats");
            assertThat(browser.tekst()).contains("Prijsspreiding per soort verzoek");
            browser.volg(org.openqa.selenium.By.linkText(id + ": Begeleiding individueel"));
            browser.controleer();
            assertThat(browser.tekst()).contains("Gepubliceerd", "Vraag beantwoord", "Biedingen lezen geweigerd", "Oordeel van de inwoner: akkoord", "Gegund");
        }
    }
}
