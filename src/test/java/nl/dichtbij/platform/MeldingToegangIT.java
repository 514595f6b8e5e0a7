package nl.dichtbij.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.dossier.Dossierdeel;
import nl.dichtbij.dossier.Noodtoegang;
import nl.dichtbij.dossier.Toestemmingen;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering a melding gives that melding and its routing, not the household's file (docs/privacy.md).
 * A hostile test found that a Wmo consulent who registered a melding for a parent read the household's
 * Jeugd case, its decision, the household and the plan without emergency access.
 */
@IntegratieTest
class MeldingToegangIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String JEUGDVRAAG = "Zoon spijbelt en is somber, school maakt zich zorgen.";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Gemeenten gemeenten;
    @Autowired Toestemmingen toestemmingen;
    @Autowired Noodtoegang noodtoegang;
    @Autowired PasswordEncoder wachtwoorden;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aWmoConsulentWhoRegistersAMeldingForAParentSeesThatMeldingButNotTheHouseholdsJeugdCase() throws Exception {
        var gezin = gezin();
        String ouder = (String) gezin[0];
        long huishouden = (Long) gezin[4];

        // the Jeugdteam holds the household's case: a melding for the child, its regisseur, a decision and a plan
        JsonNode jeugdmelding = json.readTree(api("jeugdconsulent", "POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"%s","levensgebieden":["dagbesteding"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678","kanaal":"TELEFOON"}"""
                .formatted(gezin[2], gezin[3], JEUGDVRAAG)).body());
        long zaak = jeugdmelding.get("zaakId").asLong();
        assertThat(api("jeugdconsulent", "PUT", "/api/v1/meldingen/" + jeugdmelding.get("id").asLong() + "/behandelaar", "{}").statusCode())
                .isEqualTo(200);
        long aanvraag = json.readTree(api("jeugdconsulent", "POST", "/api/v1/zaken/" + zaak + "/aanvragen", """
                {"persoonBsn":"%s","wet":"JEUGDWET","omschrijving":"Ambulante jeugdhulp"}""".formatted(gezin[2])).body()).get("id").asLong();
        HttpResponse<String> besluit = api("jeugdconsulent", "POST", "/api/v1/aanvragen/" + aanvraag + "/beschikking", """
                {"uitkomst":"TOEKENNING","resultaat":"Weer naar school","motivering":"Nodig volgens het onderzoek",
                 "productcode":"45A01","volume":2,"eenheid":"04","frequentie":"2","ingangsdatum":"2026-12-01","einddatum":"2027-05-31",
                 "vorm":"ZIN","aanbiederId":1}""");
        assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(201);
        long beschikking = json.readTree(besluit.body()).get("id").asLong();
        assertThat(api("jeugdconsulent", "GET", "/api/v1/zaken/" + zaak + "/plan", null).statusCode()).isEqualTo(200);

        // a Wmo consulent registers a melding for the parent, with BSN and date of birth
        HttpResponse<String> geregistreerd = api("wmoconsulent", "POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"Moeder redt het huishouden niet meer.","levensgebieden":["praktisch-functioneren"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678","kanaal":"TELEFOON"}""".formatted(ouder, gezin[1]));
        assertThat(geregistreerd.statusCode()).as(geregistreerd.body()).isEqualTo(201);
        long eigen = json.readTree(geregistreerd.body()).get("id").asLong();

        // he sees his melding and where it went, and can take it up
        JsonNode melding = json.readTree(api("wmoconsulent", "GET", "/api/v1/meldingen/" + eigen, null).body());
        assertThat(melding.get("teamId").asLong()).isEqualTo(gemeenten.teamVoor("0632", Doelgroep.WMO).id());
        assertThat(melding.get("zaakId").asLong()).isEqualTo(zaak);
        assertThat(api("wmoconsulent", "PUT", "/api/v1/meldingen/" + eigen + "/behandelaar", "{}").statusCode()).isEqualTo(200);
        HttpClient browser = ingelogd("wmoconsulent");
        HttpResponse<String> pagina = browser.send(HttpRequest.newBuilder(uri("/werk/meldingen/" + eigen)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Moeder redt het huishouden niet meer.").doesNotContain("Zoon spijbelt")
                .contains("zijn voor het team dat de zaak heeft");

        // but not the rest of the household's file
        List<String> dossier = List.of("/api/v1/zaken/" + zaak, "/api/v1/beschikkingen/" + beschikking, "/api/v1/huishoudens/" + huishouden,
                "/api/v1/zaken/" + zaak + "/plan", "/api/v1/meldingen/" + jeugdmelding.get("id").asLong());
        for (String pad : dossier) {
            assertThat(api("wmoconsulent", "GET", pad, null).statusCode()).as(pad).isIn(403, 404);
            assertThat(api("jeugdconsulent", "GET", pad, null).statusCode()).as("the case team, " + pad).isEqualTo(200);
        }
        assertThat(browser.send(HttpRequest.newBuilder(uri("/werk/zaken/" + zaak)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isIn(403, 404);
        assertThat(browser.send(HttpRequest.newBuilder(uri("/werk/meldingen/" + jeugdmelding.get("id").asLong())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(403, 404);

        // the parent shares the plan with him by name: the plan, nothing more
        var inwoner = new Gebruiker("melding-toegang-it", null, "Ouder", Rol.INWONER, "0632", null, ouder);
        toestemmingen.verlenen(inwoner, "MEDEWERKER:wmoconsulent", null, Set.of(Dossierdeel.PLAN), null);
        assertThat(api("wmoconsulent", "GET", "/api/v1/zaken/" + zaak + "/plan", null).statusCode()).isEqualTo(200);
        assertThat(api("wmoconsulent", "GET", "/api/v1/beschikkingen/" + beschikking, null).statusCode()).isIn(403, 404);
        assertThat(api("wmoconsulent", "GET", "/api/v1/huishoudens/" + huishouden, null).statusCode()).isIn(403, 404);

        // emergency access opens the whole file, logged with its reason
        var wmo = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", gemeenten.teamVoor("0632", Doelgroep.WMO).id(), null);
        noodtoegang.nemen(wmo, huishouden, "Moeder belt in paniek, zorgen om de veiligheid van haar zoon.");
        for (String pad : dossier) {
            assertThat(api("wmoconsulent", "GET", pad, null).statusCode()).as("noodtoegang, " + pad).isEqualTo(200);
        }
    }

    @Test
    void aParentWhoAsksForHelpHerselfBringsTheWmoTeamIntoTheHouseholdsOneCase() throws Exception {
        var gezin = gezin();
        String ouder = (String) gezin[0];
        JsonNode jeugdmelding = json.readTree(api("jeugdconsulent", "POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"%s","levensgebieden":["dagbesteding"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678","kanaal":"TELEFOON"}"""
                .formatted(gezin[2], gezin[3], JEUGDVRAAG)).body());
        long zaak = jeugdmelding.get("zaakId").asLong();
        api("jeugdconsulent", "PUT", "/api/v1/meldingen/" + jeugdmelding.get("id").asLong() + "/behandelaar", "{}");
        assertThat(api("wmoconsulent", "GET", "/api/v1/zaken/" + zaak, null).statusCode()).isIn(403, 404);

        jdbc.sql("delete from account where gebruikersnaam = 'melding-toegang-ouder'").update();
        jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, bsn) values ('melding-toegang-ouder', ?, 'Ouder', 'INWONER', '0632', ?)")
                .params(wachtwoorden.encode("demo"), ouder).update();
        HttpResponse<String> gevraagd = api("melding-toegang-ouder", "POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","omschrijving":"Ik red het niet meer met de rekeningen en de zorg voor mijn zoon.","levensgebieden":["financien"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678"}""".formatted(ouder));
        assertThat(gevraagd.statusCode()).as(gevraagd.body()).isEqualTo(201);
        assertThat(json.readTree(gevraagd.body()).get("zaakId").asLong()).isEqualTo(zaak);
        assertThat(api("wmoconsulent", "GET", "/api/v1/zaken/" + zaak, null).statusCode()).as("the resident asked the Wmo team herself").isEqualTo(200);
    }

    @Test
    void takingUpHisOwnMeldingDoesNotMakeHimTheRegisseurOfAnotherTeamsCase() throws Exception {
        var gezin = gezin();
        JsonNode jeugdmelding = json.readTree(api("jeugdconsulent", "POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"%s","levensgebieden":["dagbesteding"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678","kanaal":"TELEFOON"}"""
                .formatted(gezin[2], gezin[3], JEUGDVRAAG)).body());
        long zaak = jeugdmelding.get("zaakId").asLong();
        // the Jeugdteam has not taken up its melding yet: the case has no regisseur
        HttpResponse<String> geregistreerd = api("wmoconsulent", "POST", "/api/v1/meldingen", """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"Moeder redt het huishouden niet meer.","levensgebieden":["praktisch-functioneren"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"0612345678","kanaal":"TELEFOON"}""".formatted(gezin[0], gezin[1]));
        long eigen = json.readTree(geregistreerd.body()).get("id").asLong();
        assertThat(api("wmoconsulent", "PUT", "/api/v1/meldingen/" + eigen + "/behandelaar", "{}").statusCode()).isEqualTo(200);

        assertThat(api("wmoconsulent", "GET", "/api/v1/zaken/" + zaak, null).statusCode()).isIn(403, 404);
        assertThat(jdbc.sql("select regisseur from zaak where id = ?").param(zaak).query(String.class).optional()).isEmpty();
        api("jeugdconsulent", "PUT", "/api/v1/meldingen/" + jeugdmelding.get("id").asLong() + "/behandelaar", "{}");
        assertThat(jdbc.sql("select regisseur from zaak where id = ?").param(zaak).query(String.class).single()).isEqualTo("jeugdconsulent");
    }

    private Object[] gezin() {
        return jdbc.sql("""
                        select o.bsn, o.geboortedatum, k.bsn, k.geboortedatum, k.huishouden_id from ouder_kind ok
                        join persoon o on o.bsn = ok.ouder_bsn join persoon k on k.bsn = ok.kind_bsn
                        where k.gemeente_code = '0632' and k.huishouden_id = o.huishouden_id and k.geboortedatum > ? and k.geboortedatum < ?
                        and o.geboortedatum < ?
                        and not exists (select 1 from melding m where m.huishouden_id = k.huishouden_id)
                        and not exists (select 1 from zaak z where z.huishouden_id = k.huishouden_id)
                        order by k.huishouden_id desc limit 1""")
                .params(LocalDate.of(2012, 1, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2000, 1, 1))
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)}).single();
    }

    private HttpResponse<String> api(String gebruiker, String methode, String pad, String body) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(uri(pad)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        verzoek.method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String formulier = browser.send(HttpRequest.newBuilder(uri("/inloggen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(formulier);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + gebruiker + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(uri("/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return browser;
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
