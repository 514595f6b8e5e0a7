package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Logboek sealed as it is written, in parallel chains per municipality (docs/decisions/0039): a line names its chain
 * ({@code keten}; 0 is the chain of the chaining step, which every line written so far is in), volgnummers are unique per
 * chain, and the chain heads are kept per municipality and chain. The unique constraint and the primary key are dropped by
 * the names each database gave them.
 */
public class V129__logboek_parallelle_ketens extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        try (Statement s = c.createStatement()) {
            s.execute("alter table verwerking add column keten integer default 0 not null");
            for (String naam : uniekeBeperkingen(c, "verwerking")) {
                s.execute("alter table verwerking drop constraint \"" + naam + "\"");
            }
            s.execute("alter table verwerking add constraint verwerking_keten_volgnummer unique (gemeente_code, keten, volgnummer)");

            s.execute("alter table logboek_keten add column keten integer default 0 not null");
            s.execute(postgres ? "alter table logboek_keten drop constraint logboek_keten_pkey" : "alter table logboek_keten drop primary key");
            s.execute("alter table logboek_keten add primary key (gemeente_code, keten)");
        }
    }

    /** The unique constraints of a table (in this schema only the one on gemeente_code and volgnummer). */
    private static List<String> uniekeBeperkingen(Connection c, String tabel) throws SQLException {
        List<String> namen = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select constraint_name from information_schema.table_constraints where lower(table_name) = '" + tabel
                     + "' and constraint_type = 'UNIQUE' and lower(table_schema) = '" + c.getSchema().toLowerCase(java.util.Locale.ROOT) + "'")) {
            while (rs.next()) {
                namen.add(rs.getString(1));
            }
        }
        return namen;
    }
}
