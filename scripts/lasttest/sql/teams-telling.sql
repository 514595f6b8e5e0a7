-- SQL floor of GET /api/v1/teams for the version with wachtrij_telling (docs/decisions/0015): the teams of Woerden and
-- one query over the kept counts.
select id, gemeente_code, naam, doelgroep from team where gemeente_code = '0632' order by naam;
select team_id, sum(aantal) as open_, sum(case when opgepakt then 0 else aantal end) as niet_opgepakt,
       sum(case when risico_datum < current_date then aantal else 0 end) as in_gevaar,
       sum(case when termijn_einde < current_date then aantal else 0 end) as verlopen, min(ontvangen_datum) as oudste
  from wachtrij_telling where gemeente_code = '0632' group by team_id;
