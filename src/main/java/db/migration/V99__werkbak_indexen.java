package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Two lists of the werkbak read in the order they show (issue 24): a professional's own open meldingen, the shortest term
 * first ({@code Wachtrij.vanBehandelaar}), and the deadlines of the week ({@code Termijnbord.dezeWeek}, open aanvragen by
 * their term or its extension). On PostgreSQL partial indexes that hold only open ones, so the first rows come straight
 * from the index without sorting the municipality's meldingen or aanvragen; H2 (small municipalities) gets the plain
 * index for the meldingen and has no expression indexes.
 */
public class V99__werkbak_indexen extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                s.execute("""
                        create index melding_mijn on melding (behandelaar, gemeente_code, termijn_einde, id)
                        where status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')""");
                s.execute("""
                        create index aanvraag_termijn_team on aanvraag (gemeente_code, team_id, (coalesce(verdaagd_tot, termijn_einde)), id)
                        where besloten = false""");
                s.execute("""
                        create index aanvraag_termijn on aanvraag (gemeente_code, (coalesce(verdaagd_tot, termijn_einde)), id)
                        where besloten = false""");
            } else {
                s.execute("create index melding_mijn on melding (behandelaar, gemeente_code, termijn_einde, id)");
            }
        }
    }
}
