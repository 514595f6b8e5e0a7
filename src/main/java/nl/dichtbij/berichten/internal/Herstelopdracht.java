package nl.dichtbij.berichten.internal;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute: process messages that were stored but not processed (a node stopped halfway).
 * One node per round (ShedLock, see platform/planning); processing also claims the row.
 */
@Component
class Herstelopdracht {

    private static final Logger LOG = LoggerFactory.getLogger(Herstelopdracht.class);

    private final Inkomend inkomend;
    private final Clock clock;

    Herstelopdracht(Inkomend inkomend, Clock clock) {
        this.inkomend = inkomend;
        this.clock = clock;
    }

    // All nodes fire on the same cron second; holding the lock for half the interval keeps a node
    // whose clock runs a little behind from running the same round again.
    @Scheduled(cron = "${dichtbij.berichten.herstel.cron:0 * * * * *}")
    @SchedulerLock(name = "berichten-herstel", lockAtLeastFor = "${dichtbij.berichten.herstel.lock-minstens:PT30S}",
            lockAtMostFor = "${dichtbij.berichten.herstel.lock-hoogstens:PT10M}")
    void herstel() {
        int verwerkt = inkomend.herstel(clock.instant().minus(Duration.ofMinutes(2)));
        if (verwerkt > 0) {
            LOG.info("{} blijven liggende berichten alsnog verwerkt", verwerkt);
        }
    }
}
