package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes shaped for two of the werkbak's queries (issue 24), measured on the load test's data: a professional's open cases
 * (three queries of 0.5-0.8 ms past his closed ones) and the re-indications of his cases (1.4-2 ms over every decision of
 * the municipality ending within eight weeks). On PostgreSQL partial indexes over the open cases and the running decisions;
 * on H2 the plain indexes. (A partial index for "which of these 500 households has an open Jeugd case" made that query
 * 30-100 times slower: the driver's generic plan then filtered each of the team's cases against the 500 parameters one by
 * one instead of looking the households up; the household index it uses now stays.)
 */
public class V130__werkbak_indexen extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                s.execute("create index zaak_open_regisseur on zaak (gemeente_code, regisseur, id) include (huishouden_id, regievorm) where open");
                s.execute("create index beschikking_lopend_zaak on beschikking (zaak_id, einddatum) where status in ('VASTGESTELD', 'GEWIJZIGD')");
            } else {
                s.execute("create index zaak_open_regisseur on zaak (gemeente_code, regisseur, open, id)");
                s.execute("create index beschikking_lopend_zaak on beschikking (zaak_id, status, einddatum)");
            }
        }
    }
}
