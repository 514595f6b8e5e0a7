-- SQL floor of GET /werk (WerkbakController.werkbak) for the version of issue 24: the count of the meldingen nobody
-- picked up from the kept counts (wachtrij_telling, docs/decisions/0015) and the 18-/18+ tasks read from the register by
-- birth date, one portion of 500 (docs/decisions/0016). Each of the page's queries once: the session, the consulent's
-- own meldingen, the team's queue of meldingen nobody picked up (count, page, persons), his cases, the waakvlam tasks,
-- the first portion of youths turning 18 and their open Jeugd cases, the evaluations and re-indications of his cases,
-- the deadlines this week (the first 26: the werkbak shows 25 and links to the rest), the decisions waiting for a second
-- signature, who is on duty today.
select s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval, sa.attribute_name, sa.attribute_bytes
  from spring_session s left join spring_session_attributes sa on s.primary_id = sa.session_primary_id
 where s.session_id = '00000000-0000-0000-0000-000000000000';
select id, gemeente_code, naam, doelgroep from team where id = :team;
select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde from melding
 where behandelaar = 'jeugdconsulent' and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN') order by termijn_einde, id limit 100;
select coalesce(sum(aantal), 0) from wachtrij_telling where gemeente_code = '0632' and team_id = :team and not opgepakt;
select id, persoon_bsn, status, urgentie, kanaal, behandelaar_naam, ontvangen_op, ontvangen_datum, termijn_einde from melding
 where team_id = :team and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN') and behandelaar is null
 order by termijn_einde, ontvangen_op, id limit 25 offset 0;
select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p
 where p.gemeente_code = '0632' and p.bsn = any (:bsns::varchar[]);
select id, open, versie, regievorm, regisseur, geopend_op, gesloten_op, lead_team_id, sluitreden, gemeente_code, huishouden_id,
       regisseur_naam, waakvlam_datum, waakvlam_afgerond from zaak where gemeente_code = '0632' and regisseur = 'jeugdconsulent' and open = true;
select id, waakvlam_datum from zaak where gemeente_code = '0632' and regisseur = 'jeugdconsulent' and open = false
   and waakvlam_afgerond = false and waakvlam_datum <= current_date order by waakvlam_datum limit 100;
select bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum from persoon p
 where p.gemeente_code = '0632' and p.geboortedatum > (current_date - interval '18 years')::date
   and p.geboortedatum <= coalesce((select q.geboortedatum from persoon q where q.gemeente_code = '0632'
         and q.geboortedatum > (current_date - interval '18 years')::date
         and q.geboortedatum <= (current_date + interval '6 months' - interval '18 years')::date
         order by q.geboortedatum limit 1 offset 499), (current_date + interval '6 months' - interval '18 years')::date)
 order by p.geboortedatum, p.bsn;
select huishouden_id, max(id) as zaak_id from zaak where gemeente_code = '0632' and open = true and lead_team_id = :team
   and huishouden_id in (select huishouden_id from persoon where gemeente_code = '0632'
         and geboortedatum > (current_date - interval '18 years')::date order by geboortedatum limit 500)
 group by huishouden_id;
select p.zaak_id, d.id as doel_id, d.omschrijving, d.volgende_evaluatie as datum from doel d join plan p on p.id = d.plan_id
 where d.gemeente_code = '0632' and d.actief = true and d.volgende_evaluatie <= current_date
   and p.zaak_id in (select id from zaak where gemeente_code = '0632' and regisseur = 'jeugdconsulent' and open = true)
 order by d.volgende_evaluatie limit 100;
select id, zaak_id, product_omschrijving, einddatum from beschikking
 where gemeente_code = '0632' and status in ('VASTGESTELD', 'GEWIJZIGD') and einddatum is not null
   and einddatum >= current_date and einddatum <= current_date + 56
   and zaak_id in (select id from zaak where gemeente_code = '0632' and regisseur = 'jeugdconsulent' and open = true)
 order by einddatum limit 100;
select id, zaak_id, omschrijving, coalesce(verdaagd_tot, termijn_einde) as uiterlijk from aanvraag
 where gemeente_code = '0632' and besloten = false and coalesce(verdaagd_tot, termijn_einde) <= current_date + 4 and team_id = :team
 order by uiterlijk, id limit 26;
select b.id, b.zaak_id, b.beslissen_uiterlijk from bezwaar b
 where b.gemeente_code = '0632' and b.status = 'OPEN' and b.beslissen_uiterlijk <= current_date + 4
   and b.zaak_id in (select a.zaak_id from aanvraag a where a.team_id = :team) order by b.beslissen_uiterlijk, b.id limit 26;
select id, gemeente_code, aanvraag_id, zaak_id, persoon_bsn, wet, uitkomst, status, genomen_door, genomen_op from beschikking
 where gemeente_code = '0632' and status = 'WACHT_OP_TWEEDE' and genomen_door <> 'jeugdconsulent' order by genomen_op, id;
select gebruikersnaam from team_dienst where team_id = :team and datum = current_date;
