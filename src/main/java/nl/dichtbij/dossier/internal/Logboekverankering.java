package nl.dichtbij.dossier.internal;

import nl.dichtbij.dossier.Logboek;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute: the heads of the Logboek chains anchored outside the database (only heads that moved are written). */
@Component
class Logboekverankering {

    private final Logboek logboek;

    Logboekverankering(Logboek logboek) {
        this.logboek = logboek;
    }

    @Scheduled(fixedDelayString = "${dichtbij.logboek.anker-interval:PT1M}", initialDelayString = "PT20S")
    void veranker() {
        logboek.verankerAlles();
    }
}
