package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 gives every foreign key an index of its own when no index starts with its columns yet; V2 created
 * persoon_huishouden and ouder_kind_kind after those, so on H2 each is a second copy of an index on the same column
 * that every insert of the demo population (65,000 persons on the first start) kept up to date for nothing. PostgreSQL
 * makes no index for a foreign key, so there these two are the only ones and stay.
 */
public class V50__personen_dubbele_h2_indexen extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop index if exists persoon_huishouden");
            s.execute("drop index if exists ouder_kind_kind");
        }
    }
}
