package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A resident may withdraw his question (issue 15): a withdrawn melding is no longer open. The queue's partial indexes
 * (V63, V66), the trigger that keeps {@code wachtrij_telling} and, on H2, its view all said "open" as "not past the
 * gesprek"; they now leave out the withdrawn ones too. No melding was withdrawn before this, so the counts kept so far
 * stay right. The werkbak lists what was withdrawn lately from a professional or, untaken, from his team: two indexes.
 */
public class V77__toegang_vraag_intrekken extends BaseJavaMigration {

    static final String OPEN = "status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table melding add column ingetrokken_op timestamp with time zone");
            s.execute("alter table melding add column intrek_reden varchar(30)");
            s.execute("alter table melding add column intrek_toelichting varchar(500)");
            s.execute("create index melding_ingetrokken on melding (behandelaar, ingetrokken_op)");
            s.execute("create index melding_ingetrokken_team on melding (gemeente_code, team_id, ingetrokken_op)");
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                postgresql(s);
            } else {
                s.execute("drop view wachtrij_telling");
                s.execute("""
                        create view wachtrij_telling as
                        select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null as opgepakt,
                               count(*) as aantal
                        from melding where %s
                        group by gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null"""
                        .formatted(OPEN));
            }
        }
    }

    private static void postgresql(Statement s) throws SQLException {
        s.execute("drop index melding_wachtrij");
        s.execute("create index melding_wachtrij on melding (gemeente_code, team_id, termijn_einde, ontvangen_op, id) where " + OPEN);
        s.execute("drop index melding_wachtrij_nieuw");
        s.execute("""
                create index melding_wachtrij_nieuw on melding (gemeente_code, team_id, termijn_einde, ontvangen_op, id)
                where %s and behandelaar is null""".formatted(OPEN));
        s.execute("drop index melding_dringend");
        s.execute("""
                create index melding_dringend on melding (gemeente_code, team_id, ontvangen_op, id)
                where %s and behandelaar is null and urgentie = 'DRINGEND'""".formatted(OPEN));
        // the trigger function of V63 with the new meaning of open; the triggers keep calling it by name
        s.execute("create or replace function " + V63__toegang_wachtrij_index.telfunctie(OPEN));
    }
}
