package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The urgent meldingen nobody picked up yet, per team, oldest first ({@code Wachtrij.dringend}): on PostgreSQL a partial
 * index that holds only those, so it stays a few rows per team however long the queue is; H2 has no partial indexes.
 */
public class V66__toegang_dringend_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                s.execute("""
                        create index melding_dringend on melding (gemeente_code, team_id, ontvangen_op, id)
                        where status <> 'ONDERZOEK_AFGEROND' and behandelaar is null and urgentie = 'DRINGEND'""");
            } else {
                s.execute("create index melding_dringend on melding (gemeente_code, team_id, urgentie, ontvangen_op, id)");
            }
        }
    }
}
