package nl.dichtbij.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anchors the head of each municipality's chain outside the database: a sealed line per
 * checkpoint, appended to a file the application can only append to (in production a WORM
 * volume or an object store with retention lock). A chain cut short or rewritten after a
 * checkpoint no longer reaches the anchored line, even for someone who holds the key.
 */
@Component
class Logboekankers {

    private static final String VERSIE = "v1";

    private final Path bestand;
    private final Logboekzegel zegel;
    private final Clock clock;
    private final Map<String, Long> laatstVerankerd = new ConcurrentHashMap<>();

    record Anker(String gemeenteCode, long volgnummer, String hash, Instant tijdstip) {
    }

    Logboekankers(@Value("${dichtbij.logboek.ankers:data/logboek-ankers.txt}") String bestand, Logboekzegel zegel, Clock clock) {
        this.bestand = Path.of(bestand).toAbsolutePath().normalize();
        this.zegel = zegel;
        this.clock = clock;
    }

    Path bestand() {
        return bestand;
    }

    /** Appends a sealed checkpoint for this head, unless this node anchored the same head already. */
    synchronized void veranker(String gemeente, long volgnummer, String hash) {
        if (volgnummer == 0 || Long.valueOf(volgnummer).equals(laatstVerankerd.get(gemeente))) {
            return;
        }
        String inhoud = String.join("|", VERSIE, gemeente, Long.toString(volgnummer), hash, clock.instant().toString());
        try {
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, inhoud + "|" + zegel.zegel(inhoud) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Het logboek kon niet worden verankerd in " + bestand, e);
        }
        laatstVerankerd.put(gemeente, volgnummer);
    }

    /** The anchors of one municipality, oldest first; a line whose seal does not fit is reported, not skipped. */
    List<Anker> van(String gemeente, List<String> vervalst) {
        if (!Files.isRegularFile(bestand)) {
            return List.of();
        }
        List<Anker> ankers = new ArrayList<>();
        try {
            for (String regel : Files.readAllLines(bestand, StandardCharsets.UTF_8)) {
                String[] delen = regel.split("\\|");
                if (delen.length != 6 || !delen[1].equals(gemeente)) {
                    continue;
                }
                String inhoud = regel.substring(0, regel.lastIndexOf('|'));
                if (!VERSIE.equals(delen[0]) || !zegel.klopt(inhoud, delen[5])) {
                    vervalst.add(regel);
                    continue;
                }
                try {
                    ankers.add(new Anker(delen[1], Long.parseLong(delen[2]), delen[3], Instant.parse(delen[4])));
                } catch (RuntimeException onleesbaar) {
                    vervalst.add(regel);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De ankers van het logboek zijn niet te lezen uit " + bestand, e);
        }
        return ankers;
    }
}
