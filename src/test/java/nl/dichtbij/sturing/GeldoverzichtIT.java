package nl.dichtbij.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.besluit.Besluitcijfers;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.OngeldigeInvoerException;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import tools.jackson.databind.json.JsonMapper;

/** Volumes and money per month, law and theme; the budget the controller enters; the forecast and its warning. */
@IntegratieTest
class GeldoverzichtIT {

    @LocalServerPort int port;
    @Autowired Geldoverzicht geld;
    @Autowired Begroting begroting;
    @Autowired Clock clock;
    @Autowired Besluitcijfers besluitcijfers;
    @Autowired JdbcClient jdbc;

    @Test
    void theDemoYearShowsMoneyPerThemeAndWarnsForYouthCare() {
        int jaar = LocalDate.now(clock).getYear();
        Geldoverzicht.Overzicht o = geld.overzicht("0632", jaar);
        assertThat(o.afgeslotenMaanden()).isEqualTo(LocalDate.now(clock).getMonthValue() - 1);

        Geldoverzicht.Themajaar groei = thema(o, Thema.GROEI);
        long gesloten = o.regels().stream().filter(r -> r.thema() == Thema.GROEI && r.maand() <= o.afgeslotenMaanden())
                .mapToLong(r -> r.toegekendCenten() + r.pgbCenten()).sum();
        assertThat(gesloten).isPositive();
        assertThat(groei.prognoseCenten()).as("run rate of the closed months times twelve").isEqualTo(Math.round(gesloten * 12.0 / o.afgeslotenMaanden()));
        assertThat(groei.budgetCenten()).isNotNull();
        assertThat(groei.waarschuwing()).as("the demo budget for youth care is about 8%% short").isTrue();
        assertThat(groei.prognoseProcent()).isBetween(105L, 112L);
        assertThat(thema(o, Thema.ONDERSTEUNING).waarschuwing()).isFalse();
        assertThat(o.waarschuwing()).isTrue();

        long perWet = o.perWet().stream().filter(w -> w.wet() == Wet.JEUGDWET && w.maand() <= o.afgeslotenMaanden())
                .mapToLong(Geldoverzicht.Wetmaand::toegekendCenten).sum();
        long perCategorie = o.regels().stream().filter(r -> r.wet() == Wet.JEUGDWET && r.maand() <= o.afgeslotenMaanden())
                .mapToLong(Geldoverzicht.Regel::toegekendCenten).sum();
        assertThat(perWet).as("granted per law equals granted per product category").isEqualTo(perCategorie);
        assertThat(o.perWet()).filteredOn(w -> w.wet() == Wet.JEUGDWET && w.maand() == 3).singleElement().satisfies(w -> {
            assertThat(w.gedeclareerdCenten()).isGreaterThan(w.toegekendCenten());
            assertThat(w.clientenMetToewijzing()).isPositive();
        });
        assertThat(geld.overzicht("0335", jaar).toegekendTotaal()).as("Montfoort sees none of Woerden's money").isZero();
    }

    @Test
    void aPgbCountsPerDayOfItsFirstPeriodUpToItsEndDate() {
        // 2009, a year no demo and no other test uses; the decisions were taken in 2008
        // 61 days of 100 euro: 16 in March, 30 in April, 15 in May
        pgb(aanvraag("0335", "999000011"), "0335", "WMO", "04", "2009-03-16", "2009-05-15", "2009-05-15", "6100.00", "VASTGESTELD", "TOEKENNING");
        // 365 days of 10 euro first decided, ended after June: 181 days count
        pgb(aanvraag("0335", "999000011"), "0335", "WMO", "04", "2009-01-01", "2009-06-30", "2009-12-31", "3650.00", "BEEINDIGD", "TOEKENNING");
        pgb(aanvraag("0335", "999000011"), "0335", "WMO", "04", "2009-01-01", "2009-12-31", "2009-12-31", "99999.00", "WACHT_OP_TWEEDE", "TOEKENNING");
        pgb(aanvraag("0335", "999000011"), "0335", "JEUGDWET", "45", "2008-12-02", "2009-01-30", "2009-01-30", "6000.00", "VASTGESTELD", "TOEKENNING");

        Map<Integer, Long> wmo = new java.util.TreeMap<>();
        besluitcijfers.pgb("0335", 2009).stream().filter(p -> p.wet() == Wet.WMO).forEach(p -> wmo.merge(p.maand(), p.centen(), Long::sum));
        assertThat(wmo).containsEntry(1, 31_000L).containsEntry(2, 28_000L).containsEntry(3, 31_000L + 160_000L)
                .containsEntry(4, 30_000L + 300_000L).containsEntry(5, 31_000L + 150_000L).containsEntry(6, 30_000L).doesNotContainKey(7);
        assertThat(besluitcijfers.pgb("0335", 2009)).filteredOn(p -> p.wet() == Wet.JEUGDWET).singleElement()
                .as("60 days of 100 euro, 30 of them in January 2009").satisfies(p -> assertThat(p.centen()).isEqualTo(300_000L));

        Geldoverzicht.Overzicht o = geld.overzicht("0335", 2009);
        Geldoverzicht.Themajaar ondersteuning = thema(o, Thema.ONDERSTEUNING);
        assertThat(ondersteuning.pgbCenten()).isEqualTo(610_000L + 181_000L);
        assertThat(ondersteuning.toegekendCenten()).isZero();
        assertThat(ondersteuning.prognoseCenten()).as("a past year: the forecast is what it cost").isEqualTo(791_000L);
        assertThat(thema(o, Thema.GROEI).pgbCenten()).isEqualTo(300_000L);
        assertThat(geld.overzicht("0632", 2009).pgbTotaal()).as("Woerden sees none of Montfoort's PGBs").isZero();
    }

