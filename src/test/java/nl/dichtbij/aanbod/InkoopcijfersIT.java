package nl.dichtbij.aanbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Inkoopcijfers.ContractenPerModel;
import nl.dichtbij.aanbod.Inkoopcijfers.Markering;
import nl.dichtbij.aanbod.Inkoopcijfers.Overzicht;
import nl.dichtbij.aanbod.Inkoopcijfers.Plafondregel;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefcel;
import nl.dichtbij.aanbod.Inkoopcijfers.Tariefrij;
import nl.dichtbij.aanbod.Inkoopcijfers.Weigering;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inkoop figures (issue 16) against the demo contracts: each of the five tables for Woerden, Montfoort's beleid sees only
 * Montfoort's, the page with its downloads, the API, and nobody but beleid gets them.
 */
@IntegratieTest
class InkoopcijfersIT {

    private static final Gebruiker BELEID_WOERDEN = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BELEID_MONTFOORT = new Gebruiker("beleid-montfoort", null, "Beleid Montfoort", Rol.BELEID, "0335", null, null);
    private static final Gebruiker CONSULENT = new Gebruiker("wmoconsulent", null, "Willem Visser", Rol.CONSULENT, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Inkoopcijfers cijfers;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private int ditJaar() {
        return LocalDate.now(clock).getYear();
    }

    @Test
    void woerdensContractsPerModelAndLaw() {
        Overzicht o = cijfers.overzicht(BELEID_WOERDEN, ditJaar(), null);
        assertThat(o.contractenPerModel()).extracting(ContractenPerModel::model)
                .contains(Inkoopmodel.OPEN_HOUSE, Inkoopmodel.AANBESTEDING, Inkoopmodel.HOOFDAANNEMER);
        assertThat(aantal(o, Inkoopmodel.OPEN_HOUSE, Wet.WMO)).as("Zorg Dichtbij and Jeugdhulp Voorbeeld").isGreaterThanOrEqualTo(2);
        assertThat(aantal(o, Inkoopmodel.OPEN_HOUSE, Wet.JEUGDWET)).isGreaterThanOrEqualTo(1);
        assertThat(aantal(o, Inkoopmodel.AANBESTEDING, Wet.JEUGDWET)).as("the regional contract of Utrecht-West").isGreaterThanOrEqualTo(1);
        assertThat(aantal(o, Inkoopmodel.HOOFDAANNEMER, Wet.PARTICIPATIEWET)).as("FermWerk").isGreaterThanOrEqualTo(1);
        assertThat(o.contractenTotaal()).isEqualTo(o.contractenPerModel().stream().mapToLong(ContractenPerModel::contracten).sum());
        // a contract that starts later does not run in a year long past
        assertThat(aantal(cijfers.overzicht(BELEID_WOERDEN, 2019, null), Inkoopmodel.AANBESTEDING, Wet.JEUGDWET))
                .as("the regional contract starts in 2020").isZero();
    }

    @Test
    void contractedProvidersAndProductsPerLawBesideTheYearBefore() {
        Overzicht o = cijfers.overzicht(BELEID_WOERDEN, ditJaar(), null);
        Inkoopcijfers.Omvang jeugd = o.omvangPerWet().stream().filter(w -> w.wet() == Wet.JEUGDWET).findFirst().orElseThrow();
        assertThat(jeugd.aanbieders()).isGreaterThanOrEqualTo(1);
        assertThat(jeugd.producten()).as("45A01, 45A02, 55A11, 55A12").isGreaterThanOrEqualTo(4);
        assertThat(jeugd.aanbiedersVorigJaar()).isGreaterThanOrEqualTo(1);
        Inkoopcijfers.Omvang wmo = o.omvangPerWet().stream().filter(w -> w.wet() == Wet.WMO).findFirst().orElseThrow();
        assertThat(wmo.aanbieders()).isGreaterThanOrEqualTo(2);
        // a provider under two laws counts once in the total
        assertThat(o.omvangTotaal().aanbieders()).isLessThan(o.omvangPerWet().stream().mapToLong(Inkoopcijfers.Omvang::aanbieders).sum());
        assertThat(o.omvangTotaal().wet()).isNull();
        Inkoopcijfers.Omvang in2019 = cijfers.overzicht(BELEID_WOERDEN, 2019, null).omvangPerWet().stream().filter(w -> w.wet() == Wet.JEUGDWET)
                .findFirst().orElseThrow();
        assertThat(in2019.producten()).as("before the regional contract").isLessThan(jeugd.producten());
        assertThat(in2019.productenVorigJaar()).isEqualTo(cijfers.overzicht(BELEID_WOERDEN, 2018, null).omvangPerWet().stream()
                .filter(w -> w.wet() == Wet.JEUGDWET).findFirst().orElseThrow().producten());
    }

    @Test
    void zorgDichtbijsCeilingInWoerdenIsNinetyPercentUsedWithAWarning() {
        Overzicht o = cijfers.overzicht(BELEID_WOERDEN, ditJaar(), null);
        Plafondregel zorgDichtbij = o.plafonds().stream().filter(p -> p.aanbiederAgb().equals("42420002") && p.wet() == Wet.WMO).findFirst().orElseThrow();
        assertThat(zorgDichtbij.plafondCenten()).isNotNull();
        assertThat(zorgDichtbij.procent()).isGreaterThanOrEqualTo(new java.math.BigDecimal("90.0"));
        assertThat(zorgDichtbij.waarschuwing()).isTrue();
        assertThat(zorgDichtbij.besteedCenten()).isPositive();
        Plafondregel fermwerk = o.plafonds().stream().filter(p -> p.aanbiederAgb().equals("42420003")).findFirst().orElseThrow();
        assertThat(fermwerk.plafondCenten()).isNull();
        assertThat(fermwerk.procent()).isNull();
        assertThat(fermwerk.waarschuwing()).isFalse();
        // Montfoort has no ceiling for Zorg Dichtbij: no warning there
        assertThat(cijfers.overzicht(BELEID_MONTFOORT, ditJaar(), null).plafonds()).filteredOn(p -> p.aanbiederAgb().equals("42420002"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.waarschuwing()).isFalse());
    }

    @Test
    void aDeclarationRefusedForItsTariffShowsInItsMonthForItsMunicipalityOnly() {
        int jaar = ditJaar();
        long voorWoerden = 7_777_01L;
        long voorMontfoort = 3_333_03L;
        weigering("0632", "42420001", LocalDate.of(jaar, 3, 12), voorWoerden, true);
        weigering("0632", "42420001", LocalDate.of(jaar, 3, 13), 1_00L, false); // refused for another reason: not counted
        weigering("0335", "42420001", LocalDate.of(jaar, 4, 2), voorMontfoort, true);

        Overzicht woerden = cijfers.overzicht(BELEID_WOERDEN, jaar, null);
        Weigering maart = woerden.geweigerdOpTarief().stream().filter(w -> w.maand() == 3 && w.aanbiederAgb().equals("42420001")).findFirst().orElseThrow();
        assertThat(maart.aanbiederNaam()).isEqualTo("Jeugdhulp Voorbeeld B.V.");
        assertThat(maart.bedragCenten()).isGreaterThanOrEqualTo(voorWoerden);
        assertThat(woerden.geweigerdPerMaand()).anySatisfy(m -> {
            assertThat(m.maand()).isEqualTo(3);
            assertThat(m.bedragCenten()).isGreaterThanOrEqualTo(voorWoerden);
        });
        assertThat(woerden.geweigerdTotaal().bedragCenten()).isEqualTo(woerden.geweigerdOpTarief().stream().mapToLong(Weigering::bedragCenten).sum());
        assertThat(woerden.geweigerdOpTarief()).noneSatisfy(w -> assertThat(w.maand()).isEqualTo(4));
        assertThat(maart.aantal()).as("the line refused for another reason is left out").isEqualTo(opTariefInMaart(jaar));

        Overzicht montfoort = cijfers.overzicht(BELEID_MONTFOORT, jaar, null);
        assertThat(montfoort.geweigerdOpTarief()).anySatisfy(w -> assertThat(w.maand()).isEqualTo(4));
        assertThat(montfoort.geweigerdOpTarief()).noneSatisfy(w -> assertThat(w.maand()).isEqualTo(3));
        assertThat(cijfers.overzicht(BELEID_WOERDEN, jaar - 1, null).geweigerdOpTarief()).noneSatisfy(w -> assertThat(w.bedragCenten()).isEqualTo(voorWoerden));
    }

    @Test
    void tariffsSideBySideOnTheChosenDay() {
        Overzicht o = cijfers.overzicht(BELEID_WOERDEN, ditJaar(), null);
        assertThat(o.tarieven().peildatum()).isEqualTo(LocalDate.now(clock));
        Tariefrij jeugdhulp = rij(o, "45A01");
        assertThat(jeugdhulp.omschrijving()).isNotBlank();
        assertThat(jeugdhulp.van("42420001").tekst()).startsWith("€ 75,00 per uur");
        Tariefrij begeleiding = rij(o, "02A01");
        assertThat(begeleiding.van("42420002").tariefCenten()).isEqualTo(6_500);
        // other tests of the run may contract 02A01 at a lower tariff: the lowest is whichever is lowest, never Jeugdhulp Voorbeeld's
        long laagste = begeleiding.tarieven().stream().mapToLong(Tariefcel::tariefCenten).min().orElseThrow();
        assertThat(begeleiding.tarieven()).filteredOn(t -> t.tariefCenten() == laagste).extracting(Tariefcel::markering).containsOnly(Markering.LAAGSTE);
        assertThat(begeleiding.van("42420002").markering()).isNotEqualTo(Markering.HOOGSTE);
        assertThat(begeleiding.van("42420001").markering()).isEqualTo(Markering.HOOGSTE);
        assertThat(begeleiding.van("42420001").tekst()).isEqualTo("€ 66,00 per uur (hoogste)");
        assertThat(rij(o, "55A12").van("42420001").tekst()).as("the regional contract, per etmaal").isEqualTo("€ 252,30 per etmaal");
        // the tariff before this year's indexation
        Overzicht vorigJaar = cijfers.overzicht(BELEID_WOERDEN, ditJaar() - 1, null);
        assertThat(vorigJaar.tarieven().peildatum()).isEqualTo(LocalDate.of(ditJaar() - 1, 12, 31));
        assertThat(rij(vorigJaar, "45A01").van("42420001").tariefCenten()).isEqualTo(7_280);
        assertThat(rij(cijfers.overzicht(BELEID_WOERDEN, ditJaar(), LocalDate.of(ditJaar(), 1, 1)), "45A01").van("42420001").tariefCenten())
                .isEqualTo(7_500);
        assertThat(cijfers.overzicht(BELEID_WOERDEN, ditJaar(), LocalDate.of(2017, 6, 1)).tarieven().producten()).as("before any contract").isEmpty();
    }

    @Test
    void montfoortsBeleidSeesMontfoortsFiguresOnly() {
        Overzicht o = cijfers.overzicht(BELEID_MONTFOORT, ditJaar(), null);
        assertThat(o.gemeenteCode()).isEqualTo("0335");
        assertThat(rij(o, "45A01").van("42420001").tariefCenten()).as("Montfoort's own tariff").isEqualTo(7_460);
        assertThat(rij(o, "55A11").van("42420001")).as("the regional contract applies to Montfoort too").isNotNull();
        assertThat(aantal(o, Inkoopmodel.AANBESTEDING, Wet.JEUGDWET)).isGreaterThanOrEqualTo(1);
        assertThat(o.plafonds()).noneSatisfy(p -> assertThat(p.waarschuwing()).isTrue());
    }

    @Test
    void onlyBeleidReadsTheFiguresAndTheYearIsChecked() {
        assertThatThrownBy(() -> cijfers.overzicht(CONSULENT, ditJaar(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cijfers.overzicht(BELEID_WOERDEN, 1999, null)).isInstanceOfSatisfying(OngeldigeInvoerException.class,
                e -> assertThat(e.fouten().get("jaar")).isEqualTo("Kies een jaar tussen 2000 en 2100."));
    }

    @Test
    void thePageWithItsFiveTablesAndDownloads() throws Exception {
        HttpClient beleid = Inloggen.als(port, "beleid");
        HttpResponse<String> pagina = beleid.send(HttpRequest.newBuilder(uri("/inkoop")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pagina.statusCode()).isEqualTo(200);
        String html = pagina.body();
        assertThat(html).contains("<h1>Inkoop in cijfers</h1>", "href=\"/inkoop/contracten\"", "href=\"/inkoop/tarieven/import\"",
                "href=\"/inkoop\" aria-current=\"page\"", "€ 75,00 per uur", "Let op: 90% of meer besteed", "(laagste)", "(hoogste)");
        assertThat(html.split("<caption>", -1)).as("five tables").hasSize(6);
        assertThat(html.split("\\(schuift opzij\\)\"", -1)).hasSize(6);
        assertThat(html).contains("tabel=tarieven").contains("formaat=xlsx");

        HttpResponse<String> oudJaar = beleid.send(HttpRequest.newBuilder(uri("/inkoop?jaar=2025")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(oudJaar.body()).contains("€ 72,80 per uur").contains("Tarieven per product naast elkaar op 31 december 2025");
        HttpResponse<String> fout = beleid.send(HttpRequest.newBuilder(uri("/inkoop?jaar=twee")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Kies een jaar tussen 2000 en 2100.");

        HttpResponse<String> csv = beleid.send(HttpRequest.newBuilder(uri("/inkoop/export?tabel=tarieven&jaar=" + ditJaar() + "&formaat=csv")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("inkoop-0632-" + ditJaar() + "-tarieven.csv"));
        // the file lists one tariff per row as a number, so a spreadsheet can count with it
        assertThat(csv.body()).contains("Productcode;Omschrijving;Aanbieder;AGB-code;Tarief (euro);Eenheid")
                .contains(";Jeugdhulp Voorbeeld B.V.;42420001;75,00;04;");

        HttpResponse<String> plafonds = beleid.send(HttpRequest.newBuilder(uri("/inkoop/export?tabel=plafonds&jaar=" + ditJaar() + "&formaat=csv")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(plafonds.body()).contains("Aanbieder;Wet;Plafond (€);Besteed (€);% van plafond;Signaal").contains("Let op: 90% of meer besteed");

        for (String tabel : List.of("modellen", "aanbieders", "plafonds", "geweigerd", "tarieven")) {
            HttpResponse<byte[]> xlsx = beleid.send(HttpRequest.newBuilder(uri("/inkoop/export?tabel=" + tabel + "&jaar=" + ditJaar() + "&formaat=xlsx")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).as(tabel).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Type")).hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).as("a zip").isEqualTo("PK");
        }
        assertThat(beleid.send(HttpRequest.newBuilder(uri("/inkoop/export?tabel=onbekend&formaat=csv")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(400);
        assertThat(beleid.send(HttpRequest.newBuilder(uri("/inkoop/export?tabel=modellen&formaat=pdf")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(400);
        assertThat(beleid.send(HttpRequest.newBuilder(uri("/inkoop/export")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("no table chosen").isEqualTo(400);
        assertThat(beleid.send(HttpRequest.newBuilder(uri("/inkoop/export?tabel=modellen&jaar=1999&formaat=csv")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);

        HttpClient consulent = Inloggen.als(port, "wmoconsulent");
        assertThat(consulent.send(HttpRequest.newBuilder(uri("/inkoop")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(consulent.send(HttpRequest.newBuilder(uri("/inkoop/export?tabel=modellen&formaat=csv")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        assertThat(consulent.send(HttpRequest.newBuilder(uri("/werk")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .as("not in the consulent's menu").doesNotContain("href=\"/inkoop\"");
    }

    @Test
    void theApiAnswersBeleidOnly() throws Exception {
        HttpResponse<String> antwoord = api("/api/v1/inkoop/cijfers?jaar=" + ditJaar(), "beleid");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode o = json.readTree(antwoord.body());
        assertThat(o.get("gemeenteCode").asString()).isEqualTo("0632");
        assertThat(o.get("jaar").asInt()).isEqualTo(ditJaar());
        for (String veld : List.of("contractenPerModel", "contractenTotaal", "omvangPerWet", "omvangTotaal", "plafonds", "geweigerdOpTarief",
                "geweigerdPerMaand", "geweigerdTotaal", "tarieven")) {
            assertThat(o.has(veld)).as(veld).isTrue();
        }
        assertThat(o.get("contractenPerModel").toString()).contains("\"model\":\"HOOFDAANNEMER\"");
        JsonNode zorgDichtbij = null;
        for (JsonNode p : o.get("plafonds")) {
            if (p.get("aanbiederAgb").asString().equals("42420002") && p.get("wet").asString().equals("WMO")) {
                zorgDichtbij = p;
            }
        }
        assertThat(zorgDichtbij).isNotNull();
        assertThat(zorgDichtbij.get("waarschuwing").asBoolean()).isTrue();
        assertThat(zorgDichtbij.get("procent").asDouble()).isGreaterThanOrEqualTo(90.0);
        assertThat(o.get("tarieven").get("peildatum").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(o.get("tarieven").get("producten").toString()).contains("\"productcode\":\"45A01\"").contains("\"tariefCenten\":7500")
                .contains("\"markering\":\"LAAGSTE\"");

        assertThat(json.readTree(api("/api/v1/inkoop/cijfers?jaar=" + (ditJaar() - 1) + "&peildatum=" + (ditJaar() - 1) + "-06-01", "beleid").body())
                .get("tarieven").get("peildatum").asString()).isEqualTo((ditJaar() - 1) + "-06-01");
        isProblem(api("/api/v1/inkoop/cijfers?jaar=1999", "beleid"), 400);
        isProblem(api("/api/v1/inkoop/cijfers?jaar=twee", "beleid"), 400);
        isProblem(api("/api/v1/inkoop/cijfers?peildatum=gisteren", "beleid"), 400);
        isProblem(api("/api/v1/inkoop/cijfers", "wmoconsulent"), 403);
        isProblem(api("/api/v1/inkoop/cijfers", "bestuur"), 403);
        isProblem(api("/api/v1/inkoop/cijfers", null), 401);
    }

    // ---- helpers

    private long opTariefInMaart(int jaar) {
        return jdbc.sql("""
                        select count(*) from declaratie_afwijzing
                        where gemeente_code = '0632' and aanbieder_agb = '42420001' and tarief_afgewezen = true and begindatum >= ? and begindatum < ?""")
                .params(LocalDate.of(jaar, 3, 1), LocalDate.of(jaar, 4, 1)).query(Long.class).single();
    }

    private void weigering(String gemeente, String agb, LocalDate begin, long centen, boolean opTarief) {
        jdbc.sql("""
                        insert into declaratie_afwijzing (gemeente_code, standaard, aanbieder_agb, inkomend_bericht_id, declaratie_nummer,
                            productcode, begindatum, bedrag_centen, tarief_centen, contract_tarief_centen, retourcodes, tarief_afgewezen, afgewezen_op)
                        values (?, 'IJW', ?, 0, 'TEST-INKOOP', '45A01', ?, ?, 8000, 7500, ?, ?, ?)""")
                .params(gemeente, agb, begin, centen, opTarief ? "0611" : "8001", opTarief, Timestamp.from(clock.instant())).update();
    }

    private static long aantal(Overzicht o, Inkoopmodel model, Wet wet) {
        return o.contractenPerModel().stream().filter(c -> c.model() == model && c.wet() == wet).mapToLong(ContractenPerModel::contracten).sum();
    }

    private static Tariefrij rij(Overzicht o, String product) {
        return o.tarieven().producten().stream().filter(r -> r.productcode().equals(product)).findFirst()
                .orElseThrow(() -> new AssertionError("geen tarieven voor " + product));
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private HttpResponse<String> api(String pad, String gebruiker) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(uri(pad));
        if (gebruiker != null) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(verzoek.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void isProblem(HttpResponse<String> antwoord, int status) {
        assertThat(antwoord.statusCode()).as(antwoord.uri().toString()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(antwoord.headers().firstValue("API-Version")).hasValue("1.0.0");
        JsonNode problem = json.readTree(antwoord.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
