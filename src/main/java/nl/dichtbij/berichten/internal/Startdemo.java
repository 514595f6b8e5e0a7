package nl.dichtbij.berichten.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.platform.demo.Demodeel;
import nl.dichtbij.regie.Demoverloop;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the toewijzing after each granted decision in kind of a demo case of {@link Demoverloop}, and the start of the delivery
 * (as a JW305/WMO305 would report it) when it started; a personal budget has no toewijzing.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Startdemo implements Demodeel {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Startdemo.class);

    private static final String REFERENTIE = "DOORLOOP";
    /** JZ588: most care ends as planned; some early, by the client, in agreement, to another provider or domain. */
    private static final String[] REDENEN_EINDE = {"31", "31", "31", "31", "32", "34", "38", "39"};
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Demoverloop verloop;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Startdemo(Demoverloop verloop, JdbcClient jdbc, TransactionTemplate transactie, Clock clock) {
        this.verloop = verloop;
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "doorloop-starts";
    }

    @Override
    public void vullen() {
        if (jdbc.sql("select count(*) from toewijzing where referentie_aanbieder like 'DOORLOOP%'").query(Long.class).single() > 0) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        long begin = System.nanoTime();
        transactie.executeWithoutResult(s -> verloop.zaken().stream().filter(z -> z.toegewezen() != null).forEach(z -> schrijf(z, vandaag)));
        log.info("Demodoorloop: toewijzingen en starts geschreven ({} ms)", (System.nanoTime() - begin) / 1_000_000);
    }

    private void schrijf(Demoverloop.Demozaak z, LocalDate vandaag) {
        boolean jeugd = z.doelgroep() == Doelgroep.JEUGD;
        LocalDate einde = z.eindeZorg() == null ? z.besluit().plusYears(1).minusDays(1) : z.eindeZorg();
        boolean gestopt = z.start() != null && einde.isBefore(vandaag);
        jdbc.sql("""
                        insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, zaak_id, persoon_bsn, aanbieder_agb, aanbieder_naam,
                            productcategorie, productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie,
                            referentie_aanbieder, toegewezen_op, levering, levering_begindatum, levering_einddatum, reden_beeindiging)
                        values ('0632', ?, nextval('toewijzing_nummer_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, 8, '04', '4', ?, ?, ?, ?, ?, ?)""")
                .params(jeugd ? "IJW" : "IWMO", z.zaakId(), z.bsn(), jeugd ? "42420001" : "42420002",
                        jeugd ? "Jeugdhulp Voorbeeld B.V." : "Zorg Dichtbij Woerden", jeugd ? "45" : "02", jeugd ? "45A01" : "02A01",
                        jeugd ? "Ambulante jeugdhulp individueel" : "Begeleiding individueel", z.besluit(), einde, REFERENTIE + z.zaakId(),
                        Timestamp.from(z.toegewezen().atTime(10, 0).atZone(NEDERLAND).toInstant()),
                        z.start() == null ? "NIET_GESTART" : gestopt ? "GESTOPT" : "GESTART", z.start(), gestopt ? einde : null,
                        gestopt ? REDENEN_EINDE[(int) (z.zaakId() % REDENEN_EINDE.length)] : null)
                .update();
    }
}
