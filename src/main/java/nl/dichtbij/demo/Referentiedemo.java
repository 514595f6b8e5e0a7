package nl.dichtbij.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import nl.dichtbij.sturing.Importverslag;
import nl.dichtbij.sturing.Referentiecijfers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Woerden's reference figures (issue 21) from ../shared/docs/reference-figures.md: households with 3 or more provisions in
 * the province (40 per 1,000) and the country and size class (50) beside Woerden's own 50, and the national stacking per
 * person of 2015 (55 / 28 / 24 / 4 per 1,000 inhabitants). Read by beleid's own import from the CSV shipped with the demo,
 * the way a municipality would read it.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Referentiedemo implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(Referentiedemo.class);
    static final String BESTAND = "demo/referentiecijfers-woerden.csv";

    private final Referentiecijfers referenties;

    Referentiedemo(Referentiecijfers referenties) {
        this.referenties = referenties;
    }

    @Override
    public String naam() {
        return "referenties";
    }

    @Override
    public void vullen() {
        if (!referenties.alle(Inkoopcontracten.BELEID_WOERDEN.gemeenteCode()).isEmpty()) {
            return;
        }
        try (InputStream invoer = new ClassPathResource(BESTAND).getInputStream()) {
            Importverslag verslag = referenties.importeer(Inkoopcontracten.BELEID_WOERDEN, "referentiecijfers-woerden.csv", invoer);
            if (verslag.bestandsfout() != null || !verslag.afwijzingen().isEmpty()) {
                throw new IllegalStateException("De referentiecijfers van de demo zijn niet goed: " + verslag);
            }
            log.info("Demo: {} referentiecijfers van Woerden ingelezen", verslag.opgeslagen());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
