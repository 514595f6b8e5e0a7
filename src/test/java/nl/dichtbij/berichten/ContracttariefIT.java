package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.aanbod.Aanbod;
import nl.dichtbij.aanbod.Bekostigingsvorm;
import nl.dichtbij.aanbod.Contracten;
import nl.dichtbij.aanbod.Contractregels;
import nl.dichtbij.aanbod.Inkoopmodel;
import nl.dichtbij.aanbod.Uitvoeringscijfers;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;
import nl.dichtbij.platform.Wet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A declaration (323) is checked against the contracted tariff on the day of delivery (TR418, retourcode 0611): a tariff changed
 * in July keeps the old amount for March and asks the new one for August; the refused amount is kept for beleid.
 */
@IntegratieTest
class ContracttariefIT {

    private static final String SLEUTEL = "demo-aanbieder-42420001";
    private static final String AGB = "42420001";
    private static final Gebruiker BELEID = new Gebruiker("beleid", null, "Bram de Vries", Rol.BELEID, "0632", null, null);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Toewijzingen toewijzingen;
    @Autowired Contracten contracten;
    @Autowired Aanbod aanbod;
    @Autowired Uitvoeringscijfers uitvoering;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTariffChangedMidYearKeepsTheOldTariffForEarlierDeliveries() throws Exception {
        int jaar = LocalDate.now(clock).getYear() - 1;
        LocalDate januari = LocalDate.of(jaar, 1, 1);
        LocalDate juli = LocalDate.of(jaar, 7, 1);
        // a product of its own, under a contract of its own, so no other test's tariff moves
        if (aanbod.product("0632", "45T01").isEmpty()) {
            aanbod.productToevoegen("0632", Wet.JEUGDWET, "45", "45T01", "Ambulante jeugdhulp in de klas (test)");
        }
        var c = contracten.vastleggen(BELEID, new Contractregels.Gegevens("IT-TARIEF-" + System.nanoTime() % 100_000, null,
                aanbod.aanbiederMetAgb(AGB).orElseThrow().id(), Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, LocalDate.of(2020, 1, 1), null, null, false, 21, List.of()));
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "45T01", Bekostigingsvorm.INSPANNING);
        c = contracten.tariefToevoegen(BELEID, c.id(), c.versie(), new Contractregels.Tariefgegevens("45T01", januari, null, 7_000L, "04"));
        long tarief = c.tarieven().getFirst().id();
        c = contracten.tariefWijzigen(BELEID, c.id(), c.versie(), tarief, 7_700L, juli);
        assertThat(c.tarief("45T01", juli.minusDays(1))).hasValueSatisfying(t -> assertThat(t.tariefCenten()).isEqualTo(7_000L));
        assertThat(c.tarief("45T01", juli)).hasValueSatisfying(t -> assertThat(t.tariefCenten()).isEqualTo(7_700L));

