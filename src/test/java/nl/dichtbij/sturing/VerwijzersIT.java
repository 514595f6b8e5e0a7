package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.Testhuishouden;
import nl.dichtbij.berichten.Declaratieovername;
import nl.dichtbij.berichten.Declaratieovername.OvergenomenDeclaratie;
import nl.dichtbij.berichten.Declaratieovername.Prestatie;
import nl.dichtbij.berichten.Toewijzingovername;
import nl.dichtbij.berichten.Toewijzingovername.OvergenomenToewijzing;
import nl.dichtbij.berichten.Verwijzer;
import nl.dichtbij.berichten.Verwijzertype;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrer figures of toewijzingen this test takes over in Woerden in 2003 (one in 2002), years no demo or other test uses.
 * Jeugdwet 2003: GP De Linde 6 toewijzingen for 5 clients, GP Zuid 2 for 2, the municipality 3 for 3, a jeugdarts 1, unknown 2
 * (14 toewijzingen, 13 clients); granted €100 per GP toewijzing, €300 per municipal one, €500 for the jeugdarts (€2,200).
 * Wmo 2003: the municipality 5 for 5, €200 each. Every number below follows from {@link #gegevens()}.
 */
@IntegratieTest
class VerwijzersIT {

    private static final int JAAR = 2003;
    private static final String BRON = "VWZIT";
    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BESTUUR = new Gebruiker("bestuur", null, "Wethouder", Rol.BESTUUR, "0632", null, null);
    private static final Verwijzer LINDE = new Verwijzer(Verwijzertype.HUISARTS, "01099901", "Huisartsenpraktijk De Linde");
    private static final Verwijzer ZUID = new Verwijzer(Verwijzertype.HUISARTS, "01099902", "Huisartsenpraktijk Zuid");
    private static final Verwijzer JEUGDARTS = new Verwijzer(Verwijzertype.JEUGDARTS, null, null);

    @LocalServerPort int port;
    @Autowired Verwijzeroverzicht verwijzers;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Declaratieovername declaraties;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired java.time.Clock clock;

    @BeforeEach
    void gegevens() {
        if (toewijzingen.overgenomenMetReferentie("0632", BRON)) {
            return;
        }
        List<String> kinderen = new ArrayList<>();
        List<String> ouders = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            var h = Testhuishouden.in("0632").volwassene(70).kind(12).inschrijven(inschrijvingen, clock);
            kinderen.add(h.kind().bsn());
            ouders.add(h.volwassene().bsn());
        }
        List<Prestatie> jeugd = new ArrayList<>();
        Verwijzer[] perKind = {LINDE, LINDE, LINDE, LINDE, LINDE, ZUID, ZUID, Verwijzer.GEMEENTE, Verwijzer.GEMEENTE, Verwijzer.GEMEENTE,
                JEUGDARTS, null, null};
        for (int i = 0; i < 13; i++) {
            jeugd.add(jeugd(kinderen.get(i), perKind[i], i));
        }
        jeugd.add(jeugd(kinderen.get(0), LINDE, 13)); // the sixth of De Linde, for a client it referred before
        declaraties.overnemen(new OvergenomenDeclaratie("0632", Wet.JEUGDWET, "42420001", BRON + "03J", LocalDate.of(JAAR, 3, 1),
                LocalDate.of(JAAR, 3, 31), Instant.parse("2003-04-10T09:00:00Z"), 1_000_000, jeugd.stream().filter(p -> p.bedragCenten() > 0).toList()));
        List<Prestatie> wmo = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = toewijzingen.overnemen(toewijzing(Wet.WMO, ouders.get(i), "42420002", "Zorg Dichtbij Woerden", "02", "02A01",
                    LocalDate.of(JAAR, 2, 1), 100 + i).metVerwijzer(Verwijzer.GEMEENTE));
            wmo.add(new Prestatie(id, ouders.get(i), "02", "02A01", LocalDate.of(JAAR, 3, 1), LocalDate.of(JAAR, 3, 31), 4, "04", 20_000, BRON + "W" + i));
        }
        declaraties.overnemen(new OvergenomenDeclaratie("0632", Wet.WMO, "42420002", BRON + "03W", LocalDate.of(JAAR, 3, 1),
                LocalDate.of(JAAR, 3, 31), Instant.parse("2003-04-10T09:00:00Z"), 1_000_000, wmo));
        toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, kinderen.get(7), "42420001", "Jeugdhulp Voorbeeld B.V.", "45", "45A01",
                LocalDate.of(JAAR - 1, 6, 1), 200).metVerwijzer(Verwijzer.GEMEENTE));
    }

    /** A Jeugd toewijzing from 1 February with its granted amount: €100 after a GP, €300 after the municipality, €500 after another; none when unknown. */
    private Prestatie jeugd(String bsn, Verwijzer verwijzer, int i) {
        long id = toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, bsn, "42420001", "Jeugdhulp Voorbeeld B.V.", "45", "45A01", LocalDate.of(JAAR, 2, 1), i)
                .metVerwijzer(verwijzer));
        long centen = verwijzer == null ? 0 : switch (verwijzer.type()) {
            case HUISARTS -> 10_000;
            case GEMEENTE -> 30_000;
            default -> 50_000;
        };
        return new Prestatie(id, bsn, "45", "45A01", LocalDate.of(JAAR, 3, 1), LocalDate.of(JAAR, 3, 31), 4, "04", centen, BRON + "J" + i);
    }

    private static OvergenomenToewijzing toewijzing(Wet wet, String bsn, String agb, String naam, String categorie, String code, LocalDate ingang, int i) {
        return new OvergenomenToewijzing("0632", wet, null, bsn, agb, naam, categorie, code, null, ingang, ingang.plusMonths(10), 4, "04", "2",
                BRON + i, ingang.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), null, null, null);
    }

    @Test
    void sharesOfToewijzingenClientsAndSpendPerReferrerType() {
        Verwijzeroverzicht.Overzicht o = verwijzers.overzicht(BELEID, JAAR);
        assertThat(o.onderdrukt()).isFalse();
        assertThat(o.perType()).extracting(t -> t.wet() + " " + t.naam() + " " + t.toewijzingen() + " " + t.procentToewijzingen() + " "
                        + t.clienten() + " " + t.procentClienten() + " " + t.toegekendEuro() + " " + t.procentToegekend())
                .containsExactly(
                        "JEUGDWET Gemeente 3 21.4 3 23.1 900 40.9",
                        "JEUGDWET Huisarts 8 57.1 7 53.8 800 36.4",
                        "JEUGDWET Jeugdarts 1 7.1 1 7.7 500 22.7",
                        "JEUGDWET Onbekend 2 14.3 2 15.4 0 0.0",
                        "WMO Gemeente 5 100.0 5 100.0 1000 100.0");
        assertThat(o.perType()).extracting(Verwijzeroverzicht.Typecijfers::verwijzertype).containsExactly("01", "02", "03", null, "01");
        assertThat(o.totalen()).extracting(t -> t.wet() + " " + t.toewijzingen() + " " + t.clienten() + " " + t.toegekendEuro())
                .containsExactly("JEUGDWET 14 13 2200", "WMO 5 5 1000");
    }

    @Test
    void perGpPracticeAndTheTrendOfTheMunicipalShare() {
        Verwijzeroverzicht.Overzicht o = verwijzers.overzicht(BELEID, JAAR);
        assertThat(o.perHuisarts()).extracting(h -> h.naam() + " " + h.agbCode() + " " + h.wet() + " " + h.toewijzingen() + " " + h.clienten())
                .containsExactly("Huisartsenpraktijk De Linde 01099901 JEUGDWET 6 5", "Huisartsenpraktijk Zuid 01099902 JEUGDWET 2 2");
        assertThat(o.trend()).extracting(t -> t.jaar() + " " + t.wet() + " " + t.toewijzingen() + " " + t.gemeente() + " " + t.procentGemeente())
                .containsExactly("1999 JEUGDWET 0 0 null", "2000 JEUGDWET 0 0 null", "2001 JEUGDWET 0 0 null", "2002 JEUGDWET 1 1 100.0",
                        "2003 JEUGDWET 14 3 21.4",
                        "1999 WMO 0 0 null", "2000 WMO 0 0 null", "2001 WMO 0 0 null", "2002 WMO 0 0 null", "2003 WMO 5 5 100.0");
    }

    @Test
    void theBoardSeesNoCountsUnderFive() {
        Verwijzeroverzicht.Overzicht o = verwijzers.overzicht(BESTUUR, JAAR);
        assertThat(o.onderdrukt()).isTrue();
        assertThat(o.perType()).extracting(t -> t.naam() + " " + t.toewijzingen() + " " + t.procentToewijzingen() + " " + t.clienten() + " "
                        + t.procentClienten() + " " + t.toegekendEuro() + " " + t.procentToegekend() + " " + t.onderdrukt())
                .containsExactly(
                        "Gemeente null null null null null null [toewijzingen, procentToewijzingen, clienten, procentClienten, toegekendEuro, procentToegekend]",
                        "Huisarts 8 57.1 7 53.8 800 36.4 []",
                        "Jeugdarts null null null null null null [toewijzingen, procentToewijzingen, clienten, procentClienten, toegekendEuro, procentToegekend]",
                        "Onbekend null null null null null null [toewijzingen, procentToewijzingen, clienten, procentClienten, toegekendEuro, procentToegekend]",
                        "Gemeente 5 100.0 5 100.0 1000 100.0 []");
        assertThat(o.perHuisarts()).extracting(h -> h.naam() + " " + h.toewijzingen() + " " + h.clienten())
                .containsExactly("Huisartsenpraktijk De Linde 6 5", "Huisartsenpraktijk Zuid null null");
        assertThat(o.trend().get(3)).extracting(Verwijzeroverzicht.Trendcijfers::toewijzingen, Verwijzeroverzicht.Trendcijfers::procentGemeente)
                .containsExactly(null, null);
        assertThat(o.trend().get(4)).extracting(Verwijzeroverzicht.Trendcijfers::toewijzingen, Verwijzeroverzicht.Trendcijfers::gemeente,
                Verwijzeroverzicht.Trendcijfers::procentGemeente).containsExactly(14L, null, null);
    }

    @Test
    void theApiThePageAndTheExport() throws Exception {
        HttpResponse<String> beleid = api("beleid", "/api/v1/sturing/verwijzers?gemeente=0632&jaar=" + JAAR);
        assertThat(beleid.statusCode()).as(beleid.body()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(beleid.body());
        assertThat(json.get("perType").get(1).get("verwijzertype").asString()).isEqualTo("02");
        assertThat(json.get("perType").get(1).get("procentToewijzingen").asDouble()).isEqualTo(57.1);
        HttpResponse<String> bestuur = api("bestuur", "/api/v1/sturing/verwijzers?jaar=" + JAAR);
        assertThat(bestuur.statusCode()).isEqualTo(200);
        JsonNode onderdrukt = JsonMapper.builder().build().readTree(bestuur.body()).get("perType").get(0);
        assertThat(onderdrukt.get("toewijzingen").isNull()).isTrue();
        assertThat(onderdrukt.get("onderdrukt").toString()).contains("toewijzingen");
        assertThat(api("beleid", "/api/v1/sturing/verwijzers?gemeente=0335").statusCode()).isEqualTo(404);
        assertThat(api("beleid", "/api/v1/sturing/verwijzers?jaar=1800").statusCode()).isEqualTo(400);
        assertThat(api("jeugdconsulent", "/api/v1/sturing/verwijzers").statusCode()).isEqualTo(403);

        HttpClient browser = ingelogd("bestuur");
        HttpResponse<String> pagina = pagina(browser, "/sturing/verwijzers?jaar=" + JAAR);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<h1>Verwijzers</h1>", "Huisartsenpraktijk De Linde", "&lt; 5",
                "/sturing/verwijzers/export?jaar=2003&amp;tabel=huisartsen&amp;formaat=xlsx");
        HttpResponse<String> csv = pagina(browser, "/sturing/verwijzers/export?jaar=" + JAAR + "&tabel=typen&formaat=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).contains("\uFEFFVerwijzer;Wet;Toewijzingen;% toewijzingen;Cliënten;% cliënten;Toegekend (€);% toegekend",
                "Gemeente;Jeugdwet;< 5;—;< 5;—;—;—", "Huisarts;Jeugdwet;8;57,1;7;53,8;800;36,4", "Totaal;Jeugdwet;14;;13;;2200;");
        HttpResponse<String> trend = pagina(ingelogd("beleid"), "/sturing/verwijzers/export?jaar=" + JAAR + "&tabel=trend&formaat=csv");
        assertThat(trend.body().lines().toList()).contains("2003;Jeugdwet;14;3;21,4", "2002;Jeugdwet;1;1;100,0")
                .anyMatch(r -> r.startsWith("2003;Wmo;"));
        assertThat(pagina.body()).as("the short law name in the table cells").contains("<td>Wmo</td>")
                .doesNotContain("Wet maatschappelijke ondersteuning 2015");
        assertThat(pagina(browser, "/sturing/verwijzers/export?jaar=" + JAAR + "&tabel=onbekend").statusCode()).isEqualTo(400);
    }

    @Test
    void aYearThatIsNoYearGetsADutchMessageOnThePageAndInTheApi() throws Exception {
        int ditJaar = java.time.LocalDate.now(clock).getYear();
        HttpClient browser = ingelogd("beleid");
        for (String jaar : List.of("abc", "1800", "20266")) {
            HttpResponse<String> pagina = pagina(browser, "/sturing/verwijzers?jaar=" + jaar);
            assertThat(pagina.statusCode()).as(jaar).isEqualTo(200);
            assertThat(pagina.body()).as(jaar).contains("<h1>Verwijzers</h1>", "class=\"foutoverzicht\"",
                    "Kies een jaar tussen 2000 en 2100, met vier cijfers. U ziet nu de cijfers van " + ditJaar + ".",
                    "/sturing/verwijzers/export?jaar=" + ditJaar + "&amp;tabel=typen");
        }
        assertThat(pagina(browser, "/sturing/verwijzers?jaar=" + JAAR).body()).doesNotContain("class=\"foutoverzicht\"");
        assertThat(pagina(browser, "/sturing/verwijzers/export?jaar=abc&tabel=typen&formaat=csv").statusCode()).isEqualTo(400);

        HttpResponse<String> api = api("beleid", "/api/v1/sturing/verwijzers?jaar=abc");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode probleem = JsonMapper.builder().build().readTree(api.body());
        assertThat(probleem.get("title").asString()).isEqualTo("Ongeldige invoer");
        assertThat(probleem.get("detail").asString()).isEqualTo("Het jaar is een getal van vier cijfers, bijvoorbeeld " + ditJaar
                + ". Kies een jaar tussen 2000 en 2100.");
        assertThat(probleem.get("invalidParams").get(0).get("name").asString()).isEqualTo("jaar");
        assertThat(JsonMapper.builder().build().readTree(api("beleid", "/api/v1/sturing/verwijzers?jaar=1800").body()).get("detail").asString())
                .isEqualTo("Kies een jaar tussen 2000 en 2100.");
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

    private HttpResponse<String> api(String gebruiker, String pad) throws Exception {
        String basis = Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", "Basic " + basis).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
