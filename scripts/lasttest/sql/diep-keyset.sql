-- SQL floor of the queue's deep page with the cursor "na" (seek paging: the rows after the last one of the previous page,
-- in the queue's order termijn_einde, ontvangen_op, id; docs/decisions/0015), the total from wachtrij_telling, the persons.
-- :k_dag (days since 1970-01-01), :k_us (microseconds since the epoch) and :k_id are that last row.
select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde from melding
 where gemeente_code = '0632' and team_id = :team and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')
   and (termijn_einde, ontvangen_op, id) > (date '1970-01-01' + :k_dag::int, timestamptz 'epoch' + :k_us::bigint * interval '1 microsecond', :k_id::bigint)
 order by termijn_einde, ontvangen_op, id limit 26;
select coalesce(sum(aantal), 0) from wachtrij_telling where gemeente_code = '0632' and team_id = :team;
select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p
 where p.gemeente_code = '0632' and p.bsn = any (:bsns::varchar[]);
