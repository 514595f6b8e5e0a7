package nl.dichtbij.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.aopalliance.intercept.MethodInterceptor;

import nl.dichtbij.Inloggen;
import nl.dichtbij.IntegratieTest;
import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.gemeente.Gemeenten;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The Logboek off the critical path (docs/decisions/0013, 0039) on a pool of three connections: every
 * request that logs holds at most one connection, its lines are sealed and written in one batch when
 * it is done, also when it rolls back, into one of the municipality's parallel chains. Lines written
 * unsealed by earlier releases are sealed by the chaining step afterwards. With
 * the Logboek of old (a second connection per request for the log line) sixteen parallel requests
 * on three connections wait for each other until the pool times out and answer 503. To make that
 * certain rather than likely, a gate holds the first three requests at the moment they log, each
 * inside its own transaction with its connection, until all three are there.
 */
@IntegratieTest
@DirtiesContext
@Import(LogboekOnderDrukIT.Poort.class)
@TestPropertySource(properties = {
        "spring.datasource.hikari.maximum-pool-size=3",
        "spring.datasource.hikari.minimum-idle=3",
        // long enough for a queue of sixteen on a busy machine, short enough that a deadlock fails the test quickly
        "spring.datasource.hikari.connection-timeout=10000"})
class LogboekOnderDrukIT {

    private static final int GELIJKTIJDIG = 16;
    /** Eventually, not a timing claim: the chaining step runs every second, the machine may be busy. */
    private static final Duration GEDULD = Duration.ofSeconds(90);
    private static final String WACHTRIJ = "GET /teams/{teamId}";

