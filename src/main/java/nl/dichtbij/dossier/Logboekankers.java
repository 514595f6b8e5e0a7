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

    /** v2 names the chain (docs/decisions/0039); a v1 line of the first releases is the chain of the chaining step, keten 0. */
    private static final String VERSIE = "v2";
    private static final String EERSTE_VERSIE = "v1";

    private final Path bestand;
    private final Logboekzegel zegel;
    private final Clock clock;
    private final Map<String, Long> laatstVerankerd = new ConcurrentHashMap<>();

    record Anker(String gemeenteCode, int keten, long volgnummer, String hash, Instant tijdstip) {
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
    synchronized void veranker(String gemeente, int keten, long volgnummer, String hash) {
        String kop = gemeente + "/" + keten;
        if (volgnummer == 0 || Long.valueOf(volgnummer).equals(laatstVerankerd.get(kop))) {
            return;
        }
        String inhoud = String.join("|", VERSIE, gemeente, Integer.toString(keten), Long.toString(volgnummer), hash, clock.instant().toString());
        try {
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, inhoud + "|" + zegel.zegel(inhoud) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Het logboek kon niet worden verankerd in " + bestand, e);
        }
        laatstVerankerd.put(kop, volgnummer);
    }

    /** The anchors of one chain of a municipality, oldest first; a line whose seal does not fit is reported, not skipped. */
    List<Anker> van(String gemeente, int keten, List<String> vervalst) {
        if (!Files.isRegularFile(bestand)) {
            return List.of();
        }
        List<Anker> ankers = new ArrayList<>();
        try {
            for (String regel : Files.readAllLines(bestand, StandardCharsets.UTF_8)) {
                String[] delen = regel.split("\\|");
                boolean eerste = delen.length == 6 && EERSTE_VERSIE.equals(delen[0]);
                if (delen.length < 2 || !delen[1].equals(gemeente)) {
                    continue;
                }
                if (!eerste && (delen.length != 7 || !VERSIE.equals(delen[0]))) {
                    vervalst.add(regel);
                    continue;
                }
                String inhoud = regel.substring(0, regel.lastIndexOf('|'));
                if (!zegel.klopt(inhoud, delen[delen.length - 1])) {
                    vervalst.add(regel);
                    continue;
                }
                try {
                    int vanKeten = eerste ? 0 : Integer.parseInt(delen[2]);
                    int i = eerste ? 2 : 3;
                    if (vanKeten == keten) {
                        ankers.add(new Anker(delen[1], vanKeten, Long.parseLong(delen[i]), delen[i + 1], Instant.parse(delen[i + 2])));
                    }
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
