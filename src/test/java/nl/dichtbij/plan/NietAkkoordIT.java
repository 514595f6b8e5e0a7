package nl.dichtbij.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.dichtbij.platform.Levensgebied;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.regie.Zaak;
import nl.dichtbij.regie.Zaken;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The resident says he does not agree with his plan, and why; his contact person reads it on the case page. */
@IntegratieTest
class NietAkkoordIT {

    @LocalServerPort int port;
    @Autowired Plannen plannen;
    @Autowired Zaken zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Clock clock;

    @Test
    void theResidentDisagreesWithAReasonAndTheProfessionalSeesIt() throws Exception {
        var huishouden = Testhuishouden.in("0632").volwassene(72).inschrijven(inschrijvingen, clock);
        Gebruiker consulent = nl.dichtbij.Testzaken.consulent(gemeenten, Doelgroep.WMO);
        Zaak zaak = nl.dichtbij.Testzaken.open(zaken, gemeenten, Doelgroep.WMO, huishouden.huishoudenId());
        Gebruiker inwoner = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, huishouden.volwassene());
        String gebruikersnaam = inwoner.gebruikersnaam();

        plannen.vanZaak(consulent, zaak.id());
        assertThatThrownBy(() -> plannen.nietAkkoord(inwoner, 1, "Te veel")).as("an empty plan").isInstanceOf(OngeldigeInvoerException.class);
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Elke dag een warme maaltijd", null, Levensgebied.PRAKTISCH_FUNCTIONEREN, null,
                null, Regeling.WMO, 3));
        int versie = plannen.vanInwoner(inwoner).orElseThrow().versienummer();

        HttpClient browser = Inloggen.als(port, gebruikersnaam);
        String leeg = post(browser, "/mijn/plan/niet-akkoord", versie, " ");
        assertThat(leeg).as("a reason is asked, the form stays open").contains("Schrijf waarmee u het niet eens bent", "<details open");
        String verouderd = post(browser, "/mijn/plan/niet-akkoord", versie - 1, "Ik wil liever boodschappen doen");
        assertThat(verouderd).contains("Het plan is gewijzigd terwijl u het las");

        String na = post(browser, "/mijn/plan/niet-akkoord", versie, "Ik kook liever zelf, met hulp bij de boodschappen.");
        assertThat(na).contains("U gaf aan dat u het niet eens bent", huishouden.volwassene().naam() + " is het niet eens met deze versie",
                "Ik kook liever zelf, met hulp bij de boodschappen.");
        String zaakpagina = Inloggen.als(port, "wmoconsulent").send(HttpRequest.newBuilder(uri("/werk/zaken/" + zaak.id())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(zaakpagina).contains("Niet akkoord", "is het niet eens met versie " + versie, "Ik kook liever zelf, met hulp bij de boodschappen.");

        plannen.akkoord(inwoner, versie);
        assertThat(plannen.nietAkkoordMetHuidigeVersie(plannen.vanInwoner(inwoner).orElseThrow())).as("agreed since").isEmpty();
        assertThatThrownBy(() -> plannen.nietAkkoord(inwoner, versie, "Toch niet")).isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void aSixteenYearOldsReactionAndReasonAreHisOwnWords() throws Exception {
        var huishouden = Testhuishouden.in("0632").volwassene(45).kind(16).inschrijven(inschrijvingen, clock);
        Gebruiker consulent = nl.dichtbij.Testzaken.consulent(gemeenten, Doelgroep.JEUGD);
        Zaak zaak = nl.dichtbij.Testzaken.open(zaken, gemeenten, Doelgroep.JEUGD, huishouden.huishoudenId());
        var kind = huishouden.kind();
        var ouder = huishouden.volwassene();
        Gebruiker jongere = new Gebruiker("jongere-" + kind.bsn(), null, kind.naam(), nl.dichtbij.platform.Rol.INWONER, "0632", null, kind.bsn());
        Gebruiker moeder = nl.dichtbij.Testzaken.inwonerMetAccount(jdbc, wachtwoorden, ouder);
        plannen.vanZaak(consulent, zaak.id());
        plannen.doelToevoegen(consulent, zaak.id(), new NieuwDoel("Weer naar school", null, Levensgebied.DAGBESTEDING, null, null, Regeling.JEUGDWET, 3));
        int versie = plannen.vanInwoner(jongere).orElseThrow().versienummer();

        plannen.reageren(jongere, null, "Ik wil eerst met de mentor praten, niet met mijn moeder erbij.");
        plannen.nietAkkoord(jongere, versie, "School is niet het probleem.");
        plannen.reageren(moeder, null, "Wij willen graag snel beginnen.");

        Ondersteuningsplan plan = plannen.vanInwoner(moeder).orElseThrow();
        assertThat(plannen.reactiesVoorInwoner(moeder, plan)).as("his words are not his mother's to read")
                .filteredOn(r -> r.doorNaam().equals(kind.naam())).hasSize(2).allSatisfy(r -> assertThat(r.tekst()).isNull());
        assertThat(plannen.reactiesVoorInwoner(moeder, plan)).as("her own words she reads")
                .filteredOn(r -> r.doorNaam().equals(ouder.naam())).singleElement().satisfies(r -> assertThat(r.tekst()).isEqualTo("Wij willen graag snel beginnen."));
        assertThat(plannen.nietAkkoordVoorInwoner(moeder, plan)).as("she sees that he disagrees, not why")
                .hasValueSatisfying(r -> assertThat(r.tekst()).isNull());
        assertThat(plannen.reactiesVoorInwoner(jongere, plan)).extracting(Reactie::tekst)
                .contains("Ik wil eerst met de mentor praten, niet met mijn moeder erbij.", "School is niet het probleem.", "Wij willen graag snel beginnen.");
        assertThat(plannen.nietAkkoordVoorInwoner(jongere, plan)).hasValueSatisfying(r -> assertThat(r.tekst()).isEqualTo("School is niet het probleem."));
        assertThat(plannen.reacties(plannen.vanZaak(consulent, zaak.id()))).as("his contact person reads everything")
                .extracting(Reactie::tekst).contains("School is niet het probleem.");

        String mijnPlan = Inloggen.als(port, moeder.gebruikersnaam()).send(HttpRequest.newBuilder(uri("/mijn/plan")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(mijnPlan).contains(kind.naam() + " heeft gereageerd. U kunt niet lezen wat er staat.",
                        kind.naam() + " is het niet eens met deze versie. U kunt niet lezen waarom.",
                        "Wij willen graag snel beginnen.")
                .doesNotContain("mentor").doesNotContain("School is niet het probleem.");
    }

    private String post(HttpClient browser, String pad, int versie, String reden) throws Exception {
        String pagina = browser.send(HttpRequest.newBuilder(uri("/mijn/plan")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = "versienummer=" + versie + "&reden=" + URLEncoder.encode(reden, StandardCharsets.UTF_8) + "&_csrf=" + Inloggen.csrf(pagina);
        HttpResponse<String> antwoord = browser.send(HttpRequest.newBuilder(uri(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