    @LocalServerPort int port;
    @Autowired nl.dichtbij.personen.Inschrijvingen inschrijvingen;
    @Autowired java.time.Clock klok;
    @Autowired JdbcClient jdbc;
    @Autowired Logboek logboek;
    @Autowired Gemeenten gemeenten;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactiebeheer;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void sixteenParallelRequestsOnAPoolOfThreeAllAnswerAndAllTheirLinesAreChained() throws Exception {
        // the teamleider's page of the Jeugdteam's queue, in one session (parallel password checks of one account take turns)
        String pad = "/teams/" + gemeenten.teamVoor("0632", Doelgroep.JEUGD).id();
        HttpClient teamleider = Inloggen.als(port, "teamleider");

        // one request alone tells how many residents the queue shows, each a line in the Logboek
        long eerste = laatsteId();
        assertThat(teamleider.send(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        long perVerzoek = regelsNa(eerste);
        assertThat(perVerzoek).as("the queue shows residents, each logged once per request").isPositive();

        long voor = laatsteId();
        Poort.DICHT.set(new CountDownLatch(3));
        List<CompletableFuture<HttpResponse<String>>> antwoorden = new ArrayList<>();
        for (int i = 0; i < GELIJKTIJDIG; i++) {
            antwoorden.add(teamleider.sendAsync(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> antwoord : antwoorden) {
            assertThat(antwoord.get().statusCode()).as(antwoord.get().body()).isEqualTo(200);
        }
        assertThat(Poort.DICHT.getAndSet(null).getCount()).as("three requests met at the gate").isZero();

        assertThat(regelsNa(voor)).as("every line of every request is in the Logboek").isEqualTo(GELIJKTIJDIG * perVerzoek);
        assertThat(jdbc.sql("""
                        select count(*) from verwerking where id > ? and gemeente_code = '0632' and actor = 'teamleider' and bron = ?
                            and volgnummer is null""").params(voor, WACHTRIJ).query(Long.class).single())
                .as("sealed as they are written").isZero();
        assertThat(jdbc.sql("select count(distinct keten) from verwerking where id > ? and gemeente_code = '0632' and bron = ?")
                .params(voor, WACHTRIJ).query(Long.class).single()).as("parallel writers spread over the chains").isGreaterThan(1);
        Logboek.Controle controle = logboek.controleer("0632");
        assertThat(controle.intact()).as(controle.uitleg()).isTrue();
    }

    @Test
    void aRequestThatRollsBackStillLeavesItsLine() throws Exception {
        var iemand = nl.dichtbij.Testhuishouden.in("0632").volwassene(49).inschrijven(inschrijvingen, klok)
                .volwassene();
        String bsn = iemand.bsn();
        String verkeerdeDatum = iemand.geboortedatum().plusDays(3).toString();
        String melding = """
                {"persoonBsn":"%s","geboortedatum":"%s","omschrijving":"Het lukt thuis niet meer.","levensgebieden":["praktisch-functioneren"],
                 "urgentie":"NORMAAL","contactvoorkeur":"TELEFOON","telefoon":"06 12345678","kanaal":"TELEFOON"}""".formatted(bsn, verkeerdeDatum);

        HttpResponse<String> antwoord = http.send(verzoek("/api/v1/meldingen").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(melding)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from melding where persoon_bsn = ?").param(bsn).query(Long.class).single())
                .as("the request's own work is rolled back").isZero();
        assertThat(jdbc.sql("""
                        select count(*) from verwerking where gemeente_code = '0632' and actor = 'jeugdconsulent' and betrokkene_bsn = ?
                            and handeling = 'CONTROLE_MISLUKT' and bron = 'POST /api/v1/meldingen'""").param(bsn).query(Long.class).single())
                .as("a look is a look: the failed check is in the Logboek").isEqualTo(1);
    }

    /** A line as releases before 0039 wrote it: unsealed, in chain 0, whose head they made first. */
    private void ongeketend(String gemeente, String bsn) {
        jdbc.sql("insert into logboek_keten (gemeente_code, keten, volgnummer, hash) values (?, 0, 0, ?) on conflict do nothing")
                .params(gemeente, Logboek.BEGIN).update();
        jdbc.sql("""
                        insert into verwerking (gemeente_code, tijdstip, actor, actor_naam, actor_rol, betrokkene_bsn, categorie, handeling, grondslag, bron)
                        values (?, ?, 'tester', 'Tester', 'CONSULENT', ?, 'PLAN', 'INZIEN', 'Test', 'GET /test')""")
                .params(gemeente, java.sql.Timestamp.from(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)), bsn).update();
    }

    @Test
    void tamperingWithLinesTheChainingStepSealedIsDetected() {
        String gemeente = "6" + (System.nanoTime() % 900 + 100);
        for (int i = 1; i <= 5; i++) {
            ongeketend(gemeente, "33333333" + i);
        }
        assertThat(logboek.alleVan(gemeente, "333333333")).as("readers show a line whether it is chained yet or not").hasSize(1);
        await().atMost(GEDULD).untilAsserted(() -> assertThat(jdbc.sql("select count(*) from verwerking where gemeente_code = ? and volgnummer is not null")
                .param(gemeente).query(Long.class).single()).as("sealed by the scheduled step").isEqualTo(5));
        assertThat(logboek.controleer(gemeente).intact()).isTrue();

        jdbc.sql("update verwerking set actor_naam = 'Iemand anders' where gemeente_code = ? and volgnummer = 3").param(gemeente).update();
        Logboek.Controle gewijzigd = logboek.controleer(gemeente);
        assertThat(gewijzigd.intact()).isFalse();
        assertThat(gewijzigd.eersteFout()).isEqualTo(3);
        jdbc.sql("update verwerking set actor_naam = 'Tester' where gemeente_code = ? and volgnummer = 3").param(gemeente).update();
        assertThat(logboek.controleer(gemeente).intact()).isTrue();

        // a forged line at the end, with the head moved along: the seal cannot be made without the key
        String kop = jdbc.sql("select hash from logboek_keten where gemeente_code = ? and keten = 0").param(gemeente).query(String.class).single();
        jdbc.sql("""
                        insert into verwerking (gemeente_code, volgnummer, tijdstip, actor, actor_naam, actor_rol, betrokkene_bsn, categorie, handeling,
                            grondslag, bron, vorige_hash, hash) values (?, 6, current_timestamp, 'tester', 'Tester', 'CONSULENT', '444444440', 'PLAN',
                            'INZIEN', 'Test', 'GET /test', ?, ?)""").params(gemeente, kop, "f".repeat(64)).update();
        jdbc.sql("update logboek_keten set volgnummer = 6, hash = ? where gemeente_code = ? and keten = 0").params("f".repeat(64), gemeente).update();
        Logboek.Controle ingevoegd = logboek.controleer(gemeente);
        assertThat(ingevoegd.intact()).isFalse();
        assertThat(ingevoegd.eersteFout()).isEqualTo(6);

        jdbc.sql("delete from verwerking where gemeente_code = ? and volgnummer in (2, 6)").param(gemeente).update();
        Logboek.Controle verwijderd = logboek.controleer(gemeente);
        assertThat(verwijderd.intact()).isFalse();
        assertThat(verwijderd.eersteFout()).isEqualTo(2);
    }

    @Test
    void theScheduledStepLeavesAHeadAnotherStepHoldsInsteadOfWaitingForIt() throws Exception {
        String gemeente = "7" + (System.nanoTime() % 900 + 100);
        ongeketend(gemeente, "555555550");
        logboek.keten(gemeente);
        ongeketend(gemeente, "555555551");

        var transacties = new org.springframework.transaction.support.TransactionTemplate(transactiebeheer);
        CountDownLatch vast = new CountDownLatch(1);
        CountDownLatch los = new CountDownLatch(1);
        // threads of their own: the common pool may have a single thread on a small machine
        var draden = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Void> houder = CompletableFuture.runAsync(() -> transacties.executeWithoutResult(status -> {
            jdbc.sql("select hash from logboek_keten where gemeente_code = ? and keten = 0 for update").param(gemeente).query(String.class).single();
            vast.countDown();
            try {
                los.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), draden);
        assertThat(vast.await(1, TimeUnit.MINUTES)).isTrue();
        try {
            // a step that waited for the head would hang here until the holder lets go (and hold a connection meanwhile)
            CompletableFuture.supplyAsync(logboek::ketenAlles, draden).get(1, TimeUnit.MINUTES);
            assertThat(wachtend(gemeente)).as("left to the step that holds the head").isEqualTo(1);
        } finally {
            los.countDown();
            houder.get(1, TimeUnit.MINUTES);
            draden.shutdown();
        }
        await().atMost(GEDULD).untilAsserted(() -> assertThat(wachtend(gemeente)).as("the next step seals it").isZero());
        assertThat(logboek.controleer(gemeente).intact()).isTrue();
    }

    private long wachtend(String gemeente) {
        return jdbc.sql("select count(*) from verwerking where gemeente_code = ? and volgnummer is null").param(gemeente).query(Long.class).single();
    }

    private long laatsteId() {
        return jdbc.sql("select coalesce(max(id), 0) from verwerking").query(Long.class).single();
    }

    private long regelsNa(long id) {
        return jdbc.sql("select count(*) from verwerking where id > ? and gemeente_code = '0632' and actor = 'teamleider' and bron = ?")
                .params(id, WACHTRIJ).query(Long.class).single();
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }

    private HttpRequest.Builder verzoek(String pad) {
        return HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("jeugdconsulent:demo".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * While armed, the first three calls to {@link DossierLog} wait for each other (at most 30 s): three requests
     * at once that hold their transaction's connection and log, on a pool of three.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Poort {

        static final AtomicReference<CountDownLatch> DICHT = new AtomicReference<>();

        @Bean
        static BeanPostProcessor poortVoorHetLogboek() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    if (!(bean instanceof DossierLog)) {
                        return bean;
                    }
                    ProxyFactory proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice((MethodInterceptor) aanroep -> {
                        CountDownLatch poort = DICHT.get();
                        if (poort != null && poort.getCount() > 0) {
                            poort.countDown();
                            poort.await(30, TimeUnit.SECONDS);
                        }
                        return aanroep.proceed();
                    });
                    return proxy.getProxy();
                }
            };
        }
    }
}
