package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The team queue at national scale (docs/decisions/0015).
 * <p>
 * Its order as an index, for seek paging: on PostgreSQL partial, holding only the open meldingen, so a team's queue is
 * one short range however many meldingen were finished; the second holds those nobody picked up yet (the werkbak).
 * <p>
 * The counts of the team overview as {@code wachtrij_telling}: open meldingen per team and per combination of the
 * dates the overview compares with today (received, end of term, at risk) and picked up or not. On PostgreSQL a table
 * a trigger keeps in the same transaction as every write to melding, whoever writes it; the overview sums a few
 * hundred rows per team instead of counting 50,000 meldingen, and "in gevaar" and "verlopen" stay right as the date
 * moves on, because the dates are kept, not the answers. H2 knows neither partial indexes nor these triggers: there it
 * is one plain index and a view that counts the meldingen on each read, enough for the demo.
 */
public class V63__toegang_wachtrij_index extends BaseJavaMigration {

    private static final String SLEUTEL = "gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, opgepakt";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                postgresql(s);
            } else {
                s.execute("create index melding_wachtrij on melding (gemeente_code, team_id, termijn_einde, ontvangen_op, id)");
                s.execute("""
                        create view wachtrij_telling as
                        select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null as opgepakt,
                               count(*) as aantal
                        from melding where status <> 'ONDERZOEK_AFGEROND'
                        group by gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null""");
            }
        }
    }

    private static void postgresql(Statement s) throws SQLException {
        s.execute("""
                create index melding_wachtrij on melding (gemeente_code, team_id, termijn_einde, ontvangen_op, id)
                where status <> 'ONDERZOEK_AFGEROND'""");
        s.execute("""
                create index melding_wachtrij_nieuw on melding (gemeente_code, team_id, termijn_einde, ontvangen_op, id)
                where status <> 'ONDERZOEK_AFGEROND' and behandelaar is null""");
        s.execute("""
                create table wachtrij_telling (
                    gemeente_code varchar(4) not null,
                    team_id bigint not null,
                    ontvangen_datum date not null,
                    termijn_einde date not null,
                    risico_datum date not null,
                    opgepakt boolean not null,
                    aantal bigint not null,
                    primary key (%s)
                )""".formatted(SLEUTEL));
        s.execute("create function " + telfunctie("status <> 'ONDERZOEK_AFGEROND'"));
        // a trigger with transition tables serves one kind of statement (PostgreSQL's rule)
        s.execute("""
                create trigger melding_wachtrij_telling_nieuw after insert on melding referencing new table as nieuw
                for each statement execute function wachtrij_telling_bij()""");
        s.execute("""
                create trigger melding_wachtrij_telling_weg after delete on melding referencing old table as oud
                for each statement execute function wachtrij_telling_bij()""");
        s.execute("""
                create trigger melding_wachtrij_telling_anders after update on melding referencing old table as oud new table as nieuw
                for each statement execute function wachtrij_telling_bij()""");
        s.execute("""
                create function wachtrij_telling_leeg() returns trigger language plpgsql as $$
                begin
                    delete from wachtrij_telling;
                    return null;
                end $$""");
        s.execute("create trigger melding_wachtrij_telling_leeg after truncate on melding for each statement execute function wachtrij_telling_leeg()");
        s.execute("""
                insert into wachtrij_telling
                select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null, count(*)
                from melding where status <> 'ONDERZOEK_AFGEROND'
                group by gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null""");
    }

    /**
     * The trigger function that keeps {@code wachtrij_telling}, for a given condition of "open" (V77 narrowed it): per
     * statement, not per row, so a statement that writes many meldingen (a bulk load, a migration) changes each count
     * once, with the sum of its meldingen; keys in order, so two statements never wait for each other in a circle.
     */
    static String telfunctie(String open) {
        return """
                wachtrij_telling_bij() returns trigger language plpgsql as $$
                begin
                    if tg_op = 'INSERT' then
                        insert into wachtrij_telling as t (%1$s, aantal)
                        select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null, count(*)
                        from nieuw where %2$s
                        group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
                        on conflict (%1$s) do update set aantal = t.aantal + excluded.aantal;
                        return null;
                    end if;
                    if tg_op = 'DELETE' then
                        insert into wachtrij_telling as t (%1$s, aantal)
                        select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null, -count(*)
                        from oud where %2$s
                        group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
                        on conflict (%1$s) do update set aantal = t.aantal + excluded.aantal;
                    else
                        insert into wachtrij_telling as t (%1$s, aantal)
                        select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, opgepakt, sum(d) from (
                            select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null as opgepakt, -1 as d
                            from oud where %2$s
                            union all
                            select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null, 1
                            from nieuw where %2$s) verschil
                        group by 1, 2, 3, 4, 5, 6 having sum(d) <> 0 order by 1, 2, 3, 4, 5, 6
                        on conflict (%1$s) do update set aantal = t.aantal + excluded.aantal;
                    end if;
                    delete from wachtrij_telling t using oud o
                    where t.aantal = 0 and t.gemeente_code = o.gemeente_code and t.team_id = o.team_id and t.ontvangen_datum = o.ontvangen_datum
                        and t.termijn_einde = o.termijn_einde and t.risico_datum = o.risico_datum and t.opgepakt = (o.behandelaar is not null);
                    return null;
                end $$""".formatted(SLEUTEL, open);
    }
}
