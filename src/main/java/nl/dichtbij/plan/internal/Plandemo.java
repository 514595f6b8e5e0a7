package nl.dichtbij.plan.internal;

import java.sql.Timestamp;
import java.time.ZoneId;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.platform.demo.Demodeel;
import nl.dichtbij.regie.Demoverloop;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the agreed plan of each demo case of {@link Demoverloop} that got that far: one goal with an action by the network
 * (informal) and/or by a provider (formal).
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Plandemo implements Demodeel {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Plandemo.class);

    private static final String DOOR = "demo-doorloop";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Demoverloop verloop;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;

    Plandemo(Demoverloop verloop, JdbcClient jdbc, TransactionTemplate transactie) {
        this.verloop = verloop;
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    @Override
    public String naam() {
        return "doorloop-plannen";
    }

    @Override
    public void vullen() {
        if (jdbc.sql("select count(*) from plan_versie where door = ?").param(DOOR).query(Long.class).single() > 0) {
            return;
        }
        long begin = System.nanoTime();
        transactie.executeWithoutResult(s -> verloop.zaken().stream().filter(z -> z.plan() != null).forEach(this::schrijf));
        log.info("Demodoorloop: plannen geschreven ({} ms)", (System.nanoTime() - begin) / 1_000_000);
    }

    private void schrijf(Demoverloop.Demozaak z) {
        boolean jeugd = z.doelgroep() == Doelgroep.JEUGD;
        String naam = jeugd ? "Jasmijn Bakker" : "Willem Visser";
        Timestamp akkoord = Timestamp.from(z.plan().atTime(11, 0).atZone(NEDERLAND).toInstant());
        long plan = invoegen(jdbc.sql("""
                        insert into plan (gemeente_code, zaak_id, huishouden_id, versienummer, gewijzigd_door_naam, gewijzigd_op, akkoord_versie,
                            akkoord_op, akkoord_door_naam) values ('0632', ?, ?, 1, ?, ?, 1, ?, 'Inwoner')""")
                .params(z.zaakId(), z.huishoudenId(), naam, akkoord, akkoord));
        jdbc.sql("insert into plan_versie (plan_id, versienummer, door, door_naam, op, wijziging) values (?, 1, ?, ?, ?, 'Plan opgesteld')")
                .params(plan, DOOR, naam, akkoord).update();
        long doel = invoegen(jdbc.sql("""
                        insert into doel (plan_id, gemeente_code, omschrijving, persoon_bsn, levensgebied, regeling, evaluatie_maanden,
                            volgende_evaluatie, actief) values (?, '0632', ?, ?, ?, ?, 6, ?, true)""")
                .params(plan, jeugd ? "Weer elke dag naar school" : "Zelfstandig thuis blijven wonen", z.bsn(),
                        jeugd ? "DAGBESTEDING" : "PRAKTISCH_FUNCTIONEREN", z.formeel() ? (jeugd ? "JEUGDWET" : "WMO") : "GEEN", z.plan().plusMonths(6)));
        if (z.informeel()) {
            actie(doel, jeugd ? "Opa brengt hem twee keer per week naar school" : "Buurvrouw doet de boodschappen", "NETWERK", z);
        }
        if (z.formeel()) {
            actie(doel, jeugd ? "Ambulante jeugdhulp" : "Begeleiding en hulp bij het huishouden", "AANBIEDER", z);
        }
    }

    private void actie(long doel, String omschrijving, String uitvoerder, Demoverloop.Demozaak z) {
        jdbc.sql("insert into actie (doel_id, gemeente_code, omschrijving, uitvoerder, vanaf, actief) values (?, '0632', ?, ?, ?, true)")
                .params(doel, omschrijving, uitvoerder, z.plan()).update();
    }

    private static long invoegen(JdbcClient.StatementSpec sql) {
        var sleutel = new GeneratedKeyHolder();
        sql.update(sleutel, "id");
        return sleutel.getKeyAs(Number.class).longValue();
    }
}
