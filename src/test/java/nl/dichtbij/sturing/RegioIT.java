package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The regional view of Utrecht-West (Woerden and Montfoort) and the open data of the council overview (issue 21). */
@IntegratieTest
class RegioIT {

    private static final Gebruiker BESTUUR = new Gebruiker("bestuur", null, "Wethouder Anouk Verhoef", Rol.BESTUUR, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Raadsoverzicht raadsoverzicht;
    @Autowired Stapelingsanalyse stapelingsanalyse;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theRegionSeesBothMunicipalitiesSideBySideWithoutACountUnderFive() throws Exception {
        HttpResponse<String> api = get("/api/v1/regio?jaar=2017", "regio");
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        JsonNode v = json.readTree(api.body());
        assertThat(v.get("regioNaam").asString()).isEqualTo("Utrecht-West");
        assertThat(v.get("gemeenten").valueStream().map(g -> g.get("code").asString()).toList()).containsExactly("0335", "0632");
        List<JsonNode> cellen = new ArrayList<>();
        for (String deel : List.of("stapeling", "kosten", "uitstroom", "doorlooptijden", "wachttijden")) {
            for (JsonNode rij : v.get(deel)) {
                assertThat(rij.get("cellen").size()).as("a cell per municipality in " + deel).isEqualTo(2);
                rij.get("cellen").forEach(cellen::add);
                if (rij.get("eenheid").asString().equals("aantal")) {
                    rij.get("cellen").forEach(c -> {
                        if (!c.get("waarde").isNull()) {
                            assertThat(c.get("waarde").asLong()).as(deel + ": " + rij.get("wat").asString()).isGreaterThanOrEqualTo(5);
                        }
                    });
                }
            }
        }
        cellen.stream().filter(c -> !c.get("aantal").isNull()).forEach(c -> assertThat(c.get("aantal").asLong()).isGreaterThanOrEqualTo(5));
        cellen.stream().filter(c -> c.get("onderdrukt").asBoolean()).forEach(c -> assertThat(c.get("waarde").isNull()).isTrue());

        // the stacking of 2017 is the one of each municipality's own steering page, suppressed as for its board
        Stapeling woerden = stapelingsanalyse.analyse("0632", 2017);
        JsonNode stapeling = v.get("stapeling").get(0).get("cellen");
        assertThat(stapeling.get(1).get("waarde").asLong()).isEqualTo(woerden.huishoudensDrieOfMeer());
        assertThat(woerden.huishoudensDrieOfMeer()).isGreaterThanOrEqualTo(5);
        Stapeling montfoort = stapelingsanalyse.analyse("0335", 2017);
        if (montfoort.huishoudensDrieOfMeer() < 5) {
            assertThat(stapeling.get(0).get("onderdrukt").asBoolean()).isTrue();
        } else {
            assertThat(stapeling.get(0).get("waarde").asLong()).isEqualTo(montfoort.huishoudensDrieOfMeer());
        }

        HttpClient regio = Inloggen.als(port, "regio");
        HttpResponse<String> pagina = regio.send(HttpRequest.newBuilder(uri("/start")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.uri().getPath()).as("the region starts at its view").isEqualTo("/regio");
        assertThat(pagina.body()).contains("Regio Utrecht-West", "<th scope=\"col\">Woerden</th>", "<th scope=\"col\">Montfoort</th>",
                "tabel-stapeling", "tabel-kosten", "tabel-uitstroom", "tabel-doorlooptijden").doesNotContain("Bel het sociaal team");
        assertThat(regio.send(HttpRequest.newBuilder(uri("/regio?jaar=2017")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("Stapeling van voorzieningen, 2017");
        assertThat(regio.send(HttpRequest.newBuilder(uri("/regio?jaar=17")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("Kies een jaar uit de lijst.");
        assertThat(get("/api/v1/regio?jaar=1800", "regio").statusCode()).isEqualTo(400);
    }

    @Test
    void theRegionReachesNoPersonalRouteAndEveryAttemptIsLogged() throws Exception {
        HttpClient regio = Inloggen.als(port, "regio");
        long voor = geweigerd();
        List<String> persoonlijk = List.of("/werk", "/werk/zoeken", "/werk/meldingen/1", "/werk/zaken/1", "/mijn", "/aanbieder", "/partner/verwijzingen",
                "/privacy", "/teams", "/sturing/stapeling/huishoudens", "/sturing/kosten/huishoudens", "/sturing/stapeling", "/sturing/raad", "/concepten/x",
                "/beheer/sociale-kaart", "/inkoop");
        for (String pad : persoonlijk) {
            int status = regio.send(HttpRequest.newBuilder(uri(pad)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            assertThat(status).as(pad).isIn(403, 404);
        }
        for (String pad : List.of("/api/v1/zaken/1", "/api/v1/huishoudens/1", "/api/v1/werklijst", "/api/v1/mijn/besluiten", "/api/v1/sturing/raadsoverzicht",
                "/api/v1/gemeenten")) {
            assertThat(get(pad, "regio").statusCode()).as(pad).isIn(403, 404);
        }
        assertThat(geweigerd() - voor).as("every refused address is logged").isEqualTo(persoonlijk.size() + 6);
        assertThat(jdbc.sql("select pad from geweigerde_toegang where gebruikersnaam = 'regio' order by id desc limit 1").query(String.class).single())
                .isEqualTo("/api/v1/gemeenten");

        // and no one else reaches the regional view
        assertThat(get("/api/v1/regio", "bestuur").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/regio", null).statusCode()).isEqualTo(401);
        assertThat(Inloggen.als(port, "beleid").send(HttpRequest.newBuilder(uri("/regio")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
    }

    private long geweigerd() {
        return jdbc.sql("select count(*) from geweigerde_toegang where gebruikersnaam = 'regio'").query(Long.class).single();
    }

    @Test
    void theOpenDataAreTheCouncilsFiguresWithoutACountUnderFive() throws Exception {
        int jaar = 2017;
        HttpResponse<String> csv = get("/open-data/0632/" + jaar + ".csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rijen = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body())).getRecords();
        assertThat(CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.body())).getHeaderNames()).isEqualTo(Opendata.VELDEN);
        assertThat(rijen).isNotEmpty();
        for (CSVRecord r : rijen) {
            if (r.get("eenheid").equals("aantal") && !r.get("waarde").isEmpty()) {
                assertThat(new BigDecimal(r.get("waarde"))).as(r.toString()).isGreaterThanOrEqualTo(BigDecimal.valueOf(5));
            }
            assertThat(r.get("gemeente_code")).isEqualTo("0632");
        }

        // the same figures as the council overview of that year
        Raadsoverzicht.Overzicht raad = raadsoverzicht.overzicht(BESTUUR, jaar);
        assertThat(waarde(rijen, "huishoudens_drie_of_meer_voorzieningen", "")).isEqualTo(tekst(raad.huishoudensDrieOfMeer()));
        assertThat(waarde(rijen, "huishoudens_drie_of_meer_per_1000", "")).isEqualTo(tekst(raad.drieOfMeerPerDuizend()));
        for (Raadsoverzicht.Kern k : raad.perKern()) {
            assertThat(waarde(rijen, "huishoudens_drie_of_meer_voorzieningen", k.kern())).as(k.kern()).isEqualTo(tekst(k.drieOfMeer()));
            assertThat(waarde(rijen, "huishoudens_drie_of_meer_per_1000", k.kern())).as(k.kern()).isEqualTo(tekst(k.perDuizend()));
        }
        assertThat(waarde(rijen, "budget", "")).isEqualTo(tekst(raad.budgetEuro()));
        assertThat(waarde(rijen, "prognose", "")).isEqualTo(tekst(raad.prognoseEuro()));
        for (Raadsoverzicht.Themaregel t : raad.themas()) {
            assertThat(waarde(rijen, "prognose", t.thema())).isEqualTo(tekst(t.prognoseEuro()));
        }

        // the JSON holds the same rows
        HttpResponse<String> antwoord = get("/open-data/0632/" + jaar + ".json", null);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode data = json.readTree(antwoord.body());
        assertThat(data.get("regels").size()).isEqualTo(rijen.size());
        assertThat(data.get("schema").asString()).endsWith("/open-data/raadsoverzicht.schema.json");
        for (JsonNode r : data.get("regels")) {
            if (r.get("eenheid").asString().equals("aantal") && !r.get("waarde").isNull()) {
                assertThat(r.get("waarde").decimalValue()).isGreaterThanOrEqualTo(BigDecimal.valueOf(5));
            }
        }

        // the schema at its stable address names the CSV's columns
        JsonNode schema = json.readTree(get("/open-data/raadsoverzicht.schema.json", null).body());
        assertThat(schema.get("fields").valueStream().map(f -> f.get("name").asString()).toList()).isEqualTo(Opendata.VELDEN);
    }

    @Test
    void theCatalogueListsEveryYearWithItsDistributionsAndUnknownMunicipalitiesOrYearsAreNotFound() throws Exception {
        HttpResponse<String> antwoord = get("/open-data/0335/catalogus.jsonld", null);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode catalogus = json.readTree(antwoord.body());
        assertThat(catalogus.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalogus.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        int vorig = LocalDate.now(clock).getYear() - 1;
        assertThat(catalogus.get("dcat:dataset").size()).isEqualTo(vorig - Raadsoverzicht.EERSTE_JAAR + 1);
        JsonNode eerste = catalogus.get("dcat:dataset").get(0);
        assertThat(eerste.get("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(eerste.get("dct:title").asString()).isEqualTo("Raadsoverzicht sociaal domein Montfoort " + vorig);
        List<String> adressen = eerste.get("dcat:distribution").valueStream().map(d -> d.get("dcat:downloadURL").get("@id").asString()).toList();
        assertThat(adressen).hasSize(2);
        for (String adres : adressen) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(adres)).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as(adres).isEqualTo(200);
        }

        for (String pad : List.of("/open-data/9999/2017.csv", "/open-data/0632/1999.csv", "/open-data/0632/" + (vorig + 2) + ".json",
                "/open-data/0632/abcd.json", "/open-data/063/2017.csv", "/open-data/9999/catalogus.jsonld")) {
            assertThat(get(pad, null).statusCode()).as(pad).isEqualTo(404);
        }
        HttpResponse<String> geenJaar = get("/open-data/0632/1999.csv", null);
        assertThat(geenJaar.headers().firstValue("Content-Type")).as("a missing file answers as text, not as the site's page").hasValueSatisfying(
                t -> assertThat(t).startsWith("text/plain"));
        assertThat(geenJaar.body()).contains("geen open gegevens van deze gemeente over dit jaar").doesNotContain("<html");
        HttpResponse<String> pagina = get("/open-data", null);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("/open-data/0632/" + vorig + ".csv", "/open-data/0335/catalogus.jsonld", "/open-data/raadsoverzicht.schema.json");
    }

    private static String waarde(List<CSVRecord> rijen, String indicator, String onderdeel) {
        return rijen.stream().filter(r -> r.get("indicator").equals(indicator) && r.get("onderdeel").equals(onderdeel)).map(r -> r.get("waarde"))
                .findFirst().orElseThrow(() -> new AssertionError("geen rij " + indicator + " " + onderdeel));
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde instanceof BigDecimal b ? b.toPlainString() : waarde.toString();
    }

    private HttpResponse<String> get(String pad, String gebruiker) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pad));
        if (gebruiker != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
