package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.sturing.internal.Adresbepaling;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Partner facts by form and CSV import, and the stacking API: roles and municipalities. */
@IntegratieTest
class SturingIT {

    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);

    @LocalServerPort int port;
    @Autowired PartnerImport partnerImport;
    @Autowired Voorzieningen voorzieningen;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Two adults of Woerden in different households, and one resident of Montfoort. */
    private List<String> bsns(String gemeente, int aantal, int overslaan) {
        return jdbc.sql("""
                        select min(bsn) from persoon where gemeente_code = ? and geboortedatum < ? group by huishouden_id
                        order by huishouden_id desc limit ? offset ?""")
                .params(gemeente, LocalDate.of(1990, 1, 1), aantal, overslaan).query(String.class).list();
    }

    private String[] adresVan(String bsn) {
        return jdbc.sql("select h.postcode, h.huisnummer, h.id from huishouden h join persoon p on p.huishouden_id = h.id where p.bsn = ?")
                .param(bsn).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
    }

    @Test
    void aPartnerFileIsImportedRowByRowWithAReportOfWhatWasRejected() throws Exception {
        List<String> woerden = bsns("0632", 2, 10);
        String montfoort = bsns("0335", 1, 0).getFirst();
        String[] adres = adresVan(woerden.get(1));
        String product = "Importtest " + System.nanoTime();
        String csv = """
                bsn;postcode;huisnummer;regeling;product;startdatum;einddatum
                %1$s;;;werk-en-inkomen;%2$s;2039-01-01;2039-12-31
                ;%3$s;%4$s;SHV;%2$s;01-02-2039;
                123456789;;;werk-en-inkomen;%2$s;2039-01-01;
                %5$s;;;werk-en-inkomen;%2$s;2039-01-01;
                ;9999ZZ;1;schuldhulpverlening;%2$s;2039-01-01;
                %1$s;;;jeugd;%2$s;2039-01-01;
                %1$s;;;werk-en-inkomen;%2$s;2039-02-30;
                %1$s;;;werk-en-inkomen;%2$s;2039-05-01;2039-04-01
                %1$s;;;bijstand;%2$s;2039-01-01;
                %1$s;;;werk-en-inkomen
                %6$s;%3$s;%4$s;werk-en-inkomen;%2$s;2039-01-01;
                """.formatted(woerden.get(0), product, adres[0], adres[1], montfoort, woerden.get(0));

        Importverslag verslag = importeer(csv);

        assertThat(verslag.bestandsfout()).isNull();
        assertThat(verslag.gelezen()).isEqualTo(11);
        assertThat(verslag.opgeslagen()).isEqualTo(2);
        assertThat(verslag.afwijzingen()).extracting(Importverslag.Afwijzing::regel).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(verslag.afwijzingen()).extracting(Importverslag.Afwijzing::reden).satisfiesExactly(
                r -> assertThat(r).contains("elfproef"),
                r -> assertThat(r).as("a BSN not registered here").isEqualTo(Adresbepaling.NIET_TE_KOPPELEN),
                r -> assertThat(r).contains("niet bekend in deze gemeente"),
                r -> assertThat(r).contains("Jeugd komt uit de beschikkingen"),
                r -> assertThat(r).contains("geen datum"),
                r -> assertThat(r).contains("einddatum ligt voor de startdatum"),
                r -> assertThat(r).contains("'bijstand' kennen we niet"),
                r -> assertThat(r).contains("kolommen"),
                r -> assertThat(r).as("a registered BSN at another address: the same answer").isEqualTo(Adresbepaling.NIET_TE_KOPPELEN));
        assertThat(jdbc.sql("select count(*) from voorziening where product = ? and gemeente_code = '0632' and bron = 'PARTNER' and partner = 'FermWerk'")
                .param(product).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select huishouden_id from voorziening where product = ? and regeling = 'SCHULDHULPVERLENING'").param(product)
                .query(Long.class).single()).isEqualTo(Long.parseLong(adres[2]));

        // the same file again saves nothing twice and loses nothing
        Importverslag nogEens = importeer(csv);
        assertThat(nogEens.opgeslagen()).isZero();
        assertThat(nogEens.alBekend()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from voorziening where product = ?").param(product).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAPartnerFileIsRefusedAsAWhole() throws Exception {
        assertThat(importeer("naam,adres\nPiet,Dorpsstraat 1\n").bestandsfout()).contains("ontbreken: bsn");
        assertThat(importeer("").bestandsfout()).contains("leeg");
        byte[] groot = new byte[PartnerImport.MAX_BYTES + 10];
        java.util.Arrays.fill(groot, (byte) 'a');
        assertThat(partnerImport.importeer(BELEID, "FermWerk", "groot.csv", new ByteArrayInputStream(groot)).bestandsfout()).contains("2 MB");
        byte[] geenUtf8 = {'b', 's', 'n', (byte) 0xff, (byte) 0xfe, '\n'};
        assertThat(partnerImport.importeer(BELEID, "FermWerk", "x.csv", new ByteArrayInputStream(geenUtf8)).bestandsfout()).contains("UTF-8");
        // a broken quote: the rows before it are kept
        String product = "Kapot " + System.nanoTime();
        String bsn = bsns("0632", 1, 20).getFirst();
        Importverslag kapot = importeer("bsn;postcode;huisnummer;regeling;product;startdatum;einddatum\n%s;;;shv;%s;2039-01-01;\n%s;;;shv;\"open;2039-01-01;\n"
                .formatted(bsn, product, bsn));
        assertThat(kapot.opgeslagen()).isEqualTo(1);
        assertThat(kapot.bestandsfout()).contains("niet goed opgebouwd");
        Gebruiker consulent = new Gebruiker("jeugdconsulent", null, "J", Rol.CONSULENT, "0632", 1L, null);
        assertThatThrownBy(() -> partnerImport.importeer(consulent, "FermWerk", "x.csv", new ByteArrayInputStream(new byte[1])))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFormRefusesInPlainDutch() {
        assertThatThrownBy(() -> voorzieningen.registreer(BELEID, new NieuweVoorziening("111111111", null, null, Regeling.WERK_EN_INKOMEN,
                "Uitkering", LocalDate.of(2039, 1, 1), null, "FermWerk")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("bsn"));
        assertThatThrownBy(() -> voorzieningen.registreer(BELEID, new NieuweVoorziening(bsns("0632", 1, 30).getFirst(), null, null,
                Regeling.JEUGD, "Jeugdhulp", LocalDate.of(2039, 1, 1), null, "FermWerk")))
                .isInstanceOfSatisfying(OngeldigeInvoerException.class, e -> assertThat(e.fouten()).containsKey("regeling"));
    }

    @Test
    void theApiGivesBeleidItsOwnMunicipalityOnly() throws Exception {
        int jaar = 2041;
        JsonNode voor = json.readTree(get("/api/v1/sturing/stapeling?gemeente=0632&jaar=" + jaar, "beleid").body());
        // one household gets three partner provisions: W&I twice and SHV once
        String bsn = bsns("0632", 1, 40).getFirst();
        String product = "Apitest " + System.nanoTime();
        voorzieningen.registreer(BELEID, new NieuweVoorziening(bsn, null, null, Regeling.WERK_EN_INKOMEN, product + " 1",
                LocalDate.of(jaar, 2, 1), null, "FermWerk"));
        voorzieningen.registreer(BELEID, new NieuweVoorziening(bsn, null, null, Regeling.WERK_EN_INKOMEN, product + " 2",
                LocalDate.of(jaar - 1, 2, 1), LocalDate.of(jaar, 1, 1), "FermWerk"));
        voorzieningen.registreer(BELEID, new NieuweVoorziening(bsn, null, null, Regeling.SCHULDHULPVERLENING, product,
                LocalDate.of(jaar, 12, 31), LocalDate.of(jaar + 1, 6, 1), "SHV"));

        HttpResponse<String> antwoord = get("/api/v1/sturing/stapeling?gemeente=0632&jaar=" + jaar, "beleid");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode na = json.readTree(antwoord.body());
        assertThat(na.get("jaar").asInt()).isEqualTo(jaar);
        assertThat(na.get("huishoudensDrieOfMeer").asLong() - voor.get("huishoudensDrieOfMeer").asLong()).isEqualTo(1);
        assertThat(regeling(na, "WERK_EN_INKOMEN") - regeling(voor, "WERK_EN_INKOMEN")).isEqualTo(1);
        assertThat(regeling(na, "SCHULDHULPVERLENING") - regeling(voor, "SCHULDHULPVERLENING")).isEqualTo(1);
        assertThat(na.get("perCombinatie").isArray()).isTrue();
        assertThat(na.get("perWijk").size()).isPositive();
        assertThat(na.get("perKern").size()).isPositive();

        assertThat(get("/api/v1/sturing/stapeling?gemeente=0632&jaar=2017", "beheer").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/sturing/stapeling", "beleid").statusCode()).isEqualTo(200);
        isProblem(get("/api/v1/sturing/stapeling?gemeente=0335&jaar=2017", "beleid"), 404);
        isProblem(get("/api/v1/sturing/stapeling?gemeente=woerden&jaar=2017", "beleid"), 400);
        isProblem(get("/api/v1/sturing/stapeling?gemeente=0632&jaar=17", "beleid"), 400);
        isProblem(get("/api/v1/sturing/stapeling?gemeente=0632&jaar=2017", "jeugdconsulent"), 403);
        isProblem(get("/api/v1/sturing/stapeling?gemeente=0632&jaar=2017", "inwoner"), 403);
        isProblem(get("/api/v1/sturing/stapeling?gemeente=0335&jaar=2017", "montfoort"), 403);
        isProblem(get("/api/v1/sturing/stapeling?gemeente=0632&jaar=2017", null), 401);
    }

    @Test
    void theExportsAreCsvAndXlsx() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String formulier = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(formulier);
        assertThat(m.find()).isTrue();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=beleid&password=demo&_csrf=" + java.net.URLEncoder.encode(m.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> pagina = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sturing/stapeling?jaar=2017"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<caption>Adressen per regeling, 2017</caption>", "scope=\"row\"", "Per wijk, 2017",
                "formaat=xlsx");
        HttpResponse<String> csv = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sturing/stapeling/export?jaar=2017&tabel=regelingen&formaat=csv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("Regeling;Adressen met deze regeling", "Werk en inkomen;", "Totaal;");
        HttpResponse<byte[]> xlsx = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sturing/stapeling/export?jaar=2017&tabel=wijken&formaat=xlsx")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK"); // a zip: the Office Open XML container
        HttpResponse<String> fout = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sturing/stapeling/export?tabel=geheim")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fout.statusCode()).isEqualTo(400);
        HttpResponse<String> partners = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sturing/voorzieningen"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(partners.statusCode()).isEqualTo(200);
        assertThat(partners.body()).contains("Een bestand van een partner inlezen");
    }

    @Test
    void aYearThatIsNoYearGetsADutchMessageOnEverySteeringPageExportAndApi() throws Exception {
        int ditJaar = LocalDate.now(clock).getYear();
        String melding = "Kies een jaar tussen 2000 en 2100, met vier cijfers.";
        HttpClient beleid = ingelogd("beleid");
        for (String pad : List.of("/sturing/stapeling", "/sturing/geld", "/sturing/doorloop", "/sturing/raad", "/sturing/wijken")) {
            for (String jaar : List.of("abc", "1800")) {
                HttpResponse<String> pagina = pagina(beleid, pad + "?jaar=" + jaar);
                assertThat(pagina.statusCode()).as(pad + " " + jaar).isEqualTo(200);
                assertThat(pagina.body()).as(pad + " " + jaar).contains("class=\"foutoverzicht\"", melding, "<h1>");
            }
            assertThat(pagina(beleid, pad + "?jaar=2017").body()).as(pad).doesNotContain(melding);
        }
        assertThat(pagina(ingelogd("teamleider"), "/sturing/stapeling/huishoudens?jaar=abc&pagina=abc").body()).contains(melding,
                "Huishoudens met 3 of meer voorzieningen in " + (ditJaar - 1));
        for (String pad : List.of("/sturing/stapeling/export", "/sturing/geld/export", "/sturing/doorloop/export", "/sturing/wijken/export",
                "/sturing/kosten/export")) {
            HttpResponse<String> export = pagina(beleid, pad + "?jaar=abc");
            assertThat(export.statusCode()).as(pad).isEqualTo(400);
            assertThat(export.body()).as(pad).contains("een jaar tussen 2000 en 2100");
        }

        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina(beleid, "/sturing/geld").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> budget = beleid.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sturing/geld/begroting"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jaar=abc&GROEI=1&drempel=10&_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(budget.statusCode()).isEqualTo(200);
        assertThat(budget.body()).contains(melding, "Het budget is niet opgeslagen.");

        for (String[] api : List.of(new String[] {"/api/v1/sturing/stapeling", "beleid"}, new String[] {"/api/v1/sturing/doorloop", "beleid"},
                new String[] {"/api/v1/sturing/raadsoverzicht", "beleid"}, new String[] {"/api/v1/sturing/geld", "beleid"},
                new String[] {"/api/v1/sturing/wijken", "beleid"}, new String[] {"/api/v1/sturing/kosten", "beleid"},
                new String[] {"/api/v1/sturing/kosten/huishoudens", "teamleider"}, new String[] {"/api/v1/sturing/aanbieders", "beleid"},
                new String[] {"/api/v1/sturing/aanbieders/42420001", "beleid"})) {
            HttpResponse<String> antwoord = get(api[0] + "?jaar=abc", api[1]);
            isProblem(antwoord, 400);
            JsonNode probleem = json.readTree(antwoord.body());
            assertThat(probleem.get("detail").asString()).as(api[0]).startsWith("Het jaar is een getal van vier cijfers, bijvoorbeeld ")
                    .endsWith("Kies een jaar tussen 2000 en 2100.");
            assertThat(probleem.get("invalidParams").get(0).get("name").asString()).as(api[0]).isEqualTo("jaar");
        }
        isProblem(get("/api/v1/sturing/raadsoverzicht?jaar=1800", "beleid"), 400);
        assertThat(get("/api/v1/sturing/raadsoverzicht?jaar=", "beleid").statusCode()).as("empty is the default year").isEqualTo(200);
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(pagina(browser, "/inloggen").body());
        assertThat(m.find()).isTrue();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=demo&_csrf="
                        + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    private HttpResponse<String> pagina(HttpClient browser, String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long regeling(JsonNode stapeling, String regeling) {
        for (JsonNode r : stapeling.get("perRegeling")) {
            if (r.get("regeling").asString().equals(regeling)) {
                return r.get("adressen").asLong();
            }
        }
        throw new AssertionError(regeling);
    }

    private Importverslag importeer(String csv) throws Exception {
        return partnerImport.importeer(BELEID, "FermWerk", "partner.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String pad, String gebruiker) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad));
        if (gebruiker != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void isProblem(HttpResponse<String> antwoord, int status) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwoord.headers().firstValue("API-Version")).hasValue("1.0.0");
    }
}
