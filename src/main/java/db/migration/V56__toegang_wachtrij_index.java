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
public class V56__toegang_wachtrij_index extends BaseJavaMigration {

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
        s.execute("""
                create function wachtrij_telling_plus(g varchar, t bigint, o date, te date, r date, opg boolean, d int) returns void
                language plpgsql as $$
                begin
                    insert into wachtrij_telling values (g, t, o, te, r, opg, d)
                        on conflict (%s) do update set aantal = wachtrij_telling.aantal + excluded.aantal;
                    if d < 0 then
                        delete from wachtrij_telling where gemeente_code = g and team_id = t and ontvangen_datum = o
                            and termijn_einde = te and risico_datum = r and opgepakt = opg and aantal = 0;
                    end if;
                end $$""".formatted(SLEUTEL));
        // A melding that moves leaves one row and joins another; both are locked in the order of their keys, so two
        // transactions moving meldingen in opposite directions never wait for each other in a circle.
        s.execute("""
                create function wachtrij_telling_bij() returns trigger language plpgsql as $$
                declare
                    van text;
                    naar text;
                begin
                    if tg_op <> 'INSERT' and old.status <> 'ONDERZOEK_AFGEROND' then
                        van := concat_ws('|', old.gemeente_code, old.team_id, old.ontvangen_datum, old.termijn_einde, old.risico_datum,
                                         old.behandelaar is not null);
                    end if;
                    if tg_op <> 'DELETE' and new.status <> 'ONDERZOEK_AFGEROND' then
                        naar := concat_ws('|', new.gemeente_code, new.team_id, new.ontvangen_datum, new.termijn_einde, new.risico_datum,
                                          new.behandelaar is not null);
                    end if;
                    if van is not distinct from naar then
                        return null;
                    end if;
                    if naar is not null and (van is null or naar < van) then
                        perform wachtrij_telling_plus(new.gemeente_code, new.team_id, new.ontvangen_datum, new.termijn_einde,
                                                      new.risico_datum, new.behandelaar is not null, 1);
                        naar := null;
                    end if;
                    if van is not null then
                        perform wachtrij_telling_plus(old.gemeente_code, old.team_id, old.ontvangen_datum, old.termijn_einde,
                                                      old.risico_datum, old.behandelaar is not null, -1);
                    end if;
                    if naar is not null then
                        perform wachtrij_telling_plus(new.gemeente_code, new.team_id, new.ontvangen_datum, new.termijn_einde,
                                                      new.risico_datum, new.behandelaar is not null, 1);
                    end if;
                    return null;
                end $$""");
        s.execute("""
                create trigger melding_wachtrij_telling
                after insert or delete or update of status, gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar
                on melding for each row execute function wachtrij_telling_bij()""");
        s.execute("""
                insert into wachtrij_telling
                select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null, count(*)
                from melding where status <> 'ONDERZOEK_AFGEROND'
                group by gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null""");
    }
}
