package nl.dichtbij.platform.gebeurtenissen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import nl.dichtbij.platform.Pagina;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Service;

/**
 * The events (Modulith's event publications) that were not handled: failed ones, which are offered
 * again until {@link GebeurtenissenInstellingen#maxPogingen()} deliveries were tried, stopped ones
 * (dead letters: only beheer offers them again) and ones still in flight long after their start
 * (their node may have died; Modulith's staleness check marks them failed).
 * Reads Modulith's table {@code event_publication} (schema V2) for the overview, which the API
 * cannot page; every change of state goes through Modulith.
 */
@Service
class Gebeurtenissen {

    enum Toestand {
        GESTOPT("Gestopt"), MISLUKT("Mislukt, wordt opnieuw geprobeerd"), VASTGELOPEN("Blijft hangen");

        private final String label;

        Toestand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One event for one listener; deliberately without the event's content, which may hold personal data. */
    record Onafgemaakt(UUID id, Gebeurtenisnaam gebeurtenis, Gebeurtenisnaam verwerker, Instant gebeurdOp, Instant laatstePoging,
                       int pogingen, Toestand toestand) {
    }

    enum Aanbieding { AANGEBODEN, NIET_GESTOPT, BEZET }

    record Telling(long gestopt, long mislukt, long vastgelopen) {
        long totaal() {
            return gestopt + mislukt + vastgelopen;
        }
    }

    private static final String LAATSTE_POGING = "coalesce(last_resubmission_date, publication_date)";
    private static final String POGINGEN = "coalesce(completion_attempts, 1)";
    private static final String ONAFGEMAAKT = " from event_publication where completion_date is null and (status = 'FAILED'"
            + " or (status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED') and " + LAATSTE_POGING + " < :grens))";
    private static final String TOESTAND = "case when status = 'FAILED' and " + POGINGEN + " >= :max then 0 when status = 'FAILED' then 1 else 2 end";

    private static final String HANDMATIG = "gebeurtenissen-opnieuw-aanbieden";

    private final JdbcClient jdbc;
    private final LockingTaskExecutor sloten;
    private final FailedEventPublications mislukt;
    private final GebeurtenissenInstellingen instellingen;
    private final Clock clock;

