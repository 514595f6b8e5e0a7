package nl.dichtbij.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The resident writes to his contact person in Mijn Dichtbij; the professional sees it on his werkbak and answers on the case page. */
@IntegratieTest
class BerichtenMetContactpersoonIT {

    @LocalServerPort int port;
    @Autowired Zaken zaken;
    @Autowired nl.dichtbij.plan.Plannen plannen;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Clock clock;

    @Test
    void aMessageGoesBothWaysDatedAndWaitsOnTheWerkbakUntilAnswered() throws Exception {
        var huishouden = Testhuishouden.in("0632").volwassene(69).inschrijven(inschrijvingen, clock);
        Gebruiker wmo = nl.dichtbij.Testzaken.consulent(gemeenten, Doelgroep.WMO);
        Zaak zaak = nl.dichtbij.Testzaken.open(zaken, gemeenten, Doelgroep.WMO, huishouden.huishoudenId());
        Gebruiker zelf = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, huishouden.volwassene());
        String gebruikersnaam = zelf.gebruikersnaam();
        HttpClient inwoner = Inloggen.als(port, gebruikersnaam);
        HttpClient consulent = Inloggen.als(port, "wmoconsulent");

        assertThat(post(inwoner, "/mijn/plan", "/mijn/plan/berichten", "bericht", " ")).contains("Schrijf uw bericht.", "aria-invalid=\"true\"")
                .doesNotContain("Uw bericht is verstuurd");
        assertThat(post(consulent, "/werk/zaken/" + zaak.id(), "/werk/zaken/" + zaak.id() + "/berichten", "bericht", " "))
                .as("the case page too").contains("Schrijf uw bericht.").doesNotContain("Uw bericht is verstuurd");
        String vraag = "Kunt u donderdag in plaats van woensdag komen? Mijn dochter is er dan ook.";
        assertThat(post(inwoner, "/mijn/plan", "/mijn/plan/berichten", "bericht", vraag))
                .contains("Uw bericht is verstuurd naar uw contactpersoon.", vraag, huishouden.volwassene().naam() + ":");

        String werkbak = get(consulent, "/werk");
        assertThat(werkbak).contains("Berichten van inwoners", huishouden.volwassene().naam(), "/werk/zaken/" + zaak.id() + "#berichten");
        assertThat(get(consulent, "/werk/zaken/" + zaak.id())).contains("Berichten met het huishouden", vraag, "(inwoner):");

        String antwoord = "Dat kan. Ik kom donderdag om 10 uur.";
        assertThat(post(consulent, "/werk/zaken/" + zaak.id(), "/werk/zaken/" + zaak.id() + "/berichten", "bericht", antwoord))
                .contains("Uw bericht is verstuurd.", antwoord);
        assertThat(get(consulent, "/werk")).as("answered").doesNotContain("/werk/zaken/" + zaak.id() + "#berichten");
        assertThat(get(inwoner, "/mijn/plan")).contains("Willem Visser:", antwoord);

        zaken.sluiten(wmo, zaak.id(), nl.dichtbij.regie.Sluitreden.DOELEN_BEREIKT, null, null);
        assertThat(get(inwoner, "/mijn/plan")).as("a closed case takes no messages").doesNotContain("Bericht aan uw contactpersoon");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> zaken.berichtAanContactpersoon(zelf, "Nog een vraag"))
                .isInstanceOfSatisfying(nl.dichtbij.platform.OngeldigeInvoerException.class,
                        e -> assertThat(e.fouten().get("tekst")).contains("Uw zaak is afgesloten"));
    }

    /** docs/decisions/0006: a 16-year-old's message and the answer to it are his, not his parents'. */
    @Test
    void anAnswerToASixteenYearOldStaysHis() throws Exception {
        var gezin = Testhuishouden.in("0632").volwassene(48).kind(16).inschrijven(inschrijvingen, clock);
        Gebruiker jeugd = nl.dichtbij.Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        Zaak zaak = nl.dichtbij.Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, gezin.huishoudenId());
        Gebruiker jongere = new Gebruiker("jongere", null, gezin.kind().naam(), Rol.INWONER, "0632", null, gezin.kind().bsn());
        Gebruiker ouder = new Gebruiker("ouder", null, gezin.volwassene().naam(), Rol.INWONER, "0632", null, gezin.volwassene().bsn());
        zaken.berichtAanContactpersoon(jongere, "Mag ik u alleen spreken?");

        assertThat(get(Inloggen.als(port, "jeugdconsulent"), "/werk/zaken/" + zaak.id()))
                .as("the answer is about him by default").contains("<option value=\"" + gezin.kind().bsn() + "\" selected=\"selected\"");
        zaken.berichtVanMedewerker(jeugd, zaak.id(), "Ja, donderdag na school.", gezin.kind().bsn());
        assertThat(plannen.berichtenVoorInwoner(jongere, zaken.vanInwoner(jongere).orElseThrow())).extracting(Zaak.Bericht::tekst)
                .contains("Mag ik u alleen spreken?", "Ja, donderdag na school.");
        assertThat(plannen.berichtenVoorInwoner(ouder, zaken.vanInwoner(ouder).orElseThrow())).extracting(Zaak.Bericht::tekst)
                .doesNotContain("Mag ik u alleen spreken?", "Ja, donderdag na school.");
        String anderHuishouden = Testhuishouden.in("0632").volwassene(30).inschrijven(inschrijvingen, clock).volwassene().bsn();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> zaken.berichtVanMedewerker(jeugd, zaak.id(), "Hallo", anderHuishouden))
                .isInstanceOfSatisfying(nl.dichtbij.platform.OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("betreft"));
    }

    private String get(HttpClient wie, String pad) throws Exception {
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private String post(HttpClient wie, String formulierPagina, String pad, String veld, String tekst) throws Exception {
        String body = veld + "=" + URLEncoder.encode(tekst, StandardCharsets.UTF_8) + "&_csrf=" + Inloggen.csrf(get(wie, formulierPagina));
        HttpResponse<String> antwoord = wie.send(HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
