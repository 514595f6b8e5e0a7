package nl.dichtbij.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nl.dichtbij.catalogus.Postcodegebieden;
import nl.dichtbij.platform.Gebruiker;
import nl.dichtbij.platform.Rol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The middles of the demo region's postcode areas (Woerden, its kernen, Montfoort, Linschoten), read through the same
 * import as functional management uses, so the catalogue shows distances. Approximations for the demo; production reads
 * the national CBS/PDOK file.
 */
@Component
class Postcodegebiedendemo implements Demodeel {

    private static final Logger log = LoggerFactory.getLogger(Postcodegebiedendemo.class);
    static final String BESTAND = "demo/postcodegebieden-demo.csv";
    private static final Gebruiker BEHEER = new Gebruiker("beheer", null, "Bea Smit", Rol.BEHEER, "0632", null, null);

    private final Postcodegebieden postcodegebieden;

    Postcodegebiedendemo(Postcodegebieden postcodegebieden) {
        this.postcodegebieden = postcodegebieden;
    }

    @Override
    public String naam() {
        return "postcodegebieden";
    }

    @Override
    public void vullen() {
        if (postcodegebieden.aantal() > 0) {
            return;
        }
        try (InputStream invoer = new ClassPathResource(BESTAND).getInputStream()) {
            Postcodegebieden.Verslag verslag = postcodegebieden.inlezen(BEHEER, "postcodegebieden-demo.csv (benadering voor de demo)",
                    new String(invoer.readAllBytes(), StandardCharsets.UTF_8));
            if (verslag.bestandsfout() != null || !verslag.afwijzingen().isEmpty()) {
                throw new IllegalStateException("De postcodegebieden van de demo zijn niet goed: " + verslag);
            }
            log.info("Demo: {} postcodegebieden ingelezen", verslag.nieuw());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
