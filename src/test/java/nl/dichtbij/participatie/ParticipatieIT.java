package nl.dichtbij.participatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.Testzaken;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 20: the participatieladder on the case page, its rules, and the movement per year on the steering page. */
@IntegratieTest
class ParticipatieIT {

    @LocalServerPort int port;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Clock clock;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Participatieladder ladder;
    @Autowired Participatiecijfers cijfers;

    @Test
    void theConsulentRecordsAStepOnTheCasePageAndEarlierStepsStay() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(38).kind(9).inschrijven(inschrijvingen, clock);
        Zaak zaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, gezin.huishoudenId());
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        String pad = "/werk/zaken/" + zaak.id();
        String ouder = gezin.volwassene().bsn();
        assertThat(pagina(consulent, pad)).contains("Participatieladder", "Trede van " + gezin.volwassene().voornaam())
                .as("no ladder for the child").doesNotContain("Trede van " + gezin.kind().voornaam());

        String zonderTrede = post(consulent, pad, "bsn=" + ouder + "&datum=" + LocalDate.now(clock));
        assertThat(zonderTrede).contains("Kies een trede van 1 tot en met 6.", "href=\"#trede-" + ouder + "\"");
        assertThat(post(consulent, pad, "bsn=" + ouder + "&trede=3&datum=" + LocalDate.now(clock).plusDays(3)))
                .contains("De datum ligt in de toekomst.");
        assertThat(post(consulent, pad, "bsn=" + ouder + "&trede=3&datum=gisteren")).contains("Vul een datum in zoals 4-12-2026.");
        assertThat(post(consulent, pad, "bsn=" + ouder + "&trede=2&datum=" + LocalDate.now(clock).minusMonths(6)
                + "&toelichting=" + URLEncoder.encode("Komt weer buiten, wandelt met de buurvrouw.", StandardCharsets.UTF_8)))
                .contains("De trede is vastgelegd.", "Trede 2: Sociale contacten buiten de deur. Komt weer buiten");
        assertThat(post(consulent, pad, "bsn=" + ouder + "&trede=3&datum=" + LocalDate.now(clock).plusDays(1)))
                .as("an error is no success").doesNotContain("De trede is vastgelegd.").contains("aria-invalid=\"true\"");
        assertThat(pagina(consulent, pad + "/participatie")).as("the form's address opened again").contains("Participatieladder");
        assertThat(post(consulent, pad, "bsn=" + ouder + "&trede=4&datum=" + LocalDate.now(clock)))
                .contains("Trede 4: Onbetaald werk", "Trede 2: Sociale contacten buiten de deur");
        assertThat(verstuur(consulent, pad + "/participatie", "bsn=" + gezin.kind().bsn() + "&trede=3&datum=" + LocalDate.now(clock), pad)
                .statusCode()).as("a child has no ladder").isEqualTo(404);
        assertThat(post(consulent, pad, "bsn=" + ouder + "&trede=3&datum=" + gezin.volwassene().geboortedatum().plusYears(17)))
                .as("a day before the adult turned 18").contains("De participatieladder is voor volwassenen.");

        // the ladder ends at the AOW age (Ladderleeftijd): a step for a 70-year-old today is refused in words, one from when he was 60 is kept
        var ouderen = Testhuishouden.in("0632").volwassene(70).inschrijven(inschrijvingen, clock);
        Zaak ouderenzaak = Testzaken.open(zaken, gemeenten, Doelgroep.WMO, ouderen.huishoudenId());
        String ouderenpad = "/werk/zaken/" + ouderenzaak.id();
        assertThat(post(consulent, ouderenpad, "bsn=" + ouderen.volwassene().bsn() + "&trede=4&datum=" + LocalDate.now(clock)))
                .contains("De participatieladder is voor mensen tot de AOW-leeftijd (67 jaar).").doesNotContain("De trede is vastgelegd.");
        assertThat(post(consulent, ouderenpad, "bsn=" + ouderen.volwassene().bsn() + "&trede=6&datum=" + ouderen.volwassene().geboortedatum().plusYears(60)))
                .contains("De trede is vastgelegd.", "Trede 6: Betaald werk");

        var anderGezin = Testhuishouden.in("0632").volwassene(50).inschrijven(inschrijvingen, clock);
        HttpResponse<String> vreemd = verstuur(consulent, pad + "/participatie", "bsn=" + anderGezin.volwassene().bsn() + "&trede=3&datum="
                + LocalDate.now(clock), pad);
        assertThat(vreemd.statusCode()).as("someone outside the household").isEqualTo(404);
    }

    @Test
    void theMovementOfAYearIsExactAndSmallNumbersAreLeftOut() throws Exception {
        Gebruiker consulent = Testzaken.consulent(gemeenten, Doelgroep.WMO);
        for (int i = 0; i < 6; i++) {
            String bsn = Testhuishouden.in("0632").volwassene(45).inschrijven(inschrijvingen, clock).volwassene().bsn();
            ladder.vastleggen(consulent, bsn, 3, LocalDate.of(2018, 5, 1), null);
            ladder.vastleggen(consulent, bsn, i < 5 ? 5 : 1, LocalDate.of(2019, 9, 1), null);
        }
        Gebruiker beleid = new Gebruiker("beleid", null, "Beleid", Rol.BELEID, "0632", null, null);
        Ladderbeweging.Uitkomst uitkomst = cijfers.vanJaar(beleid, 2019);
        assertThat(uitkomst.omhoog()).isGreaterThanOrEqualTo(5);
        assertThat(cijfers.vanJaar(beleid, 2019)).isEqualTo(uitkomst);

        String pagina = pagina(Inloggen.als(port, "beleid"), "/sturing/participatie?jaar=2019");
        assertThat(pagina).contains("Beweging in 2019");
        if (uitkomst.omlaag() > 0 && uitkomst.omlaag() < 5) {
            assertThat(pagina).as("fewer than 5 down: left out, with the smallest other and the total").contains("<td>&lt; 5</td>")
                    .doesNotContain(">Samen<");
        }
        assertThat(pagina(Inloggen.als(port, "beleid"), "/sturing/participatie?jaar=abc")).contains("Kies een jaar tussen 2000 en 2100. U ziet nu");
        assertThat(verstuurGet(Inloggen.als(port, "wmoconsulent"), "/sturing/participatie").statusCode()).as("not for a consulent").isEqualTo(403);
        assertThatThrownBy(() -> cijfers.vanJaar(consulent, 2019)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> ladder.vastleggen(consulent, "999999999", 3, LocalDate.of(2019, 1, 1), null))
                .isInstanceOf(nl.dichtbij.platform.NietGevondenException.class);
        assertThatThrownBy(() -> ladder.vastleggen(beleid, "999999999", 3, LocalDate.of(2019, 1, 1), null))
                .as("beleid records no steps").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        String bsn = Testhuishouden.in("0632").volwassene(30).inschrijven(inschrijvingen, clock).volwassene().bsn();
        assertThatThrownBy(() -> ladder.vastleggen(consulent, bsn, 7, LocalDate.of(2019, 1, 1), "x".repeat(501)))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsOnlyKeys("trede", "toelichting"));
    }

    private String pagina(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = verstuurGet(wie, pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> verstuurGet(HttpClient wie, String pad) throws Exception {
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String post(HttpClient wie, String pad, String velden) throws Exception {
        HttpResponse<String> antwoord = verstuur(wie, pad + "/participatie", velden, pad);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> verstuur(HttpClient wie, String naar, String velden, String formulierPagina) throws Exception {
        String csrf = Inloggen.csrf(pagina(wie, formulierPagina));
        return wie.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + naar)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
