package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.sturing.internal.Opslag;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wijkanalyse of a small kern this test builds itself in Woerden, in 2005, a year no demo or other test uses:
 * the kern Wijkdorp with the wijken Noordhoek (5 households, 10 inhabitants) and Zuidhoek (2 households, 2 inhabitants).
 * Every number below follows from the rows inserted in {@link #wijkdorp()}.
 */
@IntegratieTest
class WijkanalyseIT {

    private static final int JAAR = 2005;
    private static final long HH = 91_100_000L;
    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BESTUUR = new Gebruiker("bestuur", null, "Wethouder", Rol.BESTUUR, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Wijkanalyse wijkanalyse;
    @Autowired Doorloop doorloop;
    @Autowired JdbcClient jdbc;
    @Autowired Opslag opslag;

    @Test
    void everyWijkAndKernHasItsPopulationStackingFlowAndMoney() {
        Wijkanalyse.Overzicht o = wijkanalyse.overzicht(BELEID, JAAR);
        assertThat(o.onderdrukt()).isFalse();

        Wijkcijfers noord = wijk(o, "Noordhoek");
        assertThat(noord.kern()).isEqualTo("Wijkdorp");
        assertThat(noord.inwoners()).isEqualTo(10);
        assertThat(noord.huishoudens()).isEqualTo(5);
        assertThat(noord.huishoudensMetVoorziening()).isEqualTo(2);
        assertThat(noord.drieOfMeer()).isEqualTo(1);
        assertThat(noord.drieOfMeerPerDuizend()).isEqualByComparingTo("200.0");
        assertThat(noord.meldingen()).isEqualTo(6);
        assertThat(noord.meldingenPerDuizendInwoners()).isEqualByComparingTo("600.0");
        assertThat(noord.gesprekken()).isEqualTo(4);
        assertThat(noord.procentGesprekBinnenTermijn()).as("3 of 4 conversations within the term").isEqualByComparingTo("75.0");
        assertThat(noord.zakenMetStart()).isEqualTo(3);
        assertThat(noord.mediaanDagenTotStart()).as("40, 20 and 30 days, counted from a case's first melding").isEqualTo(30);
        assertThat(noord.clientenMetZorg()).as("the withdrawn toewijzing does not count").isEqualTo(3);
        assertThat(noord.toegekendEuro()).as("1,500.50 + 300.00; the declaration of 2004 does not count").isEqualTo(1_801);
        assertThat(noord.euroPerInwoner()).isEqualByComparingTo("180.05");

        Wijkcijfers zuid = wijk(o, "Zuidhoek");
        assertThat(zuid.inwoners()).isEqualTo(2);
        assertThat(zuid.huishoudensMetVoorziening()).as("a provision that ended in 2004 does not count").isEqualTo(1);
        assertThat(zuid.drieOfMeer()).isZero();
        assertThat(zuid.drieOfMeerPerDuizend()).isEqualByComparingTo("0.0");
        assertThat(zuid.meldingen()).isEqualTo(1);
        assertThat(zuid.mediaanDagenTotStart()).isEqualTo(10);
        assertThat(zuid.toegekendEuro()).isEqualTo(200);
        assertThat(zuid.euroPerInwoner()).isEqualByComparingTo("100.00");

        Wijkcijfers kern = o.perKern().stream().filter(k -> k.kern().equals("Wijkdorp")).findFirst().orElseThrow();
        assertThat(kern.wijk()).isNull();
        assertThat(kern.inwoners()).isEqualTo(12);
        assertThat(kern.huishoudens()).isEqualTo(7);
        assertThat(kern.drieOfMeerPerDuizend()).isEqualByComparingTo("142.9");
        assertThat(kern.meldingen()).isEqualTo(7);
        assertThat(kern.meldingenPerDuizendInwoners()).isEqualByComparingTo("583.3");
        assertThat(kern.procentGesprekBinnenTermijn()).isEqualByComparingTo("80.0");
        assertThat(kern.mediaanDagenTotStart()).as("10, 20, 30 and 40 days: the nearest-rank median").isEqualTo(20);
        assertThat(kern.clientenMetZorg()).isEqualTo(4);
        assertThat(kern.toegekendEuro()).isEqualTo(2_001);
        assertThat(kern.euroPerInwoner()).isEqualByComparingTo("166.71");

        // a melding and a client whose household the register does not know count only for the municipality
        assertThat(o.gemeente().meldingen()).isEqualTo(8);
        assertThat(o.gemeente().clientenMetZorg()).isEqualTo(5);
        assertThat(o.gemeente().mediaanDagenTotStart()).as("the same median as the flow page")
                .isEqualTo(doorloop.overzicht("0632", JAAR).stappen().getLast().mediaanDagen());
        assertThat(o.perKern()).extracting(Wijkcijfers::kern).contains("Woerden", "Wijkdorp");
    }

    @Test
    void theBoardSeesNoCountsUnderFive() {
        Wijkanalyse.Overzicht o = wijkanalyse.overzicht(BESTUUR, JAAR);
        assertThat(o.onderdrukt()).isTrue();
        Wijkcijfers noord = wijk(o, "Noordhoek");
        assertThat(noord.inwoners()).isEqualTo(10);
        assertThat(noord.huishoudens()).isEqualTo(5);
        assertThat(noord.meldingen()).isEqualTo(6);
        assertThat(noord.meldingenPerDuizendInwoners()).isEqualByComparingTo("600.0");
        assertThat(noord.drieOfMeer()).isNull();
        assertThat(noord.drieOfMeerPerDuizend()).isNull();
        assertThat(noord.procentGesprekBinnenTermijn()).isNull();
        assertThat(noord.mediaanDagenTotStart()).isNull();
        assertThat(noord.toegekendEuro()).as("the money of 3 clients").isNull();
        assertThat(noord.onderdrukt()).containsExactly("huishoudensMetVoorziening", "drieOfMeer", "drieOfMeerPerDuizend", "gesprekken",
                "procentGesprekBinnenTermijn", "zakenMetStart", "mediaanDagenTotStart", "clientenMetZorg", "toegekendEuro", "euroPerInwoner");
        Wijkcijfers zuid = wijk(o, "Zuidhoek");
        assertThat(zuid.inwoners()).isNull();
        assertThat(zuid.drieOfMeer()).as("none at all identifies no one").isZero();
        assertThat(zuid.meldingenPerDuizendInwoners()).isNull();
    }

    @Test
    void theApiGivesTheSameFiguresAndSuppressesForTheBoard() throws Exception {
        HttpResponse<String> beleid = api("beleid", "/api/v1/sturing/wijken?gemeente=0632&jaar=" + JAAR);
        assertThat(beleid.statusCode()).isEqualTo(200);
        JsonNode noord = wijk(JsonMapper.builder().build().readTree(beleid.body()), "Noordhoek");
        assertThat(noord.get("drieOfMeer").asLong()).isEqualTo(1);
        assertThat(noord.get("toegekendEuro").asLong()).isEqualTo(1_801);

        HttpResponse<String> bestuur = api("bestuur", "/api/v1/sturing/wijken?gemeente=0632&jaar=" + JAAR);
        assertThat(bestuur.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(bestuur.body());
        assertThat(json.get("onderdrukt").asBoolean()).isTrue();
        JsonNode onderdrukt = wijk(json, "Noordhoek");
        assertThat(onderdrukt.get("drieOfMeer").isNull()).isTrue();
        assertThat(onderdrukt.get("meldingen").asLong()).isEqualTo(6);
        assertThat(bestuur.body()).doesNotContain("91100000").doesNotContain("911000");

        assertThat(api("beleid", "/api/v1/sturing/wijken?gemeente=0335").statusCode()).isEqualTo(404);
        assertThat(api("beleid", "/api/v1/sturing/wijken?jaar=1800").statusCode()).isEqualTo(400);
        assertThat(api("inwoner", "/api/v1/sturing/wijken").statusCode()).isEqualTo(403);
    }

    @Test
    void thePageAndTheExportForTheBoardHoldTheSameSuppression() throws Exception {
        HttpClient browser = ingelogd("bestuur");
        HttpResponse<String> pagina = pagina(browser, "/sturing/wijken?jaar=" + JAAR);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<caption>Per wijk, 2005</caption>", "<caption>Per kern, 2005</caption>", "Noordhoek", "&lt; 5",
                "/sturing/wijken/export?jaar=2005&amp;tabel=kernen&amp;formaat=xlsx", "role=\"img\"");
        HttpResponse<String> csv = pagina(browser, "/sturing/wijken/export?jaar=" + JAAR + "&tabel=wijken&formaat=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).as("after the byte order mark for Excel").startsWith("\uFEFFWijk;Kern;Inwoners;Huishoudens;Huishoudens met een voorziening");
        String regel = csv.body().lines().filter(l -> l.startsWith("Noordhoek")).findFirst().orElseThrow();
        assertThat(regel).startsWith("Noordhoek;Wijkdorp;10;5;< 5;< 5;—;6;600,0;< 5;—;< 5;—;< 5;—;—");
        assertThat(pagina(browser, "/sturing/wijken/export?jaar=" + JAAR + "&tabel=onbekend").statusCode()).isEqualTo(400);

        HttpResponse<String> beleid = pagina(ingelogd("beleid"), "/sturing/wijken/export?jaar=" + JAAR + "&tabel=kernen&formaat=csv");
        assertThat(beleid.body().lines().filter(l -> l.startsWith("Wijkdorp;")).findFirst().orElseThrow())
                .isEqualTo("Wijkdorp;12;7;3;1;142,9;7;583,3;5;80,0;4;20;4;2001;166,71");
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

    private static Wijkcijfers wijk(Wijkanalyse.Overzicht o, String wijk) {
        return o.perWijk().stream().filter(w -> wijk.equals(w.wijk())).findFirst().orElseThrow();
    }

    private static JsonNode wijk(JsonNode json, String wijk) {
        for (JsonNode w : json.get("perWijk")) {
            if (w.get("wijk").asString().equals(wijk)) {
                return w;
            }
        }
        throw new AssertionError("geen wijk " + wijk);
    }

    private HttpResponse<String> api(String gebruiker, String pad) throws Exception {
        String basis = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", "Basic " + basis).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Builds Wijkdorp once per database: households and persons, provisions, meldingen with conversations, toewijzingen and declarations. */
    @BeforeEach
    void wijkdorp() {
        if (jdbc.sql("select count(*) from huishouden where id = ?").param(HH + 1).query(Long.class).single() > 0) {
            return;
        }
        for (int h = 1; h <= 7; h++) {
            String wijk = h <= 5 ? "Noordhoek" : "Zuidhoek";
            jdbc.sql("insert into huishouden (id, gemeente_code, straat, huisnummer, postcode, woonplaats, wijk) values (?, '0632', 'Dorpsweg', ?, '3449ZZ', 'Wijkdorp', ?)")
                    .params(HH + h, String.valueOf(h), wijk).update();
            for (int p = 1; p <= (h <= 5 ? 2 : 1); p++) {
                jdbc.sql("insert into persoon (bsn, gemeente_code, huishouden_id, voornaam, achternaam, geboortedatum) values (?, '0632', ?, 'Test', 'Wijktest', ?)")
                        .params(bsn(h, p), HH + h, LocalDate.of(1980, 1, 1)).update();
            }
        }
        voorziening(1, "Noordhoek", "JEUGD", "2005-01-01", null);
        voorziening(1, "Noordhoek", "WMO_BEGELEIDING", "2004-05-01", "2005-06-30");
        voorziening(1, "Noordhoek", "WMO_VOORZIENINGEN", "2005-09-01", null);
        voorziening(2, "Noordhoek", "JEUGD", "2005-03-01", "2005-12-31");
        voorziening(6, "Zuidhoek", "WERK_EN_INKOMEN", "2004-06-01", "2005-02-01");
        voorziening(7, "Zuidhoek", "WERK_EN_INKOMEN", "2004-01-01", "2004-12-31");

        long z1 = zaak(1);
        melding(z1, 1, "2005-03-01", "2005-03-15", "2005-03-10");
        melding(z1, 1, "2005-03-10", "2005-03-24", null);
        long z2 = zaak(2);
        melding(z2, 2, "2005-05-02", "2005-05-16", "2005-05-20");
        long z3 = zaak(3);
        melding(z3, 3, "2005-06-01", "2005-06-15", "2005-06-05");
        melding(zaak(4), 4, "2005-09-01", "2005-09-15", "2005-09-14");
        melding(zaak(5), 5, "2005-11-01", "2005-11-15", null);
        long z6 = zaak(6);
        melding(z6, 6, "2005-02-01", "2005-02-15", "2005-02-10");
        long elders = zaak(99);
        melding(elders, 99, "2005-04-01", "2005-04-15", null);

        jdbc.sql("""
                        insert into inkomend_bericht (afzender_agb, gemeente_code, berichtsoort, identificatie, dagtekening, xml, ontvangen_op, status, pogingen)
                        values ('99990001', '0632', 'JW323', 'WIJK2005', ?, '<test/>', ?, 'VERWERKT', 1)""")
                .params(LocalDate.of(2005, 12, 1), OffsetDateTime.of(2005, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC)).update();
        long berichtId = jdbc.sql("select id from inkomend_bericht where identificatie = 'WIJK2005' and afzender_agb = '99990001'").query(Long.class).single();

        long t1 = toewijzing(1, z1, bsn(1, 1), "2005-04-01", "2005-04-10", null);
        declaratie(berichtId, t1, bsn(1, 1), "2005-04-01", 100_000);
        declaratie(berichtId, t1, bsn(1, 1), "2005-05-01", 50_050);
        toewijzing(2, null, bsn(1, 2), "2005-04-01", null, "13");
        long t2 = toewijzing(3, z2, bsn(2, 1), "2005-05-15", "2005-05-22", null);
        declaratie(berichtId, t2, bsn(2, 1), "2005-06-01", 30_000);
        long t3 = toewijzing(4, z3, bsn(3, 1), "2005-06-20", "2005-07-01", null);
        declaratie(berichtId, t3, bsn(3, 1), "2004-12-01", 99_999);
        long t6 = toewijzing(5, z6, bsn(6, 1), "2005-02-05", "2005-02-11", null);
        declaratie(berichtId, t6, bsn(6, 1), "2005-03-01", 20_000);
        toewijzing(6, null, "911009999", "2005-01-01", null, null);
    }

    private static String bsn(int huishouden, int lid) {
        return "91100%02d%02d".formatted(huishouden, lid);
    }

    private void voorziening(int huishouden, String wijk, String regeling, String start, String einde) {
        opslag.opslaan(List.of(new Opslag.Rij("0632", HH + huishouden, wijk, "Wijkdorp", Regeling.valueOf(regeling), "Test", LocalDate.parse(start),
                einde == null ? null : LocalDate.parse(einde), Bron.PARTNER, null, null, "WijkanalyseIT")), java.time.Instant.parse("2005-01-01T00:00:00Z"));
    }

    private long zaak(int huishouden) {
        jdbc.sql("""
                        insert into zaak (versie, gemeente_code, huishouden_id, lead_team_id, open, geopend_op)
                        values (0, '0632', ?, 999999, false, ?)""")
                .params(HH + huishouden, OffsetDateTime.of(2005, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC)).update();
        return jdbc.sql("select max(id) from zaak where huishouden_id = ?").param(HH + huishouden).query(Long.class).single();
    }

    private void melding(long zaak, int huishouden, String ontvangen, String termijnEinde, String onderzoek) {
        LocalDate datum = LocalDate.parse(ontvangen);
        jdbc.sql("""
                        insert into melding (versie, gemeente_code, persoon_bsn, huishouden_id, ingediend_door, omschrijving, urgentie, schulden, dreiging,
                          contactvoorkeur, kanaal, ontvangen_op, ontvangen_datum, termijn, termijn_einde, risico_datum, team_id, zaak_id, status)
                        values (0, '0632', ?, ?, 'wijkanalyse-it', 'Test', 'NORMAAL', false, false, 'TELEFOON', 'TELEFOON', ?, ?, 'WMO_ONDERZOEK', ?, ?, 999999, ?,
                          'ONDERZOEK_AFGEROND')""")
                .params(bsn(huishouden, 1), HH + huishouden, datum.atStartOfDay().atOffset(ZoneOffset.UTC), datum, LocalDate.parse(termijnEinde),
                        LocalDate.parse(termijnEinde), zaak).update();
        if (onderzoek != null) {
            long melding = jdbc.sql("select max(id) from melding where zaak_id = ?").param(zaak).query(Long.class).single();
            jdbc.sql("""
                            insert into onderzoek (gemeente_code, melding_id, zaak_id, persoon_bsn, gehouden_op, professional, professional_naam, vastgelegd_op)
                            values ('0632', ?, ?, ?, ?, 'wijkanalyse-it', 'Test', ?)""")
                    .params(melding, zaak, bsn(huishouden, 1), LocalDate.parse(onderzoek), OffsetDateTime.of(2005, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC))
                    .update();
        }
    }

    private long toewijzing(int volgnummer, Long zaak, String bsn, String ingang, String start, String redenWijziging) {
        jdbc.sql("""
                        insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, zaak_id, persoon_bsn, aanbieder_agb, aanbieder_naam,
                          productcategorie, ingangsdatum, einddatum, reden_wijziging, toegewezen_op, levering, levering_begindatum)
                        values ('0632', 'IWMO', ?, ?, ?, '99990001', 'Wijkzorg Test', '04', ?, ?, ?, ?, ?, ?)""")
                .params(9_011_000 + volgnummer, zaak, bsn, LocalDate.parse(ingang), LocalDate.of(2005, 12, 31), redenWijziging,
                        LocalDate.parse(ingang).atStartOfDay().atOffset(ZoneOffset.UTC), start == null ? "NIET_GESTART" : "GESTART",
                        start == null ? null : LocalDate.parse(start)).update();
        return jdbc.sql("select id from toewijzing where gemeente_code = '0632' and standaard = 'IWMO' and toewijzing_nummer = ?")
                .param(9_011_000 + volgnummer).query(Long.class).single();
    }

    private void declaratie(long bericht, long toewijzing, String bsn, String begin, long centen) {
        LocalDate datum = LocalDate.parse(begin);
        jdbc.sql("""
                        insert into declaratie_regel (gemeente_code, standaard, aanbieder_agb, inkomend_bericht_id, declaratie_nummer, product_referentie,
                          debet_credit, toewijzing_id, persoon_bsn, productcategorie, productcode, begindatum, einddatum, volume, eenheid, bedrag_centen, geboekt_op)
                        values ('0632', 'IWMO', '99990001', ?, 'WIJK2005', ?, 'D', ?, ?, '04', '04A01', ?, ?, 1, '14', ?, ?)""")
                .params(bericht, "wijk-" + toewijzing + "-" + begin, toewijzing, bsn, datum, datum.plusDays(27), centen,
                        OffsetDateTime.of(2005, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC)).update();
    }
}
