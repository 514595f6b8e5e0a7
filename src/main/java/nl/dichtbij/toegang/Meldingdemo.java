package nl.dichtbij.toegang;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.platform.demo.Demodeel;
import nl.dichtbij.regie.Demoverloop;
import nl.dichtbij.termijnen.Termijnbewaking;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo: the melding and the gesprek (onderzoek) of each demo case of {@link Demoverloop}; a case without a gesprek is still waiting. */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Meldingdemo implements Demodeel {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Meldingdemo.class);

    static final String DOOR = "demo-doorloop";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Demoverloop verloop;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;

    Meldingdemo(Demoverloop verloop, JdbcClient jdbc, TransactionTemplate transactie) {
        this.verloop = verloop;
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    @Override
    public String naam() {
        return "doorloop-meldingen";
    }

    @Override
    public void vullen() {
        if (jdbc.sql("select count(*) from melding where ingediend_door = ?").param(DOOR).query(Long.class).single() > 0) {
            return;
        }
        long begin = System.nanoTime();
        transactie.executeWithoutResult(s -> verloop.zaken().forEach(this::schrijf));
        log.info("Demodoorloop: meldingen en gesprekken geschreven ({} ms)", (System.nanoTime() - begin) / 1_000_000);
    }

    private void schrijf(Demoverloop.Demozaak z) {
        boolean jeugd = z.doelgroep() == Doelgroep.JEUGD;
        WettelijkeTermijn termijn = jeugd ? WettelijkeTermijn.JEUGD_BESLISSING : WettelijkeTermijn.WMO_ONDERZOEK;
        LocalDate einde = termijn.einde(z.melding());
        LocalDate risico = z.melding().plusDays((long) Math.floor(ChronoUnit.DAYS.between(z.melding(), einde) * Termijnbewaking.RISICO_GRENS));
        String professional = jeugd ? "jeugdconsulent" : "wmoconsulent";
        String naam = jeugd ? "Jasmijn Bakker" : "Willem Visser";
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into melding (versie, gemeente_code, persoon_bsn, huishouden_id, ingediend_door, omschrijving, urgentie, schulden, dreiging,
                            contactvoorkeur, kanaal, ontvangen_op, ontvangen_datum, termijn, termijn_einde, risico_datum, team_id, zaak_id, behandelaar,
                            behandelaar_naam, status)
                        values (0, ?, ?, ?, ?, ?, 'NORMAAL', false, false, 'TELEFOON', 'ONLINE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params("0632", z.bsn(), z.huishoudenId(), DOOR,
                        jeugd ? "Ons kind heeft het moeilijk thuis en op school." : "Ik red het thuis niet meer alleen.",
                        Timestamp.from(z.melding().atTime(9, 0).atZone(NEDERLAND).toInstant()), z.melding(), termijn.name(), einde, risico,
                        z.teamId(), z.zaakId(), z.gesprek() == null ? null : professional, z.gesprek() == null ? null : naam,
                        z.gesprek() == null ? MeldingStatus.ONTVANGEN.name() : MeldingStatus.ONDERZOEK_AFGEROND.name())
                .update(sleutel, "id");
        if (z.gesprek() != null) {
            jdbc.sql("""
                            insert into onderzoek (gemeente_code, melding_id, zaak_id, persoon_bsn, gehouden_op, professional, professional_naam,
                                vastgelegd_op) values ('0632', ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sleutel.getKeyAs(Number.class).longValue(), z.zaakId(), z.bsn(), z.gesprek(), professional, naam,
                            Timestamp.from(z.gesprek().atTime(16, 0).atZone(NEDERLAND).toInstant()))
                    .update();
        }
    }
}
