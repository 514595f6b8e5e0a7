package nl.dichtbij.dossier.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.dichtbij.dossier.Logboek;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every second: the Logboek lines written since the last round sealed into their municipality's
 * chain (docs/decisions/0013). One node per round (ShedLock, see platform/planning); a check or an
 * anchor on any node chains first as well, and the lock of each chain head keeps two chaining
 * steps from interleaving.
 */
@Component
class Logboekketen {

    private final Logboek logboek;

    Logboekketen(Logboek logboek) {
        this.logboek = logboek;
    }

    // All nodes fire on the same second; holding the lock for half the interval keeps a node whose clock
    // runs a little behind from running the same round again. A round of a node that died frees after a minute.
    @Scheduled(cron = "${dichtbij.logboek.keten-cron:* * * * * *}")
    @SchedulerLock(name = "logboek-keten", lockAtLeastFor = "${dichtbij.logboek.keten-lock-minstens:PT0.5S}",
            lockAtMostFor = "${dichtbij.logboek.keten-lock-hoogstens:PT1M}")
    void keten() {
        logboek.ketenAlles();
    }
}
