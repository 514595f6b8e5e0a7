package nl.dichtbij.platform.kennisgeving;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the news noted by {@link Kennisgevingen#nieuws} once it has waited {@code dichtbij.kennisgeving.bundel} (5 minutes
 * by default): whatever else came in those minutes (a decision with its letter and a message, a plan with three changed
 * goals) is the same one notification. One node a round (ShedLock); each row is taken off the list before it is sent, so
 * two nodes never send it both. When no channel took it, it goes to the back of the list and is tried again after the
 * bundle's minutes, five times at most; when one channel took it and another failed, it is not sent again (the first
 * would get it twice). A node that stops between taking and sending loses that one notification: it holds no news.
 */
@Component
public class Nieuwsbundel {

    private final JdbcClient jdbc;
    private final Kennisgevingen kennisgevingen;
    private final Clock clock;
    private final Duration venster;
    private final String site;

    Nieuwsbundel(JdbcClient jdbc, Kennisgevingen kennisgevingen, Clock clock,
                 @Value("${dichtbij.kennisgeving.bundel:PT5M}") Duration venster, @Value("${dichtbij.mail.adres:}") String site) {
        this.jdbc = jdbc;
        this.kennisgevingen = kennisgevingen;
        this.clock = clock;
        this.venster = venster;
        this.site = site;
        if (!kennisgevingen.kanalen().isEmpty() && site.isBlank()) {
            // the link in every notification: with a channel on, a wrong or missing address must stop the start, not reach residents
            throw new IllegalStateException("Zet dichtbij.mail.adres op het adres van Dichtbij (https://...) als e-mail of sms aan staat.");
        }
    }

    /** How often a notification nobody could receive is tried again, each time after the bundle's minutes. */
    static final int MAX_POGINGEN = 5;

    private record Klaar(Ontvanger wie, Timestamp sinds, int pogingen) {
    }

    @Scheduled(fixedDelayString = "${dichtbij.kennisgeving.ronde:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "kennisgeving-nieuwsbundel", lockAtMostFor = "PT10M")
    public void versturen() {
        List<Klaar> klaar = jdbc.sql("""
                        select gemeente_code, voor_medewerker, eigenaar, sinds, pogingen from kennisgeving_wachtrij
                        where sinds <= ? order by sinds limit 100""")
                .param(Timestamp.from(clock.instant().minus(venster)))
                .query((rs, i) -> new Klaar(new Ontvanger(rs.getString(1), rs.getBoolean(2), rs.getString(3)), rs.getTimestamp(4), rs.getInt(5)))
                .list();
        for (Klaar k : klaar) {
            // taken off the list before sending, as it stood when read: news noted since is a new row, for the next bundle
            Ontvanger wie = k.wie();
            int genomen = jdbc.sql("delete from kennisgeving_wachtrij where gemeente_code = ? and voor_medewerker = ? and eigenaar = ? and sinds = ?")
                    .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), k.sinds()).update();
            if (genomen == 1 && kennisgevingen.stuur(wie, bericht()) == Kennisgevingen.Uitkomst.MISLUKT && k.pogingen() + 1 < MAX_POGINGEN) {
                jdbc.sql("""
                                insert into kennisgeving_wachtrij (gemeente_code, voor_medewerker, eigenaar, sinds, pogingen) values (?, ?, ?, ?, ?)
                                on conflict do nothing""")
                        .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar(), Timestamp.from(clock.instant()), k.pogingen() + 1).update();
            }
        }
    }

    /** Only residents are noted for news (a professional's werkbak is where his news is, plus his morning numbers). */
    private Bericht bericht() {
        return new Bericht("Er is nieuws voor u in Mijn Dichtbij", """
                Beste inwoner,

                Er staat nieuws voor u klaar in Mijn Dichtbij. Log in om het te lezen:
                %s/mijn

                Om uw gegevens te beschermen staat het nieuws niet in dit bericht.
                Wilt u deze berichten niet meer? Zet ze uit in Mijn Dichtbij, onder Mijn gegevens, Berichten over nieuws.

                Het sociaal team van uw gemeente""".formatted(site),
                "Er is nieuws voor u in Mijn Dichtbij. Log in om het te lezen: " + site + "/mijn");
    }
}
