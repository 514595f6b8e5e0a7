package nl.dichtbij.platform.gebeurtenissen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.dichtbij.DichtbijApplication;
import nl.dichtbij.platform.gebeurtenissen.Proefverwerking.Proefgebeurtenis;
import nl.dichtbij.platform.gebeurtenissen.Proefverwerking.Ronde;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes: two application contexts on one PostgreSQL database, as two servers run them. Every
 * scheduled job (message recovery, event resubmission, anchoring the Logboek) fires on both nodes on the same cron
 * second, every two seconds; in each round exactly one node runs it. A node that starts leaves alone
 * an event the other node is handling (no republishing on restart); an event left in processing by
 * a node that died is delivered again by exactly one node.
 * <p>
 * Needs PostgreSQL ({@code SPRING_DATASOURCE_URL}); on H2 it skips itself: CI runs it in its
 * PostgreSQL phase. Other application contexts of the test run may share the database and take a
 * round now and then, which only means that neither of these two nodes runs that round.
 */
class TweeNodesIT {

    private static final String HERSTEL = "berichten-herstel";
    private static final String HERBEZORGING = "gebeurtenissen-herbezorging";
    private static final String VERANKERING = "logboek-verankering";
    private static final long RONDE_MS = 2000;

    @Test
    void everyJobRunsOncePerRoundAcrossTwoNodesAndALeftBehindEventIsHandledByOne() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs PostgreSQL (SPRING_DATASOURCE_URL); CI runs it there");
        ConfigurableApplicationContext a = null;
        ConfigurableApplicationContext b = null;
        try {
            a = node("A", true);
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            String kenmerk = "twee-nodes-" + UUID.randomUUID();
            Proefverwerking.LUKT.add(kenmerk);
            ApplicationEventPublisher publisher = a;
            a.getBean(TransactionTemplate.class).executeWithoutResult(s -> publisher.publishEvent(new Proefgebeurtenis(kenmerk)));
            await().atMost(Proefverwerking.GEDULD).until(() -> "COMPLETED".equals(status(jdbc, kenmerk)));
            // the row as it is while node A's listener runs (dated ahead, so it stays "just started" while B starts)
            Timestamp zojuist = Timestamp.from(Instant.now().plus(Duration.ofHours(1)));
            jdbc.sql("update event_publication set status = 'PROCESSING', completion_date = null, publication_date = ?, last_resubmission_date = ?"
                    + " where serialized_event like ?").params(zojuist, zojuist, "%" + kenmerk + "%").update();

            b = node("B", false);
            Instant beideKlaar = Instant.now();
            assertThat(Proefverwerking.leveringen(kenmerk)).as("a node that starts does not republish what another node is handling").isEqualTo(1);

            List<String> taken = List.of(HERSTEL, HERBEZORGING, VERANKERING);
            await().atMost(Proefverwerking.GEDULD).until(() -> taken.stream().allMatch(taak -> uitgevoerdeRondes(taak, beideKlaar).size() >= 4));
            for (String taak : taken) {
                Map<Long, List<Ronde>> perRonde = uitgevoerdeRondes(taak, beideKlaar);
                assertThat(perRonde).as("%s: rounds run by more than one node", taak).allSatisfy((ronde, lopen) -> assertThat(lopen).hasSize(1));
                assertThat(pogingen(taak, beideKlaar)).as("%s: both nodes fired", taak).containsExactlyInAnyOrder("A", "B");
            }
            assertThat(status(jdbc, kenmerk)).as("in flight on a live node: left alone").isEqualTo("PROCESSING");
            assertThat(Proefverwerking.leveringen(kenmerk)).isEqualTo(1);

            // node A is killed halfway through: its delivery began longer ago than the staleness
            Timestamp toen = Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)));
            jdbc.sql("update event_publication set publication_date = ?, last_resubmission_date = ? where serialized_event like ?")
                    .params(toen, toen, "%" + kenmerk + "%").update();
            await().atMost(Proefverwerking.GEDULD).until(() -> "COMPLETED".equals(status(jdbc, kenmerk)));
            long na = Proefverwerking.uitgevoerd(HERBEZORGING);
            await().atMost(Proefverwerking.GEDULD).until(() -> Proefverwerking.uitgevoerd(HERBEZORGING) >= na + 3);
            assertThat(Proefverwerking.leveringen(kenmerk)).as("the first delivery and exactly one more, on one node").isEqualTo(2);
            assertThat(status(jdbc, kenmerk)).isEqualTo("COMPLETED");
        } finally {
            sluit(b);
            sluit(a);
        }
    }

    /** Rounds that one of the two nodes ran, by the cron second they were fired for. */
    private static Map<Long, List<Ronde>> uitgevoerdeRondes(String taak, Instant vanaf) {
        return rondes(taak, vanaf).filter(Ronde::uitgevoerd)
                .collect(Collectors.groupingBy(r -> Math.round(r.gestart().toEpochMilli() / (double) RONDE_MS)));
    }

    private static Set<String> pogingen(String taak, Instant vanaf) {
        return rondes(taak, vanaf).map(Ronde::node).collect(Collectors.toSet());
    }

    private static Stream<Ronde> rondes(String taak, Instant vanaf) {
        return Proefverwerking.RONDES.stream().filter(r -> r.taak().equals(taak) && Set.of("A", "B").contains(r.node()) && r.gestart().isAfter(vanaf));
    }

    private static String status(JdbcClient jdbc, String kenmerk) {
        return jdbc.sql("select status from event_publication where serialized_event like ?").param("%" + kenmerk + "%")
                .query(String.class).optional().orElse(null);
    }

    /** The second node starts when the first is ready and without demo data, which the first already made. */
    private static ConfigurableApplicationContext node(String naam, boolean demo) {
        return new SpringApplicationBuilder(DichtbijApplication.class, Proefverwerking.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("geenTestconfiguratie", new GeenTestconfiguratie()))
                .run("--server.port=0", "--proef.node=" + naam, "--dichtbij.demo.enabled=" + demo,
                        "--dichtbij.berichten.herstel.cron=*/2 * * * * *", "--dichtbij.berichten.herstel.lock-minstens=PT1.5S",
                        "--dichtbij.logboek.anker-cron=*/2 * * * * *", "--dichtbij.logboek.anker-lock-minstens=PT1.5S",
                        "--dichtbij.gebeurtenissen.herbezorging.actief=true", "--dichtbij.gebeurtenissen.herbezorging.cron=*/2 * * * * *",
                        "--dichtbij.gebeurtenissen.herbezorging.lock-minstens=PT1.5S", "--dichtbij.gebeurtenissen.wachttijd=PT2S",
                        "--spring.modulith.events.staleness.processing=PT2S", "--spring.modulith.events.staleness.resubmitted=PT2S",
                        "--spring.modulith.events.staleness.check-intervall=PT1S");
    }

    private static void sluit(ConfigurableApplicationContext node) {
        if (node != null) {
            node.close();
        }
    }

    /** Component scanning of a plain application would also find the tests' configurations (the fixed test clock). */
    static final class GeenTestconfiguratie extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader lezer, MetadataReaderFactory fabriek) throws IOException {
            return lezer.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object ander) {
            return ander instanceof GeenTestconfiguratie;
        }

        @Override
        public int hashCode() {
            return GeenTestconfiguratie.class.hashCode();
        }
    }
}
