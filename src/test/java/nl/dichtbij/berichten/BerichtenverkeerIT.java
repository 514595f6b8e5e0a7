package nl.dichtbij.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.berichten.internal.Toewijzingberichten;
import nl.dichtbij.berichten.xml.Standaard;
import nl.dichtbij.demo.Testpersonen;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class BerichtenverkeerIT {

    private static final String SLEUTEL = "demo-aanbieder-42420001";
    private static final String AGB = "42420001";
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Toewijzingen toewijzingen;
    @Autowired Toewijzingberichten toewijzingberichten;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired nl.dichtbij.aanbod.Aanbod aanbod;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tomsZinBesluitenWordenToewijzingenBijJeugdhulpVoorbeeld() {
        await().atMost(Duration.ofSeconds(20)).until(() -> toewijzingen.vanClienten("0632", List.of(Testpersonen.TOM_BSN)).size() >= 2);
        List<Toewijzing> vanTom = toewijzingen.vanClienten("0632", List.of(Testpersonen.TOM_BSN));
        assertThat(vanTom).extracting(Toewijzing::aanbiederAgb).containsOnly(AGB);
        assertThat(vanTom).extracting(Toewijzing::productcode).contains("45A01", "55A11");
        assertThat(vanTom).allMatch(t -> t.beschikkingId() != null && t.standaard() == Standaard.IJW);
    }

    @Test
    void rondgang301naar305naar323naar307() throws Exception {
        Toewijzing t = nieuweToewijzing();
        String toewijzing = ophalen(laatsteBerichtVoor(t));
        valideer("ijw-3.2/xsd/jw301.xsd", toewijzing);
        // the 301 discloses the client's personal data to the provider: a line in the Logboek dataverwerkingen, written
        // when the request is done, a moment after its answer (docs/decisions/0013)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from verwerking where actor = 'aanbieder-42420001' and betrokkene_bsn = ? and handeling = 'EXPORTEREN'")
                .param(t.persoonBsn()).query(Long.class).single()).isEqualTo(2L));
        assertThat(toewijzing).contains("<jw301:ToewijzingNummer>" + t.toewijzingNummer() + "<");

        LocalDate vandaag = LocalDate.now(clock);
        LocalDate begin = t.ingangsdatum();
        HttpResponse<String> start = stuur(Aanbiedersberichten.jw305(AGB, "0632", id(), vandaag, t.persoonBsn(), t.toewijzingNummer(), "45", "45A01",
                begin, "1"));
        assertThat(start.statusCode()).isEqualTo(201);
        valideer("ijw-3.2/xsd/jw306.xsd", start.body());
        assertThat(start.body()).contains("<jw306:RetourCode>0200</jw306:RetourCode>").doesNotContain("jw306:Client");
        assertThat(toewijzingen.toewijzing(t.id()).orElseThrow().levering()).isEqualTo(Levering.GESTART);
        Integer gewacht = Wachtdagen.tussen(begin, t.toegewezenOp(), begin);
        assertThat(jdbc.sql("select wachtdagen from toewijzing where id = ?").param(t.id()).query(Integer.class).single())
                .as("the wait is fixed when the start arrives").isEqualTo(gewacht);

        HttpResponse<String> declaratie = stuur(Aanbiedersberichten.jw323(AGB, "0632", id(), vandaag, "D" + id(), t.persoonBsn(), t.toewijzingNummer(),
                "45", "45A01", "P" + id(), begin, begin.withDayOfMonth(begin.lengthOfMonth()), 2, "04", 7500));
        assertThat(declaratie.statusCode()).isEqualTo(201);
        valideer("ijw-3.2/xsd/jw325.xsd", declaratie.body());
        assertThat(declaratie.body()).contains("<jw325:RetourCode>8001</jw325:RetourCode>").contains("<ijw:TotaalBedrag>15000</ijw:TotaalBedrag>");
        assertThat(jdbc.sql("select sum(bedrag_centen) from declaratie_regel where toewijzing_id = ?").param(t.id()).query(Long.class).single())
                .isEqualTo(15000L);
        assertThat(jdbc.sql("select sum(bedrag_centen) from declaratie_som_persoon where gemeente_code = '0632' and jaar = ? and persoon_bsn = ?")
                .params(begin.getYear(), t.persoonBsn()).query(Long.class).single()).as("booked in the resident's year sum").isEqualTo(15000L);

        HttpResponse<String> stop = stuur(Aanbiedersberichten.jw307(AGB, "0632", id(), vandaag, t.persoonBsn(), t.toewijzingNummer(), "45", "45A01",
                begin, "31", begin.plusDays(20)));
        assertThat(stop.statusCode()).isEqualTo(201);
        valideer("ijw-3.2/xsd/jw308.xsd", stop.body());
        assertThat(stop.body()).contains("<jw308:RetourCode>0200</jw308:RetourCode>");
        Toewijzing gestopt = toewijzingen.toewijzing(t.id()).orElseThrow();
        assertThat(gestopt.levering()).isEqualTo(Levering.GESTOPT);
        assertThat(jdbc.sql("select wachtdagen from toewijzing where id = ?").param(t.id()).query(Integer.class).single())
                .as("the stop leaves the wait as it was").isEqualTo(gewacht);
        assertThat(toewijzingen.voortgang("0632", -1, false)).isEmpty();
    }

    @Test
    void hetzelfdeBerichtTweeKeerGeeftHetzelfdeRetourEnGeenTweedeStart() throws Exception {
        Toewijzing t = nieuweToewijzing();
        String bericht = Aanbiedersberichten.jw305(AGB, "0632", id(), LocalDate.now(clock), t.persoonBsn(), t.toewijzingNummer(), "45", "45A01",
                t.ingangsdatum(), "1");
        HttpResponse<String> eerste = stuur(bericht);
        HttpResponse<String> tweede = stuur(bericht);
        assertThat(eerste.statusCode()).isEqualTo(201);
        assertThat(tweede.statusCode()).isEqualTo(200);
        assertThat(tweede.body()).isEqualTo(eerste.body());
        assertThat(jdbc.sql("select count(*) from levering where toewijzing_id = ?").param(t.id()).query(Long.class).single()).isEqualTo(1L);

        HttpResponse<String> nogEenStart = stuur(Aanbiedersberichten.jw305(AGB, "0632", id(), LocalDate.now(clock), t.persoonBsn(),
                t.toewijzingNummer(), "45", "45A01", t.ingangsdatum(), "1"));
        assertThat(nogEenStart.body()).contains("<jw306:RetourCode>9074</jw306:RetourCode>").contains("<jw306:Client>");
        valideer("ijw-3.2/xsd/jw306.xsd", nogEenStart.body());
    }

    @Test
    void afgekeurdeProductenKrijgenDeCodeVanDeGeschondenRegel() throws Exception {
        Toewijzing t = nieuweToewijzing();
        LocalDate vandaag = LocalDate.now(clock);
        HttpResponse<String> onbekend = stuur(Aanbiedersberichten.jw305(AGB, "0632", id(), vandaag, t.persoonBsn(), 999_999_999L, "45", "45A01",
                t.ingangsdatum(), "1"));
        assertThat(onbekend.body()).contains("9019");
        HttpResponse<String> stopZonderStart = stuur(Aanbiedersberichten.jw307(AGB, "0632", id(), vandaag, t.persoonBsn(), t.toewijzingNummer(),
                "45", "45A01", t.ingangsdatum(), "31", t.ingangsdatum().plusDays(3)));
        assertThat(stopZonderStart.body()).contains("<jw308:RetourCode>9069</jw308:RetourCode>");
        HttpResponse<String> anderProduct = stuur(Aanbiedersberichten.jw323(AGB, "0632", id(), vandaag, "D" + id(), t.persoonBsn(),
                t.toewijzingNummer(), "45", "45A02", "P" + id(), t.ingangsdatum(), eindeMaand(t), 2, "04", 7500));
        valideer("ijw-3.2/xsd/jw325.xsd", anderProduct.body());
        assertThat(anderProduct.body()).contains("<jw325:RetourCode>9340</jw325:RetourCode>").contains("<ijw:TotaalBedrag>0</ijw:TotaalBedrag>");
        HttpResponse<String> teVeel = stuur(Aanbiedersberichten.jw323(AGB, "0632", id(), vandaag, "D" + id(), t.persoonBsn(),
                t.toewijzingNummer(), "45", "45A01", "P" + id(), t.ingangsdatum(), eindeMaand(t), 40, "04", 7500));
        assertThat(teVeel.body()).contains("<jw325:RetourCode>9321</jw325:RetourCode>");
        HttpResponse<String> toekomst = stuur(Aanbiedersberichten.jw305(AGB, "0632", id(), vandaag.plusDays(3), t.persoonBsn(), t.toewijzingNummer(),
                "45", "45A01", t.ingangsdatum(), "1"));
        assertThat(toekomst.body()).contains("<jw306:RetourCode>8848</jw306:RetourCode>");
        HttpResponse<String> andereGemeente = stuur(Aanbiedersberichten.jw305(AGB, "0999", id(), vandaag, t.persoonBsn(), t.toewijzingNummer(),
                "45", "45A01", t.ingangsdatum(), "1"));
        assertThat(andereGemeente.body()).contains("<jw306:RetourCode>S300</jw306:RetourCode>");
        assertThat(toewijzingen.toewijzing(t.id()).orElseThrow().levering()).isEqualTo(Levering.NIET_GESTART);
    }

    @Test
    void vijandigeOfOnbekendeInhoudKrijgt400ProblemJson() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema">&xxe;</jw305:Bericht>""";
        for (String body : List.of(xxe, "dit is geen xml", "{\"json\": true}", "<onbekend xmlns=\"urn:x\"/>",
                "<jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\">" + "<a>".repeat(50) + "</a>".repeat(50)
                        + "</jw305:Bericht>")) {
            HttpResponse<String> antwoord = stuur(body);
            assertThat(antwoord.statusCode()).as(body).isEqualTo(400);
            assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
            assertThat(antwoord.body()).doesNotContain("root:");
        }
    }

    @Test
    void zonderSleutelOfMetAndermansAfzenderGeenToegang() throws Exception {
        HttpResponse<String> zonder = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/berichten"))
                .POST(HttpRequest.BodyPublishers.ofString("<x/>")).header("Content-Type", "application/xml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(zonder.statusCode()).isEqualTo(401);
        Toewijzing t = nieuweToewijzing();
        HttpResponse<String> ander = stuur(Aanbiedersberichten.jw305("42420002", "0632", id(), LocalDate.now(clock), t.persoonBsn(),
                t.toewijzingNummer(), "45", "45A01", t.ingangsdatum(), "1"));
        assertThat(ander.statusCode()).isEqualTo(403);
    }

    @Test
    void eenGewijzigdBesluitGeeftEenNieuwe301MetRedenWijziging() throws Exception {
        Toewijzing t = nieuweToewijzing();
        jdbc.sql("update toewijzing set einddatum = ?, reden_wijziging = '05' where id = ?").params(t.ingangsdatum().plusMonths(2), t.id()).update();
        toewijzingberichten.verstuur(toewijzingen.toewijzing(t.id()).orElseThrow());
        String gewijzigd = ophalen(laatsteBerichtVoor(t));
        valideer("ijw-3.2/xsd/jw301.xsd", gewijzigd);
        assertThat(gewijzigd).contains("<jw301:RedenWijziging>05</jw301:RedenWijziging>");
    }

    @Test
    void theSameMessageSentTwiceAtOnceIsProcessedOnceAndBothGetItsRetour() throws Exception {
        for (int paar = 0; paar < 10; paar++) {
            Toewijzing t = nieuweToewijzing();
            String bericht = Aanbiedersberichten.jw305(AGB, "0632", id(), LocalDate.now(clock), t.persoonBsn(), t.toewijzingNummer(), "45", "45A01",
                    t.ingangsdatum(), "1");
            List<HttpResponse<String>> antwoorden = tegelijk(bericht, bericht);
            assertThat(antwoorden).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200);
            assertThat(antwoorden.get(0).body()).isEqualTo(antwoorden.get(1).body());
            assertThat(jdbc.sql("select count(*) from levering where toewijzing_id = ?").param(t.id()).query(Long.class).single()).isEqualTo(1L);
        }
    }

    @Test
    void twoDeclarationsWithOneNumberAtOnceGiveOneAcceptedAndOneRefusedNeverAnError() throws Exception {
        for (int paar = 0; paar < 5; paar++) {
            Toewijzing t = nieuweToewijzing();
            LocalDate begin = t.ingangsdatum();
            String nummer = "D" + id();
            String eerste = Aanbiedersberichten.jw323(AGB, "0632", id(), LocalDate.now(clock), nummer, t.persoonBsn(), t.toewijzingNummer(),
                    "45", "45A01", "P" + id(), begin, eindeMaand(t), 2, "04", 7500);
            String tweede = Aanbiedersberichten.jw323(AGB, "0632", id(), LocalDate.now(clock), nummer, t.persoonBsn(), t.toewijzingNummer(),
                    "45", "45A01", "P" + id(), begin, eindeMaand(t), 2, "04", 7500);
            List<HttpResponse<String>> antwoorden = tegelijk(eerste, tweede);
            assertThat(antwoorden).extracting(HttpResponse::statusCode).containsOnly(201);
            assertThat(jdbc.sql("select count(*) from declaratie where declaratie_nummer = ?").param(nummer).query(Long.class).single()).isEqualTo(1L);
        }
    }

    @Test
    void aDecisionsEventHandledTwiceAtOnceMakesOneToewijzingAndOne301() throws Exception {
        long beschikkingId = 900_000_000L + (System.nanoTime() % 1_000_000L);
        String bsn = jeugdige();
        long aanbiederId = aanbod.aanbiederMetAgb(AGB).orElseThrow().id();
        LocalDate ingang = LocalDate.now(clock);
        var beschikking = new nl.dichtbij.besluit.Beschikking(beschikkingId, "0632", 1, 1, bsn, nl.dichtbij.platform.Wet.JEUGDWET,
                nl.dichtbij.besluit.Uitkomst.TOEKENNING, "Thuis gaat het beter", "Nodig", "45A01", "Ambulante jeugdhulp individueel", "45", 3, "04",
                "2", null, ingang, ingang.plusMonths(6), nl.dichtbij.besluit.Leveringsvorm.ZIN, aanbiederId, "Jeugdhulp Voorbeeld B.V.", null,
                nl.dichtbij.besluit.BeschikkingStatus.VASTGESTELD, "jeugdconsulent", "Jasmijn Bakker", clock.instant(), null, null, ingang, null, ingang.plusMonths(6), 0L);
        // the listener itself, without the asynchronous proxy: two deliveries of one event at the same moment
        Toewijzingen listener = org.springframework.test.util.AopTestUtils.getTargetObject(toewijzingen);
        var event = new nl.dichtbij.besluit.BeschikkingVastgesteld(beschikking);
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> { start.await(); listener.vastgesteld(event); return null; });
            var b = pool.submit(() -> { start.await(); listener.vastgesteld(event); return null; });
            start.countDown();
            a.get();
            b.get();
        }
        listener.vastgesteld(event);
        List<Toewijzing> gemaakt = toewijzingen.vanBeschikking("0632", beschikkingId);
        assertThat(gemaakt).hasSize(1);
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where persoon_bsn = ? and berichtsoort = 'JW301'").param(bsn)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aCommentBeyondTheBoundIsRefusedAtOnceAndOneWithinIsAccepted() throws Exception {
        LocalDate vandaag = LocalDate.now(clock);
        java.util.function.Function<String, String> metToelichting = tekst -> Aanbiedersberichten.jw315(AGB, "0632", id(), vandaag,
                        Testpersonen.TOM_BSN, List.of(new Aanbiedersberichten.Gevraagd("R" + id(), "45", "45A01", vandaag, vandaag.plusMonths(3), 2)))
                .replace("</jw315:Verwijzer>", "</jw315:Verwijzer><jw315:Commentaar>" + tekst + "</jw315:Commentaar>");

        // half a megabyte of comment used to keep a validator busy for minutes
        HttpResponse<String> te = stuur(metToelichting.apply("a ".repeat(256 * 1024)));
        assertThat(te.statusCode()).isEqualTo(400);
        assertThat(te.body()).contains("langer dan 4000 tekens");

        HttpResponse<String> net = stuur(metToelichting.apply("x".repeat(nl.dichtbij.berichten.xml.BerichtLezer.MAX_TEKST)));
        assertThat(net.statusCode()).isEqualTo(201);
    }

    /** Usability issue, item 8: a PDF sent by mistake gets a Dutch answer, not the parser's English. */
    @Test
    void aFileThatIsNotXmlIsRefusedInDutch() throws Exception {
        HttpResponse<String> pdf = stuur("%PDF-1.4 verklaring van de huisarts");
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body()).contains("Dit bestand is geen XML-bericht").doesNotContain("prolog");
        HttpResponse<String> kapot = stuur("<jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\"><jw305:Header></jw305:Bericht>");
        assertThat(kapot.statusCode()).isEqualTo(400);
        assertThat(kapot.body()).contains("Het bericht is geen geldige XML: er klopt iets niet op regel 1");
    }

    // --- helpers

    /** Sends both messages at the same moment, as two nodes would receive them. */
    private List<HttpResponse<String>> tegelijk(String een, String twee) throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> { start.await(); return stuur(een); });
            var b = pool.submit(() -> { start.await(); return stuur(twee); });
            start.countDown();
            return List.of(a.get(), b.get());
        }
    }


    private static LocalDate eindeMaand(Toewijzing t) {
        return t.ingangsdatum().withDayOfMonth(t.ingangsdatum().lengthOfMonth());
    }

    private String jeugdige() {
        return nl.dichtbij.Testhuishouden.in("0632").volwassene(39).kind(9).inschrijven(inschrijvingen, clock).kind().bsn();
    }

    private Toewijzing nieuweToewijzing() {
        String bsn = jeugdige();
        LocalDate ingang = LocalDate.now(clock).withDayOfMonth(1).minusMonths(1);
        long id = toewijzingen.nieuw(new Toewijzingen.Nieuw("0632", Standaard.IJW, null, null, bsn, AGB, "Jeugdhulp Voorbeeld B.V.", "45", "45A01",
                "Ambulante jeugdhulp individueel", ingang, ingang.plusYears(1).minusDays(1), 3, "04", "2", null, null));
        Toewijzing t = toewijzingen.toewijzing(id).orElseThrow();
        toewijzingberichten.verstuur(t);
        return t;
    }

    private long laatsteBerichtVoor(Toewijzing t) {
        return jdbc.sql("select max(id) from uitgaand_bericht where persoon_bsn = ? and berichtsoort = 'JW301'").param(t.persoonBsn())
                .query(Long.class).single();
    }

    private String ophalen(long id) throws IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/berichten/" + id))
                .header("Authorization", "Bearer " + SLEUTEL).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }

    private HttpResponse<String> stuur(String xml) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/berichten"))
                .header("Authorization", "Bearer " + SLEUTEL).header("Content-Type", "application/xml").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id() {
        return "T" + (System.nanoTime() % 100_000_000L) + VOLGNUMMER.incrementAndGet() % 10;
    }

    /** Validation against the official XSD (the bundled copy), independent of the application's own checks. */
    static void valideer(String xsd, String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(BerichtenverkeerIT.class.getResource("/istandaarden/" + xsd)).newValidator()
                .validate(new StreamSource(new java.io.StringReader(xml)));
    }

}
