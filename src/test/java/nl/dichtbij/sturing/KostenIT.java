package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import nl.dichtbij.besluit.Besluitovername;
import nl.dichtbij.besluit.Besluitovername.OvergenomenAanvraag;
import nl.dichtbij.besluit.Besluitovername.OvergenomenBeschikking;
import nl.dichtbij.besluit.Leveringsvorm;
import nl.dichtbij.besluit.Uitkomst;
import nl.dichtbij.dossier.Logboek;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;
import nl.dichtbij.personen.Inschrijvingen;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Pagina;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;
import nl.dichtbij.regie.Regievorm;
import nl.dichtbij.regie.Zaakovername;
import nl.dichtbij.regie.Zaakovername.OvergenomenZaak;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cost per client of care this test takes over in Woerden in 2014, a year no demo or other test uses. Ten households:
 * H1 a parent (Wmo 02, €1,000) and a child (Jeugd 45, €5,000, a trajectory of 84 days); H2 a child (Jeugd 45 €3,000 in a
 * trajectory from 2013 that ended after 394 days, and Jeugd 43 €1,000); H3 an adult with a PGB (Wmo 02, €1,200 for the
 * year); H4–H10 a child each (Jeugd 45, €500). Every number below follows from {@link #gegevens()}.
 */
@IntegratieTest
class KostenIT {

    private static final int JAAR = 2014;
    private static final String BRON = "KSTIT";
    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final Gebruiker BESTUUR = new Gebruiker("bestuur", null, "Wethouder", Rol.BESTUUR, "0632", null, null);
    private static final Gebruiker TEAMLEIDER = new Gebruiker("teamleider", null, "Thea Mulder", Rol.TEAMLEIDER, "0632", null, null);
    private static final Gebruiker CONSULENT = new Gebruiker("jeugdconsulent", null, "Jasmijn Bakker", Rol.CONSULENT, "0632", null, null);

    @LocalServerPort int port;
    @Autowired Kostenoverzicht kosten;
    @Autowired Kostenranglijst ranglijst;
    @Autowired Toewijzingovername toewijzingen;
    @Autowired Declaratieovername declaraties;
    @Autowired Besluitovername besluiten;
    @Autowired Zaakovername zaken;
    @Autowired Gemeenten gemeenten;
    @Autowired Inschrijvingen inschrijvingen;
    @Autowired Logboek logboek;
    @Autowired java.time.Clock clock;

    static String ouderH1;
    static String kindH1;

    @BeforeEach
    void gegevens() {
        if (toewijzingen.overgenomenMetReferentie("0632", BRON)) {
            return;
        }
        var h1 = Testhuishouden.in("0632").volwassene(40).kind(10).inschrijven(inschrijvingen, clock);
        ouderH1 = h1.volwassene().bsn();
        kindH1 = h1.kind().bsn();
        var h2 = Testhuishouden.in("0632").volwassene(45).kind(14).inschrijven(inschrijvingen, clock);
        var h3 = Testhuishouden.in("0632").volwassene(80).inschrijven(inschrijvingen, clock);

        List<Prestatie> jeugd = new ArrayList<>();
        long k1 = toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, kindH1, "45", LocalDate.of(JAAR, 1, 6), LocalDate.of(JAAR, 1, 6),
                LocalDate.of(JAAR, 3, 31), 0));
        jeugd.add(prestatie(k1, kindH1, "45", 500_000, 0));
        long k2 = toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, h2.kind().bsn(), "45", LocalDate.of(JAAR - 1, 6, 1), LocalDate.of(JAAR - 1, 6, 1),
                LocalDate.of(JAAR, 6, 30), 1));
        jeugd.add(prestatie(k2, h2.kind().bsn(), "45", 300_000, 1));
        long k2b = toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, h2.kind().bsn(), "43", LocalDate.of(JAAR, 3, 1), null, null, 2));
        jeugd.add(prestatie(k2b, h2.kind().bsn(), "43", 100_000, 2));
        for (int i = 0; i < 7; i++) {
            String kind = Testhuishouden.in("0632").volwassene(38).kind(8).inschrijven(inschrijvingen, clock).kind().bsn();
            long id = toewijzingen.overnemen(toewijzing(Wet.JEUGDWET, kind, "45", LocalDate.of(JAAR, 2, 1), null, null, 10 + i));
            jeugd.add(prestatie(id, kind, "45", 50_000, 10 + i));
        }
        declaraties.overnemen(new OvergenomenDeclaratie("0632", Wet.JEUGDWET, "42420001", BRON + "J", LocalDate.of(JAAR, 3, 1),
                LocalDate.of(JAAR, 3, 31), Instant.parse("2014-04-10T09:00:00Z"), 2_000_000, jeugd));
        long a1 = toewijzingen.overnemen(toewijzing(Wet.WMO, ouderH1, "02", LocalDate.of(JAAR, 1, 1), null, null, 3));
        declaraties.overnemen(new OvergenomenDeclaratie("0632", Wet.WMO, "42420002", BRON + "W", LocalDate.of(JAAR, 3, 1),
                LocalDate.of(JAAR, 3, 31), Instant.parse("2014-04-10T09:00:00Z"), 1_000_000, List.of(prestatie(a1, ouderH1, "02", 100_000, 3))));

        long team = gemeenten.teamVoor("0632", Doelgroep.WMO).id();
        long zaak = zaken.overnemen(new OvergenomenZaak("0632", h3.huishoudenId(), team, Regievorm.CASUSREGIE, Instant.parse("2013-11-01T09:00:00Z")))
                .orElseThrow();
        besluiten.overnemen(new OvergenomenAanvraag("0632", zaak, team, h3.volwassene().bsn(), Wet.WMO, "Begeleiding met een pgb", BRON,
                LocalDate.of(JAAR - 1, 11, 1), new OvergenomenBeschikking(Uitkomst.TOEKENNING, "Uit het onderzoek blijkt dat begeleiding nodig is.",
                new Besluitovername.Product("02A01", "Individuele begeleiding", "02", 4, "04", "2"), LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 12, 31),
                Leveringsvorm.PGB, null, new BigDecimal("1200.00"), "wmoconsulent", "Wim de Wmo", Instant.parse("2013-12-01T09:00:00Z"))));
    }

    private static OvergenomenToewijzing toewijzing(Wet wet, String bsn, String categorie, LocalDate ingang, LocalDate gestart, LocalDate gestopt, int i) {
        return new OvergenomenToewijzing("0632", wet, null, bsn, wet == Wet.JEUGDWET ? "42420001" : "42420002",
                wet == Wet.JEUGDWET ? "Jeugdhulp Voorbeeld B.V." : "Zorg Dichtbij Woerden", categorie, categorie + "A01", null, ingang,
                LocalDate.of(JAAR, 12, 31), 4, "04", "2", BRON + i, ingang.atStartOfDay(ZoneOffset.UTC).toInstant(), gestart, gestopt,
                gestopt == null ? null : "31", null);
    }

    private static Prestatie prestatie(long toewijzing, String bsn, String categorie, long centen, int i) {
        return new Prestatie(toewijzing, bsn, categorie, categorie + "A01", LocalDate.of(JAAR, 3, 1), LocalDate.of(JAAR, 3, 31), 4, "04", centen,
                BRON + "P" + i);
    }

    @Test
    void costPerClientPerLawAndCategory() {
        Kostenoverzicht.Overzicht o = kosten.overzicht(BELEID, JAAR);
        assertThat(o.onderdrukt()).isFalse();
        assertThat(o.afgeslotenMaanden()).isEqualTo(12);
        assertThat(o.perCategorie()).extracting(c -> c.wet() + " " + c.productcategorie() + " " + c.clienten() + " " + c.zorgInNaturaEuro() + " "
                        + c.pgbEuro() + " " + c.totaalEuro() + " " + c.perClientEuro())
                .containsExactly("JEUGDWET 43 1 1000 0 1000 1000", "JEUGDWET 45 9 11500 0 11500 1278", "WMO 02 2 1000 1200 2200 1100");
        assertThat(o.perCategorie().get(1).naam()).contains("(45)");
        assertThat(o.perWet()).extracting(c -> c.wet() + " " + c.clienten() + " " + c.totaalEuro() + " " + c.perClientEuro())
                .containsExactly("JEUGDWET 9 12500 1389", "WMO 2 2200 1100");
    }

    @Test
    void trajectoriesVolumeAndTheSpreadOverHouseholds() {
        Kostenoverzicht.Overzicht o = kosten.overzicht(BELEID, JAAR);
        assertThat(o.duren()).extracting(d -> d.wet() + " " + d.klasse().label() + " " + d.trajecten())
                .contains("JEUGDWET Korter dan 3 maanden 1", "JEUGDWET 1 tot 2 jaar 1", "JEUGDWET 3 tot 6 maanden 0");
        assertThat(o.mediaanDuur()).extracting(m -> m.wet() + " " + m.trajecten() + " " + m.mediaanDagen()).containsExactly("JEUGDWET 2 84");
        assertThat(o.volume()).extracting(v -> v.wet() + " " + v.clientenBegin() + " " + v.nieuweClienten() + " " + v.clientenPrognose() + " "
                        + v.trajecten() + " " + v.trajectenPrognose() + " " + v.uitgavenEuro() + " " + v.uitgavenPrognoseEuro())
                .as("the child of H2 was in care on 1 January; 8 children and 1 adult came in with 9 and 1 new trajectories")
                .containsExactly("JEUGDWET 1 8 9 9 9 12500 12500", "WMO 0 1 1 1 1 2200 2200");
        Concentratie c = o.concentratie();
        assertThat(c.huishoudens()).isEqualTo(10);
        assertThat(c.totaalCenten()).isEqualTo(1_470_000);
        assertThat(c.procentTopDeciel()).hasToString("40.8");
        assertThat(c.huishoudensVoor70()).isEqualTo(3);
    }

    @Test
    void theBoardSeesSharesButNoSmallCounts() {
        Kostenoverzicht.Overzicht o = kosten.overzicht(BESTUUR, JAAR);
        assertThat(o.onderdrukt()).isTrue();
        assertThat(o.perCategorie()).extracting(c -> c.productcategorie() + " " + c.clienten() + " " + c.totaalEuro() + " " + c.perClientEuro())
                .containsExactly("43 null null null", "45 9 11500 1278", "02 null null null");
        assertThat(o.duren()).as("one small class beside the total would follow by subtraction: none of the law's classes shows")
                .extracting(d -> d.klasse().name() + " " + d.trajecten())
                .containsExactly("KORTER_DAN_3_MAANDEN null", "TOT_6_MAANDEN 0", "TOT_1_JAAR 0", "TOT_2_JAAR null", "LANGER 0");
        assertThat(o.concentratieOnderdrukt()).as("a tenth of one household tells what one household's care cost").isTrue();
        assertThat(o.concentratie().decielen()).isEmpty();
        assertThat(o.concentratie().procentTopDeciel()).isNull();
    }

    @Test
    void theRankedHouseholdsWithNamesAreForTheTeamleiderAndLogged() {
        LocalDate vandaag = LocalDate.now(clock);
        long voor = logboek.zoek("0632", kindH1, "teamleider", vandaag, vandaag, 0).totaal();
        Pagina<Kostenranglijst.Huishouden> pagina = ranglijst.lijst(TEAMLEIDER, JAAR, 0);
        assertThat(pagina.totaal()).isEqualTo(10);
        Kostenranglijst.Huishouden eerste = pagina.inhoud().getFirst();
        assertThat(eerste.rang()).isEqualTo(1);
        assertThat(eerste.euro()).isEqualTo(6000);
        assertThat(eerste.procent()).hasToString("40.8");
        assertThat(eerste.wetten()).containsExactly(Wet.JEUGDWET, Wet.WMO);
        assertThat(eerste.clienten()).hasSize(2);
        assertThat(pagina.inhoud()).extracting(Kostenranglijst.Huishouden::euro).containsExactly(6000L, 4000L, 1200L, 500L, 500L, 500L, 500L, 500L,
                500L, 500L);
        assertThat(pagina.inhoud().get(2).zaakId()).as("H3 has its open case").isNotNull();
        assertThat(pagina.inhoud().get(9).cumulatiefProcent()).hasToString("100.0");
        assertThat(logboek.zoek("0632", kindH1, "teamleider", vandaag, vandaag, 0).totaal()).as("the names shown are logged").isGreaterThan(voor);

        for (Gebruiker niet : List.of(BELEID, BESTUUR, CONSULENT)) {
            assertThatThrownBy(() -> ranglijst.lijst(niet, JAAR, 0)).as(niet.gebruikersnaam()).isInstanceOf(AccessDeniedException.class);
        }
        Gebruiker montfoort = new Gebruiker("teamleider-montfoort", null, "Teamleider Montfoort", Rol.TEAMLEIDER, "0335", null, null);
        assertThat(ranglijst.lijst(montfoort, JAAR, 0).inhoud()).extracting(Kostenranglijst.Huishouden::huishoudenId)
                .as("Montfoort never sees Woerden's households").doesNotContain(eerste.huishoudenId());
    }

    @Test
    void theApiThePagesAndTheExport() throws Exception {
        HttpResponse<String> beleid = api("beleid", "/api/v1/sturing/kosten?gemeente=0632&jaar=" + JAAR);
        assertThat(beleid.statusCode()).as(beleid.body()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(beleid.body());
        assertThat(json.get("perWet").get(0).get("perClientEuro").asLong()).isEqualTo(1389);
        assertThat(json.get("concentratie").get("procentTopDeciel").asDouble()).isEqualTo(40.8);
        HttpResponse<String> bestuur = api("bestuur", "/api/v1/sturing/kosten?jaar=" + JAAR);
        assertThat(bestuur.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(bestuur.body()).get("perCategorie").get(0).get("clienten").isNull()).isTrue();
        assertThat(api("beleid", "/api/v1/sturing/kosten?gemeente=0335").statusCode()).isEqualTo(404);
        assertThat(api("beleid", "/api/v1/sturing/kosten?jaar=1800").statusCode()).isEqualTo(400);
        assertThat(api("jeugdconsulent", "/api/v1/sturing/kosten").statusCode()).isEqualTo(403);
        assertThat(api("beleid", "/api/v1/sturing/kosten/huishoudens?jaar=" + JAAR).statusCode()).isEqualTo(403);
        HttpResponse<String> teamleider = api("teamleider", "/api/v1/sturing/kosten/huishoudens?jaar=" + JAAR);
        assertThat(teamleider.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(teamleider.body()).get("inhoud").get(0).get("euro").asLong()).isEqualTo(6000);

        HttpClient browser = ingelogd("bestuur");
        HttpResponse<String> pagina = pagina(browser, "/sturing/kosten?jaar=" + JAAR);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("<h1>Kosten per cliënt</h1>", "&lt; 5", "te weinig huishoudens")
                .doesNotContain("Bekijk welke huishoudens het zijn");
        assertThat(pagina(browser, "/sturing/kosten/huishoudens?jaar=" + JAAR).statusCode()).isEqualTo(403);
        HttpResponse<String> fout = pagina(browser, "/sturing/kosten?jaar=abc");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Kies een jaar tussen 2000 en 2100, met vier cijfers.");

        HttpClient teamleiderBrowser = ingelogd("teamleider");
        HttpResponse<String> lijst = pagina(teamleiderBrowser, "/sturing/kosten/huishoudens?jaar=" + JAAR);
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("Huishoudens met de hoogste kosten in 2014", "6.000", "40,8");
        assertThat(pagina(teamleiderBrowser, "/sturing/kosten/huishoudens?jaar=" + JAAR + "&pagina=abc").body()).contains("6.000");
        assertThat(pagina(teamleiderBrowser, "/sturing/kosten/huishoudens?jaar=" + JAAR + "&pagina=99").body())
                .as("a page past the end shows the last").contains("6.000");
        HttpResponse<String> aanbieders = pagina(ingelogd("beleid"), "/sturing/aanbieders?jaar=abc");
        assertThat(aanbieders.statusCode()).isEqualTo(200);
        assertThat(aanbieders.body()).contains("Kies een jaar tussen 2000 en 2100, met vier cijfers.");
        HttpResponse<String> csv = pagina(ingelogd("beleid"), "/sturing/kosten/export?jaar=" + JAAR + "&tabel=concentratie&formaat=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).contains("\uFEFFTiende;Huishoudens;Uitgaven (€);% van de uitgaven;% opgeteld",
                "1 (duurste tiende);1;6000;40,8;40,8", "10;1;500;3,4;100,0");
        HttpResponse<String> categorieen = pagina(ingelogd("beleid"), "/sturing/kosten/export?jaar=" + JAAR + "&tabel=categorieen&formaat=csv");
        assertThat(categorieen.body().lines().toList()).contains("Totaal;Jeugdwet;9;12500;0;12500;1389", "Totaal;Wmo;2;1000;1200;2200;1100");
        HttpResponse<String> beleidPagina = pagina(ingelogd("beleid"), "/sturing/kosten?jaar=" + JAAR);
        assertThat(beleidPagina.body()).as("the short law name in the table cells")
                .contains("<td>Wmo</td>", "<th scope=\"row\">Wmo</th>").doesNotContain("Wet maatschappelijke ondersteuning 2015");
        assertThat(beleidPagina.body()).as("one household is singular").contains("Het duurste tiende (1 huishouden) kreeg 40,8% van het geld.",
                "10 huishoudens hadden in 2014 kosten").doesNotContain("(1 huishoudens)");
        assertThat(lijst.body()).contains("<p>10 huishoudens.</p>");
        assertThat(lijst.body()).contains("<td>Jeugdwet, Wmo</td>").doesNotContain("Wet maatschappelijke ondersteuning 2015");
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        return nl.dichtbij.Inloggen.als(port, gebruiker);
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
