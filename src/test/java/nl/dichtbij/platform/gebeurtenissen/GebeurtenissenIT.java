package nl.dichtbij.platform.gebeurtenissen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.dichtbij.IntegratieTest;
import nl.dichtbij.VerstelbareKlok;
import nl.dichtbij.platform.gebeurtenissen.Proefverwerking.Proefgebeurtenis;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener that fails: the schedule offers its event again without any restart, each time once
 * the wait has passed (the test moves the clock), until the limit; then the event is stopped, shown
 * to beheer without its content, and "Opnieuw aanbieden" delivers it once more. Also an event left
 * in processing by a node that died is marked failed (Modulith's staleness) and delivered again.
 * Its own context, closed afterwards, so its every-second schedule does not run on beside other tests;
 * on H2 also its own database, so it does not offer other tests' failed events again.
 */
@IntegratieTest
@Import(Proefverwerking.class)
@DirtiesContext
@TestPropertySource(properties = {
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:gebeurtenissen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "dichtbij.gebeurtenissen.herbezorging.actief=true",
        "dichtbij.gebeurtenissen.herbezorging.cron=* * * * * *",
        "dichtbij.gebeurtenissen.herbezorging.lock-minstens=PT0.5S",
        "dichtbij.gebeurtenissen.max-pogingen=3",
        "dichtbij.gebeurtenissen.wachttijd=PT2M",
        "spring.modulith.events.staleness.processing=PT2M",
        "spring.modulith.events.staleness.resubmitted=PT2M",
        "spring.modulith.events.staleness.check-intervall=PT1S"})
class GebeurtenissenIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration VOORBIJ_DE_WACHTTIJD = Duration.ofMinutes(2).plusSeconds(1);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactie;
    @Autowired VerstelbareKlok klok;

    record Stand(UUID id, String status, int pogingen, boolean afgerond) {
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void failedEventIsOfferedAgainOnScheduleUntilTheLimitThenBeheerOffersItOnceMore() throws Exception {
        String kenmerk = "mislukt-" + UUID.randomUUID();
        publiceer(kenmerk);
        await().atMost(Proefverwerking.GEDULD).until(() -> stand(kenmerk) != null && "FAILED".equals(stand(kenmerk).status()));
        assertThat(stand(kenmerk).pogingen()).isEqualTo(1);

        for (int poging = 2; poging <= 3; poging++) {
            int verwacht = poging;
            klok.verzet(VOORBIJ_DE_WACHTTIJD);
            await().atMost(Proefverwerking.GEDULD).until(() -> stand(kenmerk).pogingen() == verwacht && "FAILED".equals(stand(kenmerk).status()));
            assertThat(Proefverwerking.leveringen(kenmerk)).isEqualTo(verwacht);
        }

        klok.verzet(VOORBIJ_DE_WACHTTIJD);
        long rondes = Proefverwerking.uitgevoerd("gebeurtenissen-herbezorging");
        await().atMost(Proefverwerking.GEDULD).until(() -> Proefverwerking.uitgevoerd("gebeurtenissen-herbezorging") >= rondes + 3);
        assertThat(stand(kenmerk).pogingen()).as("past the limit: not offered again by the schedule").isEqualTo(3);
        assertThat(stand(kenmerk).status()).isEqualTo("FAILED");
        assertThat(Proefverwerking.leveringen(kenmerk)).isEqualTo(3);

        HttpClient beheer = ingelogd("beheer");
        String pagina = beheer.send(HttpRequest.newBuilder(uri("/beheer/gebeurtenissen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        UUID id = stand(kenmerk).id();
        assertThat(pagina).contains("Gebeurtenissen die niet verwerkt zijn", "Proefgebeurtenis", "ProefLuisteraar: ontvang", "3 van 3", "Gestopt",
                "/beheer/gebeurtenissen/" + id + "/opnieuw").doesNotContain(kenmerk);

        Proefverwerking.LUKT.add(kenmerk);
        HttpResponse<String> aangeboden = opnieuwAanbieden(beheer, id, pagina);
        assertThat(aangeboden.body()).contains("De gebeurtenis is opnieuw aangeboden");
        await().atMost(Proefverwerking.GEDULD).until(() -> stand(kenmerk).afgerond());
        assertThat(Proefverwerking.leveringen(kenmerk)).isEqualTo(4);
        assertThat(beheer.send(HttpRequest.newBuilder(uri("/beheer/gebeurtenissen")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .doesNotContain(id.toString());

        HttpResponse<String> nogmaals = opnieuwAanbieden(beheer, id, pagina);
        assertThat(nogmaals.body()).contains("Deze gebeurtenis is niet meer gestopt");
        assertThat(Proefverwerking.leveringen(kenmerk)).isEqualTo(4);
    }

    @Test
    void eventLeftInProcessingByADeadNodeIsMarkedFailedAndDeliveredAgain() {
        String kenmerk = "achtergelaten-" + UUID.randomUUID();
        Proefverwerking.LUKT.add(kenmerk);
        publiceer(kenmerk);
        await().atMost(Proefverwerking.GEDULD).until(() -> stand(kenmerk) != null && stand(kenmerk).afgerond());
        // the row as a node leaves it when it is killed halfway through the listener
        jdbc.sql("update event_publication set status = 'PROCESSING', completion_date = null where id = ?").param(stand(kenmerk).id()).update();

        long rondes = Proefverwerking.uitgevoerd("gebeurtenissen-herbezorging");
        await().atMost(Proefverwerking.GEDULD).until(() -> Proefverwerking.uitgevoerd("gebeurtenissen-herbezorging") >= rondes + 2);
        assertThat(stand(kenmerk).status()).as("still within the staleness: another node may be handling it").isEqualTo("PROCESSING");

        klok.verzet(VOORBIJ_DE_WACHTTIJD);
        await().atMost(Proefverwerking.GEDULD).until(() -> stand(kenmerk).afgerond());
        assertThat(Proefverwerking.leveringen(kenmerk)).isEqualTo(2);
        assertThat(stand(kenmerk).pogingen()).isEqualTo(2);
    }

    @Test
    void eventMarkedFailedAfterItCompletedIsNeverOfferedAgain() throws Exception {
        String kenmerk = "afgerond-" + UUID.randomUUID();
        Proefverwerking.LUKT.add(kenmerk);
        publiceer(kenmerk);
        await().atMost(Proefverwerking.GEDULD).until(() -> stand(kenmerk) != null && stand(kenmerk).afgerond());
        UUID id = stand(kenmerk).id();
        // the row as Modulith's staleness check leaves it when the delivery completes between its read and its update
        jdbc.sql("update event_publication set status = 'FAILED' where id = ?").param(id).update();

        klok.verzet(VOORBIJ_DE_WACHTTIJD);
        long rondes = Proefverwerking.uitgevoerd("gebeurtenissen-herbezorging");
        await().atMost(Proefverwerking.GEDULD).until(() -> Proefverwerking.uitgevoerd("gebeurtenissen-herbezorging") >= rondes + 2);
        assertThat(Proefverwerking.leveringen(kenmerk)).as("the schedule leaves a completed event alone").isEqualTo(1);

        jdbc.sql("update event_publication set completion_attempts = 3 where id = ?").param(id).update();
        HttpClient beheer = ingelogd("beheer");
        String pagina = beheer.send(HttpRequest.newBuilder(uri("/beheer/gebeurtenissen")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(pagina).doesNotContain(id.toString());
        HttpResponse<String> aangeboden = opnieuwAanbieden(beheer, id, pagina);
        assertThat(aangeboden.body()).contains("Deze gebeurtenis is niet meer gestopt");
        assertThat(Proefverwerking.leveringen(kenmerk)).isEqualTo(1);
    }

    /** Beheer's "Opnieuw aanbieden" for one event, with the CSRF token of the page it was on. */
    private HttpResponse<String> opnieuwAanbieden(HttpClient beheer, UUID id, String pagina) throws Exception {
        return beheer.send(HttpRequest.newBuilder(uri("/beheer/gebeurtenissen/" + id + "/opnieuw"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(pagina))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void publiceer(String kenmerk) {
        transactie.executeWithoutResult(s -> publisher.publishEvent(new Proefgebeurtenis(kenmerk)));
    }

    private Stand stand(String kenmerk) {
        return jdbc.sql("select id, status, completion_attempts, completion_date from event_publication where serialized_event like ?")
                .param("%" + kenmerk + "%")
                .query((rs, i) -> new Stand(rs.getObject("id", UUID.class), rs.getString("status"), rs.getInt("completion_attempts"),
                        rs.getTimestamp("completion_date") != null))
                .optional().orElse(null);
    }

    private HttpClient ingelogd(String gebruiker) throws Exception {
        return nl.dichtbij.Inloggen.als(port, gebruiker);
    }

    private static String csrf(String html) {
        return nl.dichtbij.Inloggen.csrf(html);
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
