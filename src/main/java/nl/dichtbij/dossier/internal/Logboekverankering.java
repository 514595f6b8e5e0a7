package nl.dichtbij.dossier.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.dichtbij.dossier.Logboek;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute: the heads of the Logboek chains anchored outside the database (only heads that
 * moved are written). One node per round (ShedLock, see platform/planning), so the shared anchor
 * file gets each head once.
 */
@Component
class Logboekverankering {

    private final Logboek logboek;

    Logboekverankering(Logboek logboek) {
        this.logboek = logboek;
    }

    // All nodes fire on the same cron second; holding the lock for half the interval keeps a node
    // whose clock runs a little behind from running the same round again.
    @Scheduled(cron = "${dichtbij.logboek.anker-cron:20 * * * * *}")
    @SchedulerLock(name = "logboek-verankering", lockAtLeastFor = "${dichtbij.logboek.anker-lock-minstens:PT30S}",
            lockAtMostFor = "${dichtbij.logboek.anker-lock-hoogstens:PT10M}")
    void veranker() {
        logboek.verankerAlles();
    }
}
