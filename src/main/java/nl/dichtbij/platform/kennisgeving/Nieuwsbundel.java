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
 * goals) is the same one notification. One node a round (ShedLock). A delivery that fails stays noted and is tried again
 * the next round; one that succeeded but whose removal failed is sent once more, harmless as it holds no news.
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

    @Scheduled(fixedDelayString = "${dichtbij.kennisgeving.ronde:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "kennisgeving-nieuwsbundel", lockAtMostFor = "PT10M")
    public void versturen() {
        List<Ontvanger> klaar = jdbc.sql("""
                        select gemeente_code, voor_medewerker, eigenaar from kennisgeving_wachtrij where sinds <= ? order by sinds limit 500""")
                .param(Timestamp.from(clock.instant().minus(venster)))
                .query((rs, i) -> new Ontvanger(rs.getString(1), rs.getBoolean(2), rs.getString(3))).list();
        for (Ontvanger wie : klaar) {
            if (kennisgevingen.stuur(wie, bericht(wie))) {
                jdbc.sql("delete from kennisgeving_wachtrij where gemeente_code = ? and voor_medewerker = ? and eigenaar = ?")
                        .params(wie.gemeenteCode(), wie.medewerker(), wie.eigenaar()).update();
            }
        }
    }

    private Bericht bericht(Ontvanger wie) {
        String pad = wie.medewerker() ? "/werk" : "/mijn";
        String plek = wie.medewerker() ? "Dichtbij" : "Mijn Dichtbij";
        return new Bericht("Er is nieuws voor u in " + plek, """
                Beste %s,

                Er staat nieuws voor u klaar in %s. Log in om het te lezen:
                %s%s

                Om uw gegevens te beschermen staat het nieuws niet in dit bericht.
                Wilt u deze berichten niet meer? Zet ze uit in %s, onder Berichten over nieuws.

                Het sociaal team van uw gemeente""".formatted(wie.medewerker() ? "collega" : "inwoner", plek, site, pad, plek),
                "Er is nieuws voor u in " + plek + ". Log in om het te lezen: " + site + pad);
    }
}
