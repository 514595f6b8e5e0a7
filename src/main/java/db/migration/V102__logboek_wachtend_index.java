package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The chaining step reads a municipality's unchained Logboek lines in the order of their id (issue 24). Without an index
 * for them it walked the primary key past every chained line: half a second a round at two million lines, slower than a
 * busy day writes, so the backlog grew. On PostgreSQL a partial index that holds only the waiting lines; on H2 the plain
 * index on (municipality, volgnummer, id), whose null volgnummers come first.
 */
public class V102__logboek_wachtend_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                s.execute("create index verwerking_wachtend on verwerking (gemeente_code, id) where volgnummer is null");
            } else {
                s.execute("create index verwerking_wachtend on verwerking (gemeente_code, volgnummer, id)");
            }
        }
    }
}
