package nl.dichtbij.platform.gebeurtenissen;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every 30 seconds one node offers failed events again (see {@link Gebeurtenissen#automatischOpnieuw()}).
 * Replaces Modulith's republishing on restart, which also republished what another live node was
 * still handling, and left failed events alone until some node restarted.
 */
@Component
@ConditionalOnBooleanProperty(name = "dichtbij.gebeurtenissen.herbezorging.actief", matchIfMissing = true)
class Herbezorging {

    private static final Logger LOG = LoggerFactory.getLogger(Herbezorging.class);

    private final Gebeurtenissen gebeurtenissen;

    Herbezorging(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    // All nodes fire on the same cron second; the lock is held for half the interval, so a node
    // whose clock is a little behind finds the round already done.
    @Scheduled(cron = "${dichtbij.gebeurtenissen.herbezorging.cron:*/30 * * * * *}")
    @SchedulerLock(name = "gebeurtenissen-herbezorging", lockAtLeastFor = "${dichtbij.gebeurtenissen.herbezorging.lock-minstens:PT15S}",
            lockAtMostFor = "${dichtbij.gebeurtenissen.herbezorging.lock-hoogstens:PT5M}")
    void herbezorg() {
        int aangeboden = gebeurtenissen.automatischOpnieuw();
        if (aangeboden > 0) {
            LOG.info("{} mislukte gebeurtenissen opnieuw aangeboden", aangeboden);
        }
    }
}
