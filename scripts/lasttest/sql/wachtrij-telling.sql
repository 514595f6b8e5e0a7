-- SQL floor of GET /api/v1/teams/{team}/wachtrij, page 0, for the version with seek paging and wachtrij_telling
-- (docs/decisions/0015): the page (one row more, to know there is a next one), the total from the kept counts, the
-- persons of the page. pgbench -M prepared; :team the Jeugdteam, :bsns 25 BSNs of Woerden ('{...}').
select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde from melding
 where gemeente_code = '0632' and team_id = :team and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN') order by termijn_einde, ontvangen_op, id limit 26;
select coalesce(sum(aantal), 0) from wachtrij_telling where gemeente_code = '0632' and team_id = :team;
select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p
 where p.gemeente_code = '0632' and p.bsn = any (:bsns::varchar[]);