    Gebeurtenissen(JdbcClient jdbc, LockProvider sloten, FailedEventPublications mislukt, GebeurtenissenInstellingen instellingen, Clock clock,
                   @Value("${spring.modulith.events.staleness.processing:0s}") Duration verouderdBezig,
                   @Value("${spring.modulith.events.staleness.resubmitted:0s}") Duration verouderdOpnieuw) {
        // Modulith measures staleness from the first publication, so an event offered again later
        // may be marked failed while it still runs; the wait keeps it from being offered twice.
        if (instellingen.wachttijd().compareTo(verouderdBezig) < 0 || instellingen.wachttijd().compareTo(verouderdOpnieuw) < 0) {
            throw new IllegalStateException("dichtbij.gebeurtenissen.wachttijd (" + instellingen.wachttijd()
                    + ") moet minstens spring.modulith.events.staleness.processing en .resubmitted zijn");
        }
        this.jdbc = jdbc;
        this.sloten = new DefaultLockingTaskExecutor(sloten);
        this.mislukt = mislukt;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    Pagina<Onafgemaakt> onafgemaakt(int pagina) {
        int nummer = Math.max(0, pagina);
        Telling telling = telling();
        List<Onafgemaakt> regels = jdbc.sql("select id, event_type, listener_id, publication_date, " + LAATSTE_POGING + " as laatste_poging, "
                        + POGINGEN + " as pogingen, " + TOESTAND + " as toestand" + ONAFGEMAAKT
                        + " order by toestand, publication_date desc, id limit :grootte offset :offset")
                .param("grens", grens()).param("max", instellingen.maxPogingen())
                .param("grootte", Pagina.STANDAARD_GROOTTE).param("offset", (long) nummer * Pagina.STANDAARD_GROOTTE)
                .query(this::regel).list();
        return new Pagina<>(regels, nummer, Pagina.STANDAARD_GROOTTE, telling.totaal());
    }

    Telling telling() {
        return jdbc.sql("select coalesce(sum(case when " + TOESTAND + " = 0 then 1 else 0 end), 0), coalesce(sum(case when " + TOESTAND
                        + " = 1 then 1 else 0 end), 0), coalesce(sum(case when " + TOESTAND + " = 2 then 1 else 0 end), 0)" + ONAFGEMAAKT)
                .param("grens", grens()).param("max", instellingen.maxPogingen())
                .query((rs, i) -> new Telling(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /**
     * One round of the schedule: failed events under the limit whose last delivery began at least
     * the wait ago are offered again, at most {@link GebeurtenissenInstellingen#perRonde()}.
     */
    int automatischOpnieuw() {
        Instant grens = clock.instant().minus(instellingen.wachttijd());
        AtomicInteger gekozen = new AtomicInteger();
        mislukt.resubmit(alleMislukte(p -> nietAfgerond(p) && p.getCompletionAttempts() < instellingen.maxPogingen()
                && laatstePoging(p).isBefore(grens) && gekozen.getAndIncrement() < instellingen.perRonde()));
        return Math.min(gekozen.get(), instellingen.perRonde());
    }

    /**
     * Beheer offers a stopped event once more. Under a lock of its own, so two clicks on two nodes
     * cannot both find it still failed and deliver it twice.
     */
    Aanbieding opnieuwAanbieden(UUID id) {
        try {
            var resultaat = sloten.executeWithLock(() -> {
                AtomicBoolean gevonden = new AtomicBoolean();
                mislukt.resubmit(alleMislukte(p -> p.getIdentifier().equals(id) && nietAfgerond(p) && p.getCompletionAttempts() >= instellingen.maxPogingen()
                        && gevonden.compareAndSet(false, true)));
                return gevonden.get() ? Aanbieding.AANGEBODEN : Aanbieding.NIET_GESTOPT;
            }, new LockConfiguration(ClockProvider.now(), HANDMATIG, Duration.ofMinutes(1), Duration.ZERO));
            return resultaat.wasExecuted() ? resultaat.getResult() : Aanbieding.BEZET;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    int maxPogingen() {
        return instellingen.maxPogingen();
    }

    Duration wachttijd() {
        return instellingen.wachttijd();
    }

    /** Modulith reads a batch before filtering; all failed ones, so stopped ones cannot crowd out the rest. */
    private static ResubmissionOptions alleMislukte(Predicate<EventPublication> keuze) {
        return ResubmissionOptions.defaults().withBatchSize(Integer.MAX_VALUE).withFilter(keuze);
    }

    /**
     * Modulith's staleness check reads the resubmitted events, then marks each failed without
     * looking at its state; a delivery that completes in between is left FAILED with a completion
     * date. Such an event was handled and is never offered again.
     */
    private static boolean nietAfgerond(EventPublication publicatie) {
        return publicatie.getCompletionDate().isEmpty();
    }

    private static Instant laatstePoging(EventPublication publicatie) {
        Instant laatste = publicatie.getLastResubmissionDate();
        return laatste != null ? laatste : publicatie.getPublicationDate();
    }

    private Timestamp grens() {
        return Timestamp.from(clock.instant().minus(instellingen.wachttijd()));
    }

    private Onafgemaakt regel(ResultSet rs, int rij) throws SQLException {
        return new Onafgemaakt(rs.getObject("id", UUID.class), Gebeurtenisnaam.vanType(rs.getString("event_type")),
                Gebeurtenisnaam.vanVerwerker(rs.getString("listener_id")), rs.getTimestamp("publication_date").toInstant(),
                rs.getTimestamp("laatste_poging").toInstant(), rs.getInt("pogingen"), Toestand.values()[rs.getInt("toestand")]);
    }
}
