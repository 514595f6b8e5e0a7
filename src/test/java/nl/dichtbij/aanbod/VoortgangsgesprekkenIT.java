package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.aanbod.Gespreksregels.Gegevens;
import nl.dichtbij.aanbod.Gespreksregels.Vervolggegevens;
import nl.dichtbij.aanbod.Voortgangsgesprekken.Gesprek;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.NietGevondenException;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Account management end to end (issue 17): beleid records a talk with a provider on the page, the follow-ups land in the
 * owners' werkbak and are marked late in words once the test clock passes their day; a bad form keeps what was typed, a stale
 * form is refused, closing twice is refused; bestuur reads, the consulent does not, another municipality never sees the talk;
 * the API does the same.
 */
@IntegratieTest
class VoortgangsgesprekkenIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker INKOPER = new Gebruiker("inkoper-it", null, "Ilse Inkoper", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BELEID_MONTFOORT = new Gebruiker("beleid-montfoort-it", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
    private static final Gebruiker BESTUUR = new Gebruiker("bestuur", null, "Wethouder Anouk Verhoef", Rol.BESTUUR, "0632", null, null);
    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Voortgangsgesprekken gesprekken;
    @Autowired Aanbiedersregister register;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder wachtwoorden;
    @Autowired Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void accounts() {
        account(INKOPER);
        account(BELEID_MONTFOORT);
    }

    private void account(Gebruiker g) {
        if (jdbc.sql("select count(*) from account where gebruikersnaam = ?").param(g.gebruikersnaam()).query(Long.class).single() == 0) {
            jdbc.sql("insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code) values (?, ?, ?, ?, ?)")
                    .params(g.gebruikersnaam(), wachtwoorden.encode("demo"), g.naam(), g.rol().name(), g.gemeenteCode()).update();
        }
    }

    private Aanbiedersregister.Registratie nieuweAanbieder(String naam) {
        String agb = "4244" + String.format("%04d", (System.nanoTime() / 1000 + VOLGNUMMER.incrementAndGet()) % 10_000);
        while (register.zoek(BEHEER, agb, Aanbiedersregister.Stand.ALLE, 0, 1).totaal() > 0) {
            agb = "4244" + String.format("%04d", (Integer.parseInt(agb.substring(4)) + 1) % 10_000);
        }
        return register.toevoegen(BEHEER, new Aanbiedersregister.Gegevens(agb, "30" + agb.substring(2), naam, LocalDate.of(2015, 1, 1)));
    }

    private static String thema(String basis) {
        return basis + " " + VOLGNUMMER.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    private String adres(String pad) {
        return "http://localhost:" + port + pad;
    }

    private static String formulier(Map<String, String> velden, String pagina) {
        return velden.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&")) + "&_csrf=" + Inloggen.csrf(pagina);
    }

    private static HttpResponse<String> get(HttpClient browser, String adres) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String adres, String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(adres)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String gebruiker, String methode, String pad, String body) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(adres(pad))).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        verzoek.method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void beleidRecordsATalkAndTheFollowUpsLandInTheOwnersWerkbakLateInWordsOnceTheirDayHasPassed() throws Exception {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("Jeugd-GGZ Accounttest");
        String thema = thema("Kwartaalgesprek");
        LocalDate vandaag = LocalDate.now(clock);
        HttpClient beleid = Inloggen.als(port, "beleid");
        assertThat(get(beleid, adres("/start")).uri().getPath()).as("beleid starts on his werkbak").isEqualTo("/werk/beleid");

        String nieuw = get(beleid, adres("/inkoop/gesprekken/nieuw?aanbieder=" + aanbieder.id())).body();
        assertThat(nieuw).contains("Gesprek met een aanbieder vastleggen").contains("value=\"" + aanbieder.id() + "\" selected");
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("datum", vandaag.minusDays(2).toString());
        velden.put("thema", thema);
        velden.put("aanbiederIds[0]", String.valueOf(aanbieder.id()));
        velden.put("aanbiederIds[1]", "");
        velden.put("deelnemers", "Bram de Vries, directeur van de aanbieder");
        velden.put("afspraken", "De aanbieder meldt elke week de wachtlijst.\nDe gemeente kijkt naar de tarieven.");
        velden.put("vervolgafspraken[0].omschrijving", "Wachtlijst bespreken met de teamleider");
        velden.put("vervolgafspraken[0].eigenaar", INKOPER.gebruikersnaam());
        velden.put("vervolgafspraken[0].uiterlijk", vandaag.plusDays(2).toString());
        velden.put("vervolgafspraken[1].omschrijving", "");
        velden.put("vervolgafspraken[1].eigenaar", "beleid");
        velden.put("vervolgafspraken[1].uiterlijk", "");
        velden.put("vervolgafspraken[2].omschrijving", "Tarieven naast de CAO leggen");
        velden.put("vervolgafspraken[2].eigenaar", "beleid");
        velden.put("vervolgafspraken[2].uiterlijk", vandaag.toString());
        HttpResponse<String> vastgelegd = post(beleid, adres("/inkoop/gesprekken"), formulier(velden, nieuw));
        assertThat(vastgelegd.statusCode()).isEqualTo(200);
        assertThat(vastgelegd.uri().getPath()).matches("/inkoop/gesprekken/[0-9]+");
        assertThat(vastgelegd.body()).contains("Het gesprek is vastgelegd.", thema, "Jeugd-GGZ Accounttest", "Wachtlijst bespreken met de teamleider",
                "Wie: Ilse Inkoper", "Tarieven naast de CAO leggen");
        long gesprekId = Long.parseLong(vastgelegd.uri().getPath().replaceAll(".*/", ""));
        Gesprek g = gesprekken.gesprek(BELEID, gesprekId);
        assertThat(g.vervolgafspraken()).as("the empty row is skipped").hasSize(2);

        // the provider's page lists it, and bestuur reads it without the forms
        assertThat(get(beleid, adres("/inkoop/aanbieders/" + aanbieder.id() + "/gesprekken")).body()).contains(thema).contains("2 open");
        HttpClient bestuur = Inloggen.als(port, "bestuur");
        HttpResponse<String> gelezen = get(bestuur, adres("/inkoop/gesprekken/" + gesprekId));
        assertThat(gelezen.statusCode()).isEqualTo(200);
        assertThat(gelezen.body()).contains(thema, "De aanbieder meldt elke week de wachtlijst.").doesNotContain("Gesprek wijzigen", "Afronden</button>");
        assertThat(get(bestuur, adres("/inkoop/gesprekken?thema=" + URLEncoder.encode(thema, StandardCharsets.UTF_8))).body()).contains(thema);
        assertThat(get(bestuur, adres("/inkoop/gesprekken/" + gesprekId + "/wijzigen")).statusCode()).isEqualTo(403);

        // each owner's werkbak: his own follow-up, not the other's
        String mijn = get(beleid, adres("/werk/beleid")).body();
        assertThat(mijn).contains("Afspraken met aanbieders", "Tarieven naast de CAO leggen", "Uiterlijk " + nl.dichtbij.platform.Formaat.lang(vandaag))
                .doesNotContain("Wachtlijst bespreken met de teamleider");
        HttpClient inkoper = Inloggen.als(port, INKOPER.gebruikersnaam());
        assertThat(get(inkoper, adres("/werk/beleid")).body()).contains("Wachtlijst bespreken met de teamleider").doesNotContain("Tarieven naast de CAO leggen");
        assertThat(gesprekken.openVervolgafspraken(INKOPER, 25).afspraken()).singleElement()
                .satisfies(a -> assertThat(a.met()).isEqualTo("Jeugd-GGZ Accounttest"));

        VerstelbareKlok klok = (VerstelbareKlok) clock;
        try {
            klok.verzet(Duration.ofDays(3));
            String later = get(inkoper, adres("/werk/beleid")).body();
            assertThat(later).contains("Te laat:</span>", "1 dag over de datum (uiterlijk ", "1 afspraak is te laat.");
            assertThat(get(beleid, adres("/inkoop/gesprekken/" + gesprekId)).body()).contains("Te laat: 3 dagen over de datum");
        } finally {
            klok.herstel();
        }

        // closing from the werkbak; the same click again is refused with who and when
        var open = gesprekken.openVervolgafspraken(INKOPER, 25).afspraken().getFirst();
        String werkbak = get(inkoper, adres("/werk/beleid")).body();
        String sluiten = "versie=" + open.versie() + "&terug=werkbak&_csrf=" + Inloggen.csrf(werkbak);
        String pad = "/inkoop/gesprekken/" + gesprekId + "/vervolgafspraken/" + open.id() + "/afronden";
        HttpResponse<String> afgerond = post(inkoper, adres(pad), sluiten);
        assertThat(afgerond.uri().getPath()).isEqualTo("/werk/beleid");
        assertThat(afgerond.body()).contains("De vervolgafspraak is afgerond.").doesNotContain("Wachtlijst bespreken met de teamleider")
                .as("the message leads back to the talk, where the closed follow-up stays")
                .contains("href=\"/inkoop/gesprekken/" + gesprekId + "#vervolgafspraken\"");
        HttpResponse<String> nogEens = post(inkoper, adres(pad), sluiten);
        assertThat(nogEens.body()).contains("Deze vervolgafspraak is al afgerond door Ilse Inkoper");
        assertThatThrownBy(() -> gesprekken.afronden(BELEID, open.id(), open.versie() + 1, null)).isInstanceOf(Voortgangsgesprekken.AlAfgerond.class);
    }

    @Test
    void aWrongFormSaysSoAtTheFieldAndKeepsWhatWasTyped() throws Exception {
        String thema = thema("Typfout");
        LocalDate vandaag = LocalDate.now(clock);
        HttpClient beleid = Inloggen.als(port, "beleid");
        String nieuw = get(beleid, adres("/inkoop/gesprekken/nieuw")).body();
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("datum", vandaag.toString());
        velden.put("thema", thema);
        velden.put("afspraken", "");
        velden.put("vervolgafspraken[0].omschrijving", "Cijfers opvragen");
        velden.put("vervolgafspraken[0].eigenaar", "beleid");
        velden.put("vervolgafspraken[0].uiterlijk", vandaag.minusDays(1).toString());
        HttpResponse<String> antwoord = post(beleid, adres("/inkoop/gesprekken"), formulier(velden, nieuw));
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).contains("Controleer uw invoer", "Schrijf op wat u in het gesprek hebt afgesproken.", "Deze datum ligt vóór het gesprek")
                .contains("value=\"" + thema + "\"").contains("value=\"Cijfers opvragen\"").contains("aria-invalid=\"true\"")
                .contains("href=\"#vervolgafspraken[0].uiterlijk\"").contains("id=\"vervolgafspraken[0].uiterlijk\"")
                .as("the list of errors says which follow-up").contains("Vervolgafspraak 1: Deze datum ligt vóór het gesprek");
        assertThat(gesprekken.lijst(BELEID, null, thema, 0, 10).totaal()).as("nothing saved").isZero();
    }

    @Test
    void aTalkStartedFromAProvidersTalksLeadsBackThere() throws Exception {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("Terugweg Zorg");
        HttpClient beleid = Inloggen.als(port, "beleid");
        String terug = "href=\"/inkoop/aanbieders/" + aanbieder.id() + "/gesprekken\"";
        String nieuw = get(beleid, adres("/inkoop/gesprekken/nieuw?aanbieder=" + aanbieder.id())).body();
        assertThat(nieuw).contains("Terug naar de gesprekken met deze aanbieder", terug);
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("datum", LocalDate.now(clock).toString());
        velden.put("thema", thema("Terugweg"));
        velden.put("aanbiederIds[0]", String.valueOf(aanbieder.id()));
        velden.put("afspraken", "");
        velden.put("vanAanbieder", String.valueOf(aanbieder.id()));
        HttpResponse<String> fout = post(beleid, adres("/inkoop/gesprekken"), formulier(velden, nieuw));
        assertThat(fout.body()).as("still after an error").contains("Controleer uw invoer", terug);
        assertThat(get(beleid, adres("/inkoop/gesprekken/nieuw")).body()).doesNotContain("met deze aanbieder");
        assertThat(get(beleid, adres("/inkoop/aanbieders/" + aanbieder.id() + "/gesprekken")).body())
                .as("the talks lead to the provider's figures").contains("href=\"/sturing/aanbieders/" + aanbieder.agbCode() + "\"");
    }

    @Test
    void aStaleFormIsRefusedAndKeepsWhatWasTyped() throws Exception {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("Versie Accounttest");
        Gesprek g = gesprekken.vastleggen(BELEID, new Gegevens(LocalDate.now(clock).minusDays(2), thema("Versie"), List.of(aanbieder.id()), null, "Eerste afspraak",
                List.of()));
        assertThat(g.versie()).isEqualTo(1);
        HttpClient beleid = Inloggen.als(port, "beleid");
        String formulier = get(beleid, adres("/inkoop/gesprekken/" + g.id() + "/wijzigen")).body();
        // a colleague changes the talk meanwhile
        Gesprek gewijzigd = gesprekken.wijzigen(INKOPER, g.id(), 1, new Gegevens(g.datum(), g.thema(), List.of(aanbieder.id()), null, "Door een collega",
                List.of()));
        assertThat(gewijzigd.versie()).isEqualTo(2);
        assertThat(gewijzigd.gewijzigdDoor()).isEqualTo("Ilse Inkoper");
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("gelezenVersie", "1");
        velden.put("datum", g.datum().toString());
        velden.put("thema", g.thema());
        velden.put("aanbiederIds[0]", String.valueOf(aanbieder.id()));
        velden.put("afspraken", "Mijn versie van de afspraken");
        HttpResponse<String> antwoord = post(beleid, adres("/inkoop/gesprekken/" + g.id() + "/wijzigen"), formulier(velden, formulier));
        assertThat(antwoord.body()).contains("Iemand anders heeft dit gesprek intussen gewijzigd").contains("Mijn versie van de afspraken")
                .contains("name=\"gelezenVersie\" value=\"2\"");
        assertThat(gesprekken.gesprek(BELEID, g.id()).afspraken()).isEqualTo("Door een collega");
        assertThatThrownBy(() -> gesprekken.vervolgafspraakToevoegen(BELEID, g.id(), 1, new Vervolggegevens("Bellen", null, g.datum())))
                .isInstanceOf(Voortgangsgesprekken.IntussenGewijzigd.class);
        // a talk cannot move past the due date of its follow-up
        Gesprek met = gesprekken.vervolgafspraakToevoegen(BELEID, g.id(), 2, new Vervolggegevens("Bellen", null, g.datum()));
        assertThat(met.vervolgafspraken()).singleElement().satisfies(v -> assertThat(v.eigenaarNaam()).isEqualTo("Bram de Vries"));
        assertThatThrownBy(() -> gesprekken.wijzigen(BELEID, g.id(), 3, new Gegevens(g.datum().plusDays(1), g.thema(), List.of(), null, "x", List.of())))
                .hasMessageContaining("het gesprek kan niet later zijn");
    }

    @Test
    void anotherMunicipalityNeverSeesATalkAndOtherRolesAreRefused() throws Exception {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("Grens Accounttest");
        String thema = thema("Alleen Woerden");
        Gesprek g = gesprekken.vastleggen(BELEID, new Gegevens(LocalDate.now(clock), thema, List.of(aanbieder.id()), null, "Afspraken van Woerden",
                List.of(new Vervolggegevens("Iets doen", null, LocalDate.now(clock).plusDays(1)))));
        long vervolg = g.vervolgafspraken().getFirst().id();

        assertThatThrownBy(() -> gesprekken.gesprek(BELEID_MONTFOORT, g.id())).isInstanceOf(NietGevondenException.class);
        assertThat(gesprekken.lijst(BELEID_MONTFOORT, aanbieder.id(), null, 0, 100).totaal()).isZero();
        assertThat(gesprekken.lijst(BELEID_MONTFOORT, null, thema, 0, 100).totaal()).isZero();
        assertThatThrownBy(() -> gesprekken.afronden(BELEID_MONTFOORT, vervolg, 1, null)).isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> gesprekken.wijzigen(BELEID_MONTFOORT, g.id(), 1, new Gegevens(g.datum(), "x", List.of(), null, "x", List.of())))
                .isInstanceOf(NietGevondenException.class);
        assertThatThrownBy(() -> gesprekken.vastleggen(BELEID_MONTFOORT, new Gegevens(LocalDate.now(clock), "x", List.of(), null, "x",
                List.of(new Vervolggegevens("Voor Woerden", "beleid", LocalDate.now(clock))))))
                .as("a Woerden user owns nothing in Montfoort").hasMessageContaining("medewerker beleid en inkoop van uw gemeente");
        assertThatThrownBy(() -> gesprekken.lijst(new Gebruiker("jeugdconsulent", null, "J", Rol.CONSULENT, "0632", 1L, null), null, null, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gesprekken.vastleggen(BESTUUR, new Gegevens(LocalDate.now(clock), "x", List.of(), null, "x", List.of())))
                .isInstanceOf(AccessDeniedException.class);

        HttpClient montfoort = Inloggen.als(port, BELEID_MONTFOORT.gebruikersnaam());
        assertThat(get(montfoort, adres("/inkoop/gesprekken/" + g.id())).statusCode()).isEqualTo(404);
        assertThat(get(montfoort, adres("/inkoop/gesprekken")).body()).doesNotContain(thema);
        assertThat(get(montfoort, adres("/werk/beleid")).body()).doesNotContain("Iets doen");
        assertThat(api(BELEID_MONTFOORT.gebruikersnaam(), "GET", "/api/v1/gesprekken/" + g.id(), null).statusCode()).isEqualTo(404);
        assertThat(api(BELEID_MONTFOORT.gebruikersnaam(), "POST", "/api/v1/vervolgafspraken/" + vervolg + "/afronding", "{\"versie\":1}").statusCode())
                .isEqualTo(404);
        assertThat(api("jeugdconsulent", "GET", "/api/v1/gesprekken/" + g.id(), null).statusCode()).isEqualTo(403);
        assertThat(api("aanbieder", "GET", "/api/v1/aanbieders/" + aanbieder.id() + "/gesprekken", null).statusCode()).isEqualTo(403);
        assertThat(api("bestuur", "GET", "/api/v1/gesprekken/" + g.id(), null).statusCode()).isEqualTo(200);
        assertThat(api("bestuur", "POST", "/api/v1/gesprekken", "{}").statusCode()).isEqualTo(403);
        assertThat(get(Inloggen.als(port, "jeugdconsulent"), adres("/inkoop/gesprekken")).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiRecordsListsClosesAndRefusesAStaleVersionOrASecondClose() throws Exception {
        Aanbiedersregister.Registratie aanbieder = nieuweAanbieder("API Accounttest");
        Aanbiedersregister.Registratie tweede = nieuweAanbieder("API Accounttest Twee");
        LocalDate vandaag = LocalDate.now(clock);
        HttpResponse<String> vastgelegd = api("beleid", "POST", "/api/v1/aanbieders/" + aanbieder.id() + "/gesprekken", """
                {"datum":"%s","thema":"Wachttijden jeugd-GGZ","andereAanbiederIds":[%d],"deelnemers":"Bram","afspraken":"Wachtlijst delen",
                 "vervolgafspraken":[{"omschrijving":"Overzicht vrije plekken sturen","uiterlijk":"%s"}]}"""
                .formatted(vandaag.minusDays(1), tweede.id(), vandaag.plusDays(4)));
        assertThat(vastgelegd.statusCode()).as(vastgelegd.body()).isEqualTo(201);
        JsonNode gesprek = json.readTree(vastgelegd.body());
        long id = gesprek.get("id").asLong();
        assertThat(vastgelegd.headers().firstValue("Location")).hasValue("/api/v1/gesprekken/" + id);
        assertThat(gesprek.get("aanbieders")).hasSize(2);
        JsonNode vervolg = gesprek.get("vervolgafspraken").get(0);
        assertThat(vervolg.get("eigenaar").asString()).isEqualTo("beleid");
        assertThat(vervolg.get("open").asBoolean()).isTrue();

        JsonNode lijst = json.readTree(api("beleid", "GET", "/api/v1/aanbieders/" + tweede.id() + "/gesprekken", null).body());
        assertThat(lijst.get("totaal").asInt()).isEqualTo(1);
        assertThat(lijst.get("inhoud").get(0).get("open").asInt()).isEqualTo(1);
        JsonNode mijn = json.readTree(api("beleid", "GET", "/api/v1/vervolgafspraken?paginaGrootte=100", null).body());
        assertThat(mijn.get("inhoud").findValuesAsString("omschrijving")).contains("Overzicht vrije plekken sturen");

        HttpResponse<String> fout = api("beleid", "POST", "/api/v1/aanbieders/" + aanbieder.id() + "/gesprekken", """
                {"datum":"%s","thema":"","afspraken":"x","vervolgafspraken":[{"omschrijving":"x","uiterlijk":"%s"}]}"""
                .formatted(vandaag, vandaag.minusDays(1)));
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("thema").contains("vervolgafspraken[0].uiterlijk");

        HttpResponse<String> oud = api("beleid", "PUT", "/api/v1/gesprekken/" + id, """
                {"versie":0,"datum":"%s","thema":"Wachttijden","aanbiederIds":[%d],"afspraken":"Nieuw"}""".formatted(vandaag, aanbieder.id()));
        assertThat(oud.statusCode()).isEqualTo(409);
        HttpResponse<String> afgerond = api("beleid", "POST", "/api/v1/vervolgafspraken/" + vervolg.get("id").asLong() + "/afronding",
                "{\"versie\":%d,\"toelichting\":\"Gemaild\"}".formatted(vervolg.get("versie").asInt()));
        assertThat(afgerond.statusCode()).as(afgerond.body()).isEqualTo(200);
        assertThat(json.readTree(afgerond.body()).get("afgerondDoor").asString()).isEqualTo("Bram de Vries");
        HttpResponse<String> tweedeKeer = api("beleid", "POST", "/api/v1/vervolgafspraken/" + vervolg.get("id").asLong() + "/afronding",
                "{\"versie\":%d}".formatted(vervolg.get("versie").asInt()));
        assertThat(tweedeKeer.statusCode()).isEqualTo(409);
        assertThat(tweedeKeer.body()).contains("al afgerond door Bram de Vries");

        HttpResponse<String> accounthouder = api("beleid", "PUT", "/api/v1/aanbieders/" + aanbieder.id() + "/accounthouder",
                "{\"gebruikersnaam\":\"" + INKOPER.gebruikersnaam() + "\"}");
        assertThat(accounthouder.statusCode()).as(accounthouder.body()).isEqualTo(200);
        assertThat(api("bestuur", "GET", "/api/v1/aanbieders/" + aanbieder.id() + "/accounthouder", null).body()).contains("Ilse Inkoper");
        assertThat(gesprekken.accounts(INKOPER)).extracting(Aanbieder::naam).contains("API Accounttest");
        assertThat(api("beleid", "PUT", "/api/v1/aanbieders/" + aanbieder.id() + "/accounthouder", "{\"gebruikersnaam\":\"jeugdconsulent\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theDemoGivesWoerdensBeleidALateFollowUpOnHisWerkbak() {
        var werkvoorraad = gesprekken.openVervolgafspraken(BELEID, 25);
        assertThat(werkvoorraad.afspraken()).extracting(Voortgangsgesprekken.OpenAfspraak::omschrijving)
                .contains("Wachtlijst per week van de aanbieder bespreken met de teamleider Jeugd");
        assertThat(werkvoorraad.teLaat()).isPositive();
        assertThat(gesprekken.lijst(BELEID, null, "Wachttijden jeugd-GGZ", 0, 10).inhoud()).anySatisfy(r ->
                assertThat(r.met()).isEqualTo("Jeugdhulp Voorbeeld B.V. en Zorg Dichtbij Woerden"));
    }
}
