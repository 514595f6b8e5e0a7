package nl.dichtbij.dossier.internal;

import java.sql.Timestamp;
import java.time.Clock;

import nl.dichtbij.platform.demo.Demodeel;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Henk de Wit has authorised his daughter Sanne, his mantelzorger, to act for him; Tom (16)
 * decides himself since his birthday (docs/decisions/0006) and has authorised his mother too.
 */
@Component
@ConditionalOnBooleanProperty("dichtbij.demo.enabled")
class DossierDemoData implements Demodeel {

    // the test persona (demo/Testpersonen); dossier's demo part writes its own table until it moves to the demo module
    private static final String SANNE_BSN = "999900018";
    private static final String TOM_BSN = "999900006";
    private static final String HENK_BSN = "999900031";

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "machtigingen";
    }

    @Override
    public void vullen() {
        machtiging(HENK_BSN, "Henk de Wit");
        machtiging(TOM_BSN, "Tom de Wit");
    }

    private void machtiging(String van, String naam) {
        boolean er = jdbc.sql("select count(*) from vertegenwoordiging where vertegenwoordigde_bsn = ?").param(van).query(Long.class).single() > 0;
        if (!er) {
            jdbc.sql("""
                            insert into vertegenwoordiging (gemeente_code, vertegenwoordigde_bsn, vertegenwoordiger_bsn, grond, alleen_inzien,
                                vastgelegd_door, vastgelegd_op) values ('0632', ?, ?, 'MACHTIGING', false, ?, ?)""")
                    .params(van, SANNE_BSN, naam, Timestamp.from(clock.instant())).update();
        }
    }
}
