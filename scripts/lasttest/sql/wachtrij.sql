-- SQL floor of GET /api/v1/teams/{team}/wachtrij, page 0 (Wachtrij.vanTeam): the count, the page, the persons of the page.
-- pgbench -M prepared; :team the Jeugdteam, :bsns 25 BSNs of Woerden ('{...}'). Leaves out what the endpoint adds:
-- authentication and the Logboek dataverwerkingen (one insert per person shown).
select count(*) from melding where team_id = :team and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN');
select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde from melding
 where team_id = :team and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN') order by termijn_einde, ontvangen_op, id limit 25 offset 0;
select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p
 where p.gemeente_code = '0632' and p.bsn = any (:bsns::varchar[]);
