-- SQL floor of GET /api/v1/teams (Wachtrij.standVanGemeente): the teams of Woerden and per team the open meldingen.
select id, gemeente_code, naam, doelgroep from team where gemeente_code = '0632' order by naam;
select count(*) as open_, sum(case when behandelaar is null then 1 else 0 end) as niet_opgepakt,
       sum(case when risico_datum < current_date then 1 else 0 end) as in_gevaar,
       sum(case when termijn_einde < current_date then 1 else 0 end) as verlopen, min(ontvangen_datum) as oudste
  from melding where team_id = :team and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN');
select count(*) as open_, sum(case when behandelaar is null then 1 else 0 end) as niet_opgepakt,
       sum(case when risico_datum < current_date then 1 else 0 end) as in_gevaar,
       sum(case when termijn_einde < current_date then 1 else 0 end) as verlopen, min(ontvangen_datum) as oudste
  from melding where team_id = :wmoteam and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN');
