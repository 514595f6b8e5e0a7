-- SQL floor of the queue's deep page as the API pages today (pagina=N: limit 25 offset N*25): count, page, persons.
select count(*) from melding where team_id = :team and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN');
select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde from melding
 where team_id = :team and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN') order by termijn_einde, ontvangen_op, id limit 25 offset :vanaf;
select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p
 where p.gemeente_code = '0632' and p.bsn = any (:bsns::varchar[]);
