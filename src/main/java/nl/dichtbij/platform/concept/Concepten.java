package nl.dichtbij.platform.concept;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.dichtbij.platform.Gebruiker;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Drafts of forms, one per person and form (the form's own address). Only the person who typed it reads it back: a
 * resident acting for someone else has a draft of his own for that person. Kept {@code dichtbij.concepten.bewaartermijn}
 * (14 days), then removed: a draft is for interrupted work, not an archive.
 */
@Service
public class Concepten {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration bewaartermijn;

    Concepten(JdbcClient jdbc, Clock clock, @Value("${dichtbij.concepten.bewaartermijn:P14D}") Duration bewaartermijn) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bewaartermijn = bewaartermijn;
    }

    /** Saves what the browser sent; the last save wins. */
    public Instant bewaar(Gebruiker gebruiker, String formulier, Map<String, String[]> velden) {
        String inhoud = Formulierinhoud.codeer(velden);
        Instant nu = clock.instant();
        Timestamp tijd = Timestamp.from(nu);
        int gewijzigd = wijzig(gebruiker, formulier, inhoud, tijd);
        if (gewijzigd == 0) {
            try {
                jdbc.sql("insert into concept (gemeente_code, eigenaar, formulier, inhoud, bewaard_op) values (?, ?, ?, ?, ?)")
                        .params(gebruiker.gemeenteCode(), eigenaar(gebruiker), formulier, inhoud, tijd).update();
            } catch (DuplicateKeyException tegelijk) {
                wijzig(gebruiker, formulier, inhoud, tijd); // a second tab saved the same form at the same moment
            }
        }
        return nu;
    }

    public Optional<Concept> van(Gebruiker gebruiker, String formulier) {
        return jdbc.sql("select inhoud, bewaard_op from concept where eigenaar = ? and formulier = ? and gemeente_code = ? and bewaard_op > ?")
                .params(eigenaar(gebruiker), formulier, gebruiker.gemeenteCode(), Timestamp.from(clock.instant().minus(bewaartermijn)))
                .query((rs, i) -> new Concept(Formulierinhoud.decodeer(rs.getString("inhoud")), rs.getTimestamp("bewaard_op").toInstant()))
                .optional();
    }

    public void weggooien(Gebruiker gebruiker, String formulier) {
        jdbc.sql("delete from concept where eigenaar = ? and formulier = ?").params(eigenaar(gebruiker), formulier).update();
    }

    @Scheduled(cron = "${dichtbij.concepten.opruimen:0 17 3 * * *}")
    @SchedulerLock(name = "concepten-opruimen", lockAtMostFor = "PT10M")
    public void opruimen() {
        jdbc.sql("delete from concept where bewaard_op < ?").param(Timestamp.from(clock.instant().minus(bewaartermijn))).update();
    }

    private int wijzig(Gebruiker gebruiker, String formulier, String inhoud, Timestamp tijd) {
        return jdbc.sql("update concept set inhoud = ?, bewaard_op = ? where eigenaar = ? and formulier = ?")
                .params(inhoud, tijd, eigenaar(gebruiker), formulier).update();
    }

    /** The login and, when he acts for someone, that person: a draft for one's child is not one's own draft. */
    private static String eigenaar(Gebruiker gebruiker) {
        return gebruiker.gebruikersnaam() + "|" + (gebruiker.bsn() == null ? "" : gebruiker.bsn());
    }
}