    private long aanvraag(String gemeente, String bsn) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into aanvraag (gemeente_code, zaak_id, team_id, persoon_bsn, wet, omschrijving, ingediend_door, ontvangen_datum, termijn_einde, besloten)
                values (?, 0, 0, ?, 'WMO', 'PGB voor de test', 'test', date '2008-11-01', date '2008-12-01', true)""").params(gemeente, bsn)
                .update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }

    private void pgb(long aanvraag, String gemeente, String wet, String categorie, String ingang, String einde, String eersteEinde, String bedrag,
                     String status, String uitkomst) {
        jdbc.sql("""
                insert into beschikking (gemeente_code, aanvraag_id, zaak_id, persoon_bsn, wet, uitkomst, motivering, productcategorie, ingangsdatum,
                    einddatum, eerste_einddatum, vorm, pgb_bedrag, status, genomen_door, genomen_door_naam, genomen_op)
                values (?, ?, 0, '999000011', ?, ?, 'test', ?, ?, ?, ?, 'PGB', ?, ?, 'test', 'Test', ?)""")
                .params(gemeente, aanvraag, wet, uitkomst, categorie, LocalDate.parse(ingang), LocalDate.parse(einde), LocalDate.parse(eersteEinde),
                        new java.math.BigDecimal(bedrag), status, java.sql.Timestamp.valueOf("2008-11-20 10:00:00"))
                .update();
    }

    @Test
    void theControllerEntersABudgetAndAThreshold() {
        Gebruiker controller = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0335", null, null);
        Map<Thema, String> bedragen = new EnumMap<>(Thema.class);
        bedragen.put(Thema.GROEI, "2.400.000");
        bedragen.put(Thema.WONEN, "");
        Begroting.Jaar jaar = begroting.vastleggen(controller, 2031, bedragen, "10");
        assertThat(jaar.budget(Thema.GROEI)).isEqualTo(240_000_000L);
        assertThat(jaar.budget(Thema.WONEN)).isNull();
        assertThat(jaar.drempelProcent()).isEqualTo(10);
        assertThat(begroting.jaar("0632", 2031).budgetCenten()).as("another municipality's budget").isEmpty();

        bedragen.put(Thema.ONDERSTEUNING, "veel");
        assertThatThrownBy(() -> begroting.vastleggen(controller, 2031, bedragen, "80"))
                .isInstanceOf(OngeldigeInvoerException.class)
                .hasMessageContaining("Maatschappelijke ondersteuning en betrokkenheid").hasMessageContaining("0 tot en met 50");
        assertThat(begroting.jaar("0335", 2031).budget(Thema.GROEI)).as("a refused entry keeps what was saved").isEqualTo(240_000_000L);
        assertThat(geld.overzicht("0335", 2031).themas()).allSatisfy(t -> assertThat(t.prognoseCenten()).as("no closed months yet").isNull());
    }

    @Test
    void theApiGivesTheSameFiguresToBeleidOnlyForItsOwnMunicipality() throws Exception {
        int jaar = LocalDate.now(clock).getYear();
        HttpResponse<String> antwoord = api("beleid", "/api/v1/sturing/geld?gemeente=0632&jaar=" + jaar);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        var json = JsonMapper.builder().build().readTree(antwoord.body());
        long groei = geld.overzicht("0632", jaar).themas().stream().filter(t -> t.thema() == Thema.GROEI).findFirst().orElseThrow().toegekendCenten();
        var themas = json.get("themas");
        boolean gevonden = false;
        for (var t : themas) {
            if (t.get("thema").asString().equals("GROEI")) {
                assertThat(t.get("toegekendCenten").asLong()).isEqualTo(groei);
                gevonden = true;
            }
        }
        assertThat(gevonden).isTrue();
        assertThat(api("beleid", "/api/v1/sturing/geld?gemeente=0335").statusCode()).isEqualTo(404);
        assertThat(api("inwoner", "/api/v1/sturing/geld").statusCode()).isEqualTo(403);
        assertThat(api("beleid", "/api/v1/sturing/geld?jaar=1800").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> api(String gebruiker, String pad) throws Exception {
        String basis = java.util.Base64.getEncoder().encodeToString((gebruiker + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .header("Authorization", "Basic " + basis).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Geldoverzicht.Themajaar thema(Geldoverzicht.Overzicht o, Thema thema) {
        return o.themas().stream().filter(t -> t.thema() == thema).findFirst().orElseThrow();
    }
}
