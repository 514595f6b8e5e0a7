package nl.dichtbij.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits failed attempts per key (an account, a person, a provider) per fixed window, in the
 * database like {@link InlogBegrenzer}, so it holds across nodes. Where the login throttle keeps
 * one row per failed attempt and locks a slot row while the password is hashed, a check here is
 * one quick lookup: an attempt is reserved up front with one conditional update per key ({@code
 * aantal < maximum}), kept when the check fails and given back when it succeeds. So however many
 * requests arrive at once, on whichever node, no more than the maximum can fail within a window.
 * Each call runs in its own transaction, so a count survives the rollback of the work around it.
 */
@Component
public class Pogingbegrenzer {

    /** A limit: at most {@code maximum} failed attempts for {@code sleutel} per {@code venster}. */
    public record Grens(String sleutel, int maximum, Duration venster) {

        public Grens {
            sleutel = sleutel.length() > 150 ? sleutel.substring(0, 150) : sleutel;
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate eigenTransactie;
    private final Clock clock;

    Pogingbegrenzer(JdbcClient jdbc, PlatformTransactionManager transacties, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reserves one attempt under every limit, all or none: false when one of them is used up.
     * Keys are taken in a fixed order, so two requests never wait for each other crosswise.
     */
    public Optional<Reservering> reserveren(List<Grens> grenzen) {
        List<Gereserveerd> geordend = grenzen.stream().sorted(Comparator.comparing(Grens::sleutel))
                .map(g -> new Gereserveerd(g.sleutel(), venster(g), g.maximum())).toList();
        geordend.forEach(this::rijAanmaken);
        Boolean gelukt = eigenTransactie.execute(status -> {
            for (Gereserveerd g : geordend) {
                int bijgeteld = jdbc.sql("update controlepoging set aantal = aantal + 1 where sleutel = ? and venster = ? and aantal < ?")
                        .params(g.sleutel(), g.venster(), g.maximum()).update();
                if (bijgeteld == 0) {
                    status.setRollbackOnly();
                    return false;
                }
            }
            return true;
        });
        return Boolean.TRUE.equals(gelukt) ? Optional.of(new Reservering(geordend)) : Optional.empty();
    }

    /** Attempts held for one check, in the windows they were taken in. */
    public record Reservering(List<Gereserveerd> plaatsen) {
    }

    record Gereserveerd(String sleutel, long venster, int maximum) {
    }

    /** The check succeeded: the reserved attempts do not count. */
    public void teruggeven(Reservering reservering) {
        eigenTransactie.executeWithoutResult(status -> reservering.plaatsen().forEach(g ->
                jdbc.sql("update controlepoging set aantal = aantal - 1 where sleutel = ? and venster = ? and aantal > 0")
                        .params(g.sleutel(), g.venster()).update()));
    }

    /** Failed attempts counted in the current window: for tests and beheer. */
    public int aantal(Grens grens) {
        return jdbc.sql("select aantal from controlepoging where sleutel = ? and venster = ?").params(grens.sleutel(), venster(grens))
                .query(Integer.class).optional().orElse(0);
    }

    /** Windows that ended more than two days ago are of no use any more. */
    public int opruimen() {
        return jdbc.sql("delete from controlepoging where venster < ?").param(clock.instant().minus(Duration.ofDays(2)).getEpochSecond()).update();
    }

    /** The row for the key's window exists once; parallel first attempts may race to make it, and the loser finds it made. */
    private void rijAanmaken(Gereserveerd g) {
        try {
            Integer nieuw = eigenTransactie.execute(status -> jdbc.sql("insert into controlepoging (sleutel, venster, aantal) values (?, ?, 0) on conflict do nothing")
                    .params(g.sleutel(), g.venster()).update());
            if (nieuw != null && nieuw > 0 && ThreadLocalRandom.current().nextInt(50) == 0) {
                // now and then, when a new window starts, the old ones go: no job needed, and the table stays small
                eigenTransactie.executeWithoutResult(status -> opruimen());
            }
        } catch (DuplicateKeyException | TransientDataAccessException e) {
            // another request made it a moment ago
        }
    }

    /** The start of the current window in epoch seconds: windows are fixed, an hour from the full hour, a day from midnight UTC. */
    private long venster(Grens grens) {
        long seconden = grens.venster().toSeconds();
        return Math.floorDiv(clock.instant().getEpochSecond(), seconden) * seconden;
    }
}
