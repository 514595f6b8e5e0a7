package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The staff search by surname ignoring case ({@code PersonenRegister.zoekOpNaam}: {@code lower(achternaam) like 'jans%'}):
 * on PostgreSQL an expression index with pattern operators serves the prefix for any collation, so a search stays a few
 * index pages in a municipality of a million. H2 has no expression indexes; the demo's municipality is small.
 */
public class V71__personen_zoeknaam extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            try (Statement s = c.createStatement()) {
                s.execute("create index persoon_zoeknaam on persoon (gemeente_code, lower(achternaam) varchar_pattern_ops)");
            }
        }
    }
}