        String bsn = nl.dichtbij.Testhuishouden.in("0632").volwassene(41).kind(10).inschrijven(inschrijvingen, clock).kind().bsn();
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", Standaard.IJW, null, null, bsn, AGB, "Jeugdhulp Voorbeeld B.V.", "45", "45T01",
                "Ambulante jeugdhulp in de klas (test)", januari, LocalDate.of(jaar, 12, 31), 10, "04", "2", null, null));
        Toewijzing t = toewijzingen.toewijzing(id).orElseThrow();
        LocalDate vandaag = LocalDate.now(clock);

        HttpResponse<String> maart = stuur(Aanbiedersberichten.jw323(AGB, "0632", id(), vandaag, "M" + id(), bsn, t.toewijzingNummer(), "45", "45T01",
                "P" + id(), LocalDate.of(jaar, 3, 1), LocalDate.of(jaar, 3, 31), 4, "04", 7_000));
        BerichtenverkeerIT.valideer("ijw-3.2/xsd/jw325.xsd", maart.body());
        assertThat(maart.body()).as("March at the old tariff").contains("<jw325:RetourCode>8001</jw325:RetourCode>");

        HttpResponse<String> augustusOud = stuur(Aanbiedersberichten.jw323(AGB, "0632", id(), vandaag, "A" + id(), bsn, t.toewijzingNummer(), "45", "45T01",
                "P" + id(), LocalDate.of(jaar, 8, 1), LocalDate.of(jaar, 8, 31), 4, "04", 7_000));
        BerichtenverkeerIT.valideer("ijw-3.2/xsd/jw325.xsd", augustusOud.body());
        assertThat(augustusOud.body()).as("August at the old tariff").contains("<jw325:RetourCode>0611</jw325:RetourCode>")
                .contains("<ijw:TotaalBedrag>0</ijw:TotaalBedrag>");

        HttpResponse<String> augustusNieuw = stuur(Aanbiedersberichten.jw323(AGB, "0632", id(), vandaag, "B" + id(), bsn, t.toewijzingNummer(), "45",
                "45T01", "P" + id(), LocalDate.of(jaar, 8, 1), LocalDate.of(jaar, 8, 31), 4, "04", 7_700));
        assertThat(augustusNieuw.body()).as("August at the new tariff").contains("<jw325:RetourCode>8001</jw325:RetourCode>");

        assertThat(jdbc.sql("select sum(bedrag_centen) from declaratie_regel where toewijzing_id = ?").param(id).query(Long.class).single())
                .isEqualTo(4 * 7_000L + 4 * 7_700L);
        // the refused amount, without the BSN, for beleid's figures
        assertThat(jdbc.sql("select contract_tarief_centen from declaratie_afwijzing where productcode = '45T01' and tarief_afgewezen = true")
                .query(Long.class).list()).containsExactly(7_700L);
        assertThat(uitvoering.geweigerdOpTarief("0632", jaar)).anySatisfy(g -> {
            assertThat(g.maand()).isEqualTo(8);
            assertThat(g.aanbiederAgb()).isEqualTo(AGB);
            assertThat(g.bedragCenten()).isGreaterThanOrEqualTo(28_000L);
        });
    }

    @Test
    void aDeliveryAfterTheContractEndedHasNoContractedTariff() throws Exception {
        int jaar = LocalDate.now(clock).getYear() - 1;
        if (aanbod.product("0632", "45T02").isEmpty()) {
            aanbod.productToevoegen("0632", Wet.JEUGDWET, "45", "45T02", "Gezinsbegeleiding na schooltijd (test)");
        }
        var c = contracten.vastleggen(BELEID, new Contractregels.Gegevens("IT-EINDE-" + System.nanoTime() % 100_000, null,
                aanbod.aanbiederMetAgb(AGB).orElseThrow().id(), Wet.JEUGDWET, Inkoopmodel.AANBESTEDING, LocalDate.of(jaar, 1, 1),
                LocalDate.of(jaar, 5, 31), null, false, null, List.of()));
        c = contracten.productToevoegen(BELEID, c.id(), c.versie(), "45T02", Bekostigingsvorm.INSPANNING);
        contracten.tariefToevoegen(BELEID, c.id(), c.versie(), new Contractregels.Tariefgegevens("45T02", LocalDate.of(jaar, 1, 1), null, 6_000L, "04"));
        String bsn = nl.dichtbij.Testhuishouden.in("0632").volwassene(37).kind(6).inschrijven(inschrijvingen, clock).kind().bsn();
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", Standaard.IJW, null, null, bsn, AGB, "Jeugdhulp Voorbeeld B.V.", "45", "45T02",
                "Gezinsbegeleiding na schooltijd (test)", LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31), 10, "04", "2", null, null));
        Toewijzing t = toewijzingen.toewijzing(id).orElseThrow();
        HttpResponse<String> juni = stuur(Aanbiedersberichten.jw323(AGB, "0632", id(), LocalDate.now(clock), "J" + id(), bsn, t.toewijzingNummer(), "45",
                "45T02", "P" + id(), LocalDate.of(jaar, 6, 1), LocalDate.of(jaar, 6, 30), 4, "04", 6_000));
        assertThat(juni.body()).contains("<jw325:RetourCode>0611</jw325:RetourCode>");
    }

    @Test
    void theWaitingTimeIsTheMedianFromToewijzingToStartOverTheLastYear() {
        String agb = "4999" + String.format("%04d", System.nanoTime() % 10_000);
        LocalDate vandaag = LocalDate.now(clock);
        wacht(agb, vandaag.minusDays(60), vandaag.minusDays(60), vandaag.minusDays(55), null);   // 5 days
        wacht(agb, vandaag.minusDays(50), vandaag.minusDays(52), vandaag.minusDays(40), null);   // sent before its start date: 10 days from the start date
        wacht(agb, vandaag.minusDays(45), vandaag.minusDays(45), vandaag.minusDays(15), null);   // 30 days
        wacht(agb, vandaag.minusDays(30), vandaag.minusDays(2), vandaag.minusDays(22), null);    // changed after the start: 8 days from the start date
        wacht(agb, vandaag.minusDays(30), vandaag.minusDays(30), vandaag.minusDays(1), "13");    // withdrawn: not counted
        wacht(agb, vandaag.minusYears(2), vandaag.minusYears(2), vandaag.minusYears(2).plusDays(90), null); // started over a year ago
        assertThat(uitvoering.wachttijdDagen("0632", agb, Wet.JEUGDWET, vandaag)).isEqualTo(9); // median of 5, 8, 10, 30
        assertThat(uitvoering.wachttijdDagen("0632", agb, Wet.WMO, vandaag)).isNull();
    }

    private void wacht(String agb, LocalDate ingang, LocalDate toegewezen, LocalDate start, String reden) {
        String bsn = nl.dichtbij.Testhuishouden.in("0632").volwassene(40).kind(8).inschrijven(inschrijvingen, clock).kind().bsn();
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", Standaard.IJW, null, null, bsn, agb, "Wachttijd Zorg", "45", "45A01",
                "Ambulante jeugdhulp individueel", ingang, ingang.plusYears(1), 2, "04", "2", null, null));
        // as the start message records it: the wait fixed from the toewijzing as it stood then
        java.time.Instant op = toegewezen.atTime(10, 0).atZone(nl.dichtbij.platform.ClockConfig.AMSTERDAM).toInstant();
        jdbc.sql("update toewijzing set toegewezen_op = ?, levering_begindatum = ?, reden_wijziging = ?, wachtdagen = ? where id = ?")
                .params(java.sql.Timestamp.from(op), start, reden, Wachtdagen.tussen(ingang, op, start), id)
                .update();
    }

    private HttpResponse<String> stuur(String xml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/berichten"))
                .header("Authorization", "Bearer " + SLEUTEL).header("Content-Type", "application/xml").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id() {
        return "C" + (System.nanoTime() % 100_000_000L) + VOLGNUMMER.incrementAndGet() % 10;
    }
}
