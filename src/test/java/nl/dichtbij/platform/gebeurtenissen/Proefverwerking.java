package nl.dichtbij.platform.gebeurtenissen;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutorListener;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A test event with a listener that fails until the test lets it succeed, and a record of every
 * round of the scheduled jobs. Static, so two application contexts in one JVM (two nodes) write to
 * the same record; {@code proef.node} names the node.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Proefverwerking {

    public record Proefgebeurtenis(String kenmerk) {
    }

    /** One delivery of a test event: which node handled it. */
    record Levering(String kenmerk, String node) {
    }

    /** One round of a scheduled job on one node: it took the lock and ran, or found it taken. */
    record Ronde(String taak, String node, Instant gestart, boolean uitgevoerd) {
    }

    /** How long a test waits for something the schedule does in the background; generous, for a busy machine. */
    static final Duration GEDULD = Duration.ofSeconds(90);

    static final List<Levering> LEVERINGEN = new CopyOnWriteArrayList<>();
    static final Set<String> LUKT = ConcurrentHashMap.newKeySet();
    static final List<Ronde> RONDES = new CopyOnWriteArrayList<>();

    static long leveringen(String kenmerk) {
        return LEVERINGEN.stream().filter(l -> l.kenmerk().equals(kenmerk)).count();
    }

    static long uitgevoerd(String taak) {
        return RONDES.stream().filter(r -> r.taak().equals(taak) && r.uitgevoerd()).count();
    }

    @Bean
    ProefLuisteraar proefLuisteraar(Environment omgeving) {
        return new ProefLuisteraar(omgeving.getProperty("proef.node", "een"));
    }

    @Bean
    LockingTaskExecutorListener rondes(Environment omgeving) {
        String node = omgeving.getProperty("proef.node", "een");
        return new LockingTaskExecutorListener() {
            @Override
            public void onLockAcquired(LockConfiguration taak) {
                RONDES.add(new Ronde(taak.getName(), node, gestart(taak), true));
            }

            @Override
            public void onLockNotAcquired(LockConfiguration taak) {
                RONDES.add(new Ronde(taak.getName(), node, gestart(taak), false));
            }

            private Instant gestart(LockConfiguration taak) {
                return taak.getLockAtMostUntil().minus(taak.getLockAtMostFor());
            }
        };
    }

    public static class ProefLuisteraar {

        private final String node;

        ProefLuisteraar(String node) {
            this.node = node;
        }

        @ApplicationModuleListener
        public void ontvang(Proefgebeurtenis gebeurtenis) {
            LEVERINGEN.add(new Levering(gebeurtenis.kenmerk(), node));
            if (!LUKT.contains(gebeurtenis.kenmerk())) {
                throw new IllegalStateException("Proef: de verwerking mislukt met opzet");
            }
        }
    }

    static Map<String, Long> perNode(String kenmerk) {
        return LEVERINGEN.stream().filter(l -> l.kenmerk().equals(kenmerk)).collect(Collectors.groupingBy(Levering::node, Collectors.counting()));
    }
}
