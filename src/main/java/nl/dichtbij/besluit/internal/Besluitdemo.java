package nl.dichtbij.besluit.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.ZoneId;

import nl.dichtbij.gemeente.Doelgroep;
import nl.dichtbij.platform.demo.Demodeel;
import nl.dichtbij.regie.Demoverloop;
import nl.dichtbij.termijnen.WettelijkeTermijn;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the aanvraag of each demo case of {@link Demoverloop} whose plan needs formal help, and the decision on it when it was
 * taken: Jeugdwet for the Jeugdteam, Wmo for the Wmo-team, in kind or as a personal budget, a few refused.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class Besluitdemo implements Demodeel {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Besluitdemo.class);

    private static final String DOOR = "demo-doorloop";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Demoverloop verloop;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;

    Besluitdemo(Demoverloop verloop, JdbcClient jdbc, TransactionTemplate transactie) {
        this.verloop = verloop;
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    @Override
    public String naam() {
        return "doorloop-besluiten";
    }

    @Override
    public void vullen() {
        if (jdbc.sql("select count(*) from aanvraag where ingediend_door = ?").param(DOOR).query(Long.class).single() > 0) {
            return;
        }
        long begin = System.nanoTime();
        transactie.executeWithoutResult(s -> verloop.zaken().stream().filter(z -> z.aanvraag() != null).forEach(this::schrijf));
        log.info("Demodoorloop: aanvragen en besluiten geschreven ({} ms)", (System.nanoTime() - begin) / 1_000_000);
    }

    private void schrijf(Demoverloop.Demozaak z) {
        boolean jeugd = z.doelgroep() == Doelgroep.JEUGD;
        String wet = jeugd ? "JEUGDWET" : "WMO";
        WettelijkeTermijn termijn = jeugd ? WettelijkeTermijn.JEUGD_BESCHIKKING : WettelijkeTermijn.WMO_BESCHIKKING;
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aanvraag (gemeente_code, zaak_id, team_id, persoon_bsn, wet, omschrijving, ingediend_door, ontvangen_datum,
                            termijn_einde, besloten) values ('0632', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(z.zaakId(), z.teamId(), z.bsn(), wet, jeugd ? "Ambulante jeugdhulp" : "Begeleiding individueel", DOOR, z.aanvraag(),
                        termijn.einde(z.aanvraag()), z.besluit() != null)
                .update(sleutel, "id");
        if (z.besluit() == null) {
            return;
        }
        String naam = jeugd ? "Jasmijn Bakker" : "Willem Visser";
        boolean pgb = z.toegekend() && z.pgb();
        jdbc.sql("""
                        insert into beschikking (gemeente_code, aanvraag_id, zaak_id, persoon_bsn, wet, uitkomst, motivering, productcode,
                            product_omschrijving, productcategorie, volume, eenheid, frequentie, ingangsdatum, einddatum, vorm, aanbieder_naam, pgb_bedrag,
                            status, genomen_door, genomen_door_naam, genomen_op, verzonden_datum, bezwaar_tot)
                        values ('0632', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '04', '4', ?, ?, ?, ?, ?, 'VASTGESTELD', ?, ?, ?, ?, ?)""")
                .params(sleutel.getKeyAs(Number.class).longValue(), z.zaakId(), z.bsn(), wet, z.toegekend() ? "TOEKENNING" : "AFWIJZING",
                        z.toegekend() ? "Uit het onderzoek blijkt dat de ondersteuning nodig is." : "Het netwerk en algemene voorzieningen zijn voldoende.",
                        z.toegekend() ? (jeugd ? "45A01" : "02A01") : null,
                        z.toegekend() ? (jeugd ? "Ambulante jeugdhulp individueel" : "Begeleiding individueel") : null,
                        z.toegekend() ? (jeugd ? "45" : "02") : null, z.toegekend() ? 8 : null,
                        z.toegekend() ? z.besluit() : null, z.toegekend() ? z.besluit().plusYears(1).minusDays(1) : null,
                        z.toegekend() ? (pgb ? "PGB" : "ZIN") : null,
                        z.toegekend() && !pgb ? (jeugd ? "Jeugdhulp Voorbeeld B.V." : "Zorg Dichtbij Woerden") : null,
                        pgb ? new BigDecimal("4800.00") : null, jeugd ? "jeugdconsulent" : "wmoconsulent", naam,
                        Timestamp.from(z.besluit().atTime(14, 0).atZone(NEDERLAND).toInstant()), z.besluit(), z.besluit().plusWeeks(6))
                .update();
    }
}
