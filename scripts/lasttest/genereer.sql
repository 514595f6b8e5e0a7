-- Data generator of the load test (scripts/lasttest.sh, issue 24): fills a Dichtbij database that the application has
-- migrated and filled with its demo (Woerden 0632 and Montfoort 0335, the demo accounts) with :meldingen consistent
-- meldingen, set-based (insert ... select ... from generate_series), in one transaction.
--
--   psql -v meldingen=1000000 -v gemeenten=60 -f genereer.sql
--
-- What it adds, for M = :meldingen:
--   * :gemeenten municipalities 9001.. ("Lastdorp n", region LASTTEST) with a Jeugdteam and a Wmo-team each, as
--     Inrichting.gemeenteInrichten makes them, and 8 colleague accounts per team (no password: they cannot log in);
--   * per melding one household (id 100,000,000 + i) of two persons (BSNs from 800,000,000 on that pass the elfproef):
--     a parent and a child (ouder_kind) for the Jeugdteam, two adults for the Wmo-team; the melding is about the
--     child resp. the first adult, so every melding's person is in the register in the melding's municipality;
--   * per household one case (zaak) led by the melding's team, open while the melding is open and for half of the
--     finished ones; every melding belongs to its household's case;
--   * for every finished melding (status ONDERZOEK_AFGEROND) of the Jeugdteam and for half of those of the Wmo-team an
--     aanvraag 30 days after the melding, and a beschikking (toekenning, ZIN, one year) once its term has passed;
--   * the spread: M/20 open meldingen in Woerden's Jeugdteam (the demo consulent's team: 50,000 at 1,000,000) and as many
--     finished ones, 3% in Woerden's Wmo-team (30% open), the rest over the other municipalities (skewed: a few big
--     ones, many small), 40% Jeugd, 25% open. Open meldingen arrived in the last 70 days (so about a fifth of the Jeugd
--     ones is past its 8-week term), finished ones between 30 and 1,030 days ago. Open: 45% not picked up (ONTVANGEN,
--     no handler), 40% IN_BEHANDELING, 15% INTAKE_GEPLAND. The demo consulent (jeugdconsulent) handles 30 open
--     meldingen of his team and is regisseur of their cases and of 20 more open cases.
-- Terms as the application sets them (WettelijkeTermijn): Jeugd 8 weeks to the decision, Wmo 6 weeks to the onderzoek
-- (one in ten: schuldhulp, 4 weeks), the end moved off the weekend, risico_datum at 80% of the term.
\set ON_ERROR_STOP 1
\timing off
set client_min_messages = warning;
begin;

select (:meldingen)::bigint as m,
       greatest(1, (:meldingen) / 20)::bigint as w,
       ((:meldingen) * 3 / 100)::bigint as c,
       coalesce((select max(id) from zaak), 0) as zbase,
       coalesce((select max(id) from melding), 0) as mbase,
       coalesce((select max(id) from aanvraag), 0) as abase,
       coalesce((select max(id) from beschikking), 0) as bbase,
       (select team_id from account where gebruikersnaam = 'jeugdconsulent') as jeugdteam,
       (select team_id from account where gebruikersnaam = 'wmoconsulent') as wmoteam
\gset

-- The counts of the team overview (wachtrij_telling, docs/decisions/0015), when this version of the application keeps
-- them: rebuilt from melding at the end, as its migration builds them; its row trigger (when it has one by that name)
-- stays off during the bulk insert, which the rebuild makes up for.
select exists (select 1 from pg_class where relname = 'wachtrij_telling' and relkind = 'r') as telling,
       exists (select 1 from pg_trigger where tgname = 'melding_wachtrij_telling' and tgrelid = 'melding'::regclass) as telling_trigger
\gset
\if :telling_trigger
alter table melding disable trigger melding_wachtrij_telling;
\endif

-- municipalities, teams and colleagues
insert into regio (code, naam) values ('LASTTEST', 'Lasttest-land') on conflict do nothing;
insert into gemeente (code, naam, regio_code)
select (9000 + g)::text, 'Lastdorp ' || g, 'LASTTEST' from generate_series(1, :gemeenten) g;
insert into team (gemeente_code, naam, doelgroep)
select (9000 + g)::text, t.naam || ' Lastdorp ' || g, t.doelgroep
from generate_series(1, :gemeenten) g, (values (1, 'Jeugdteam', 'JEUGD'), (2, 'Wmo-team', 'WMO')) t (volgorde, naam, doelgroep)
order by g, t.volgorde;

create temp table lt_gemeente on commit drop as
select 0 as gidx, '0632'::varchar(4) as code, 'Woerden'::varchar(100) as naam, (:jeugdteam)::bigint as jeugd_team, (:wmoteam)::bigint as wmo_team
union all
select g, (9000 + g)::text, 'Lastdorp ' || g,
       (select id from team where gemeente_code = (9000 + g)::text and doelgroep = 'JEUGD'),
       (select id from team where gemeente_code = (9000 + g)::text and doelgroep = 'WMO')
from generate_series(1, :gemeenten) g;

insert into account (gebruikersnaam, wachtwoord_hash, naam, rol, gemeente_code, team_id)
select 'lt-' || t.id || '-' || n, null, 'Collega ' || n || ' ' || t.naam, 'CONSULENT', t.gemeente_code, t.id
from team t join lt_gemeente g on t.id in (g.jeugd_team, g.wmo_team), generate_series(1, 8) n
on conflict do nothing;

-- nine-digit numbers from 800,000,000 on that pass the elfproef, numbered 1, 2, ...
create temp table lt_bsn on commit drop as
select row_number() over (order by k) as nr, (k * 10 + s % 11)::text as bsn
from (select k, 9 * (k / 10000000 % 10) + 8 * (k / 1000000 % 10) + 7 * (k / 100000 % 10) + 6 * (k / 10000 % 10)
                + 5 * (k / 1000 % 10) + 4 * (k / 100 % 10) + 3 * (k / 10 % 10) + 2 * (k % 10) as s
      from generate_series(80000000::bigint, 80000000 + (:meldingen) * 2 * 12 / 10 + 100) k) x
where s % 11 < 10;
create index on lt_bsn (nr);

-- one row per melding: where it lands and its dice
create temp table lt on commit drop as
with b as (select i, random() as r1, random() as r2, random() as r3 from generate_series(1, (:m)::bigint) i)
select i,
       case when i <= 2 * :w + :c then 0 else 1 + least(:gemeenten - 1, floor(:gemeenten * power(r1, 1.7))::int) end as gidx,
       case when i <= 2 * :w then true when i <= 2 * :w + :c then false else r2 < 0.4 end as jeugd,
       case when i <= :w then true when i <= 2 * :w then false when i <= 2 * :w + :c then r3 < 0.3 else r3 < 0.25 end as open,
       random() as r4, random() as r5, random() as r6, random() as r7, random() as r8
from b;
alter table lt add column team_id bigint, add column gemeente_code varchar(4), add column gemeente_naam varchar(100),
    add column ontvangen_op timestamptz, add column weken int, add column termijn varchar(40), add column status varchar(30),
    add column behandelaar varchar(100), add column behandelaar_naam varchar(200), add column zaak_open boolean,
    add column regisseur varchar(100), add column regisseur_naam varchar(200);
update lt set team_id = case when lt.jeugd then g.jeugd_team else g.wmo_team end, gemeente_code = g.code, gemeente_naam = g.naam,
              ontvangen_op = case when lt.open then now() - lt.r4 * interval '70 days'
                                  else now() - interval '30 days' - lt.r4 * interval '1000 days' end,
              weken = case when lt.jeugd then 8 when lt.r8 < 0.1 then 4 else 6 end,
              termijn = case when lt.jeugd then 'JEUGD_BESLISSING' when lt.r8 < 0.1 then 'SCHULDHULP_EERSTE_GESPREK' else 'WMO_ONDERZOEK' end,
              status = case when not lt.open then 'ONDERZOEK_AFGEROND'
                            when lt.i <= :w and lt.i % greatest(1, :w / 30) = 0 then 'IN_BEHANDELING'
                            when lt.r5 < 0.45 then 'ONTVANGEN' when lt.r5 < 0.85 then 'IN_BEHANDELING' else 'INTAKE_GEPLAND' end,
              zaak_open = lt.open or lt.r7 < 0.5
from lt_gemeente g where g.gidx = lt.gidx;
update lt set behandelaar = case when i <= :w and i % greatest(1, :w / 30) = 0 then 'jeugdconsulent'
                                 when status = 'ONTVANGEN' then null
                                 else 'lt-' || team_id || '-' || (1 + floor(r6 * 8)::int) end;
update lt set behandelaar_naam = case when behandelaar = 'jeugdconsulent' then 'Jasmijn Bakker'
                                      when behandelaar is not null then 'Collega ' || (1 + floor(r6 * 8)::int)
                                           || case when jeugd then ' Jeugdteam ' else ' Wmo-team ' end || gemeente_naam end,
              regisseur = case when zaak_open and i > :w and i <= 2 * :w and i % greatest(1, :w / 20) = 0 then 'jeugdconsulent'
                               when zaak_open then coalesce(behandelaar, case when not open then 'lt-' || team_id || '-' || (1 + floor(r6 * 8)::int) end) end;
update lt set regisseur_naam = case when regisseur = 'jeugdconsulent' then 'Jasmijn Bakker'
                                    when regisseur is not null then 'Collega ' || (1 + floor(r6 * 8)::int)
                                         || case when jeugd then ' Jeugdteam ' else ' Wmo-team ' end || gemeente_naam end;

-- the register: households and persons
insert into huishouden (id, gemeente_code, straat, huisnummer, postcode, woonplaats, wijk)
select 100000000 + i, gemeente_code,
       (array['Kerkstraat', 'Molenweg', 'Dorpsstraat', 'Julianalaan', 'Beatrixstraat', 'Schoolstraat', 'Rijnkade', 'Prinses Irenelaan',
              'Wilhelminastraat', 'Sportlaan', 'Eikenlaan', 'Populierenweg'])[1 + (i % 12)::int],
       (1 + (i / 12) % 180)::text, lpad((1000 + (i * 37) % 8999)::text, 4, '0') || chr(65 + (i % 26)::int) || chr(65 + (i / 26 % 26)::int),
       gemeente_naam, 'Wijk ' || (1 + i % 9)
from lt;

insert into persoon (bsn, gemeente_code, huishouden_id, voornaam, tussenvoegsel, achternaam, geboortedatum)
select case when p.rol = 1 then b1.bsn else b2.bsn end, lt.gemeente_code, 100000000 + lt.i,
       (array['Anna', 'Bram', 'Chantal', 'Daan', 'Emma', 'Finn', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Kim', 'Lars', 'Mila', 'Noah',
              'Olivia', 'Pieter', 'Quinten', 'Rosa', 'Sem', 'Tess', 'Usman', 'Vera', 'Wouter', 'Yara', 'Zeynep', 'Mohamed', 'Fatima',
              'Luuk', 'Sophie', 'Ahmed'])[1 + ((lt.i * 7 + p.rol * 13) % 30)::int],
       case when lt.i % 5 = 0 then (array['de', 'van', 'van der', 'van den', 'de'])[1 + (lt.i / 5 % 5)::int] end,
       (array['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Hendriks',
              'Dekker', 'Dijkstra', 'Brouwer', 'Kok', 'Jacobs', 'Vermeulen', 'van Dijk', 'Willems', 'Yilmaz', 'El Idrissi', 'Koster',
              'Prins', 'Huisman', 'Kuiper', 'Postma', 'Veenstra', 'Schouten', 'Maas', 'Verbeek', 'Kaya', 'Hoekstra', 'Timmermans',
              'Groen', 'Boer', 'Wijnands', 'Lammers', 'Hermans', 'Evers'])[1 + (lt.i * 31 % 40)::int],
       case when p.rol = 2 and lt.jeugd then current_date - 1 - (lt.r8 * 17.99 * 365.25)::int
            when p.rol = 1 and lt.jeugd then current_date - ((25 + lt.r8 * 30) * 365.25)::int
            else current_date - ((18 + ((lt.r8 * 77)::int + p.rol * 23) % 77) * 365.25 + lt.i % 365)::int end
from lt cross join (values (1), (2)) p (rol)
join lt_bsn b1 on b1.nr = 2 * lt.i - 1 join lt_bsn b2 on b2.nr = 2 * lt.i;

insert into ouder_kind (ouder_bsn, kind_bsn)
select b1.bsn, b2.bsn from lt join lt_bsn b1 on b1.nr = 2 * lt.i - 1 join lt_bsn b2 on b2.nr = 2 * lt.i where lt.jeugd;

-- cases and meldingen
insert into zaak (id, versie, gemeente_code, huishouden_id, lead_team_id, regisseur, regisseur_naam, open, geopend_op, regievorm,
                  gesloten_op, sluitreden)
select :zbase + i, 0, gemeente_code, 100000000 + i, team_id, regisseur, regisseur_naam, zaak_open, ontvangen_op,
       case when r7 < 0.7 then 'CASUSREGIE' when r7 < 0.9 then 'PROCESREGIE' else 'AMBULANTE_BEGELEIDING' end,
       case when not zaak_open then least(now() - interval '1 day', ontvangen_op + interval '200 days') end,
       case when not zaak_open then 'De ondersteuning is afgerond; de doelen zijn bereikt.' end
from lt;

insert into melding (id, versie, gemeente_code, persoon_bsn, huishouden_id, ingediend_door, omschrijving, urgentie, schulden, dreiging,
                     contactvoorkeur, telefoon, email, kanaal, vindplaats, ontvangen_op, ontvangen_datum, termijn, termijn_einde,
                     risico_datum, team_id, zaak_id, behandelaar, behandelaar_naam, status, intake_op, intake_locatie, vervolg,
                     termijn_gehaald_op)
select :mbase + i, 0, gemeente_code, case when jeugd then b2.bsn else b1.bsn end, 100000000 + i,
       case when r8 < 0.6 then 'inwoner-' || b1.bsn else 'lt-' || team_id || '-1' end,
       (array['Ik kan de huur niet meer betalen en de brieven stapelen zich op.',
              'Mijn moeder woont alleen en redt het huishouden niet meer.',
              'Onze zoon gaat al weken niet naar school.',
              'Sinds mijn scheiding voel ik me somber en kom ik de deur niet uit.',
              'Ik zoek werk of dagbesteding; thuis zitten maakt me onrustig.',
              'De school maakt zich zorgen over de thuissituatie van een leerling.',
              'Ik heb hulp nodig bij het douchen en aankleden na mijn operatie.'])[1 + (i % 7)::int],
       case when r6 < 0.7 then 'NORMAAL' when r6 < 0.92 then 'SNEL' else 'DRINGEND' end,
       termijn like 'SCHULDHULP%', false,
       case when i % 3 = 0 then 'EMAIL' else 'TELEFOON' end,
       case when i % 3 <> 0 then '06 1234' || lpad((i % 10000)::text, 4, '0') end,
       case when i % 3 = 0 then 'inwoner' || i || '@example.org' end,
       case when r8 < 0.6 then 'ONLINE' when r8 < 0.75 then 'TELEFOON' when r8 < 0.85 then 'LOCATIE' else 'VINDPLAATS' end,
       case when r8 >= 0.85 then (array['SCHOOL', 'HUISARTS', 'CONSULTATIEBUREAU', 'BUREN', 'WONINGCORPORATIE'])[1 + (i % 5)::int] end,
       ontvangen_op, d.dag, termijn, d.einde, d.dag + floor((d.einde - d.dag) * 0.8)::int, team_id, :zbase + i,
       behandelaar, behandelaar_naam, status,
       case when status = 'INTAKE_GEPLAND' then date_trunc('hour', localtimestamp + (1 + r5 * 14) * interval '1 day') end,
       case when status = 'INTAKE_GEPLAND' then 'Gemeentehuis ' || gemeente_naam end,
       case when not open then case when jeugd or r7 < 0.5 then 'AANVRAAG' else 'PLAN_AKKOORD' end end,
       case when not open and not jeugd then d.dag + (10 + r5 * 25)::int end
from lt join lt_bsn b1 on b1.nr = 2 * lt.i - 1 join lt_bsn b2 on b2.nr = 2 * lt.i
cross join lateral (select (ontvangen_op at time zone 'Europe/Amsterdam')::date as dag) o
cross join lateral (select o.dag, o.dag + 7 * weken + case extract(isodow from o.dag + 7 * weken) when 6 then 2 when 7 then 1 else 0 end as einde) d;

insert into melding_gebied (melding_id, levensgebied)
select :mbase + i, (array['FINANCIEN', 'HUISVESTING', 'SOCIAAL_FUNCTIONEREN', 'PSYCHISCH_FUNCTIONEREN', 'ZINGEVING', 'LICHAMELIJK_FUNCTIONEREN',
                         'PRAKTISCH_FUNCTIONEREN', 'DAGBESTEDING'])[1 + (i % 8)::int]
from lt;

insert into melding_gebeurtenis (melding_id, volgnummer, tijdstip, tekst)
select :mbase + i, 0, ontvangen_op, 'Uw vraag is ontvangen (online gevraagd).' from lt
union all
select :mbase + i, 1, ontvangen_op + interval '1 day', behandelaar_naam || ' is nu uw contactpersoon en neemt contact met u op.'
from lt where behandelaar is not null;

-- decisions: an aanvraag 30 days after the finished melding, decided once its term has passed
create temp table lt_aanvraag on commit drop as
select row_number() over (order by lt.i) as nr, lt.*, m.persoon_bsn, m.ontvangen_datum + 30 as aanvraag_datum,
       m.ontvangen_datum + 30 + case when lt.jeugd then 56 else 14 end as aanvraag_einde
from lt join melding m on m.id = :mbase + lt.i
where not lt.open and (lt.jeugd or lt.r7 < 0.5);

insert into aanvraag (id, gemeente_code, zaak_id, team_id, persoon_bsn, wet, omschrijving, ingediend_door, ontvangen_datum, termijn_einde, besloten)
select :abase + nr, gemeente_code, :zbase + i, team_id, persoon_bsn, case when jeugd then 'JEUGDWET' else 'WMO' end,
       case when jeugd then 'Ambulante jeugdhulp' else 'Huishoudelijke ondersteuning' end,
       coalesce(behandelaar, 'lt-' || team_id || '-1'), aanvraag_datum, aanvraag_einde, aanvraag_einde < current_date
from lt_aanvraag;

insert into beschikking (id, gemeente_code, aanvraag_id, zaak_id, persoon_bsn, wet, uitkomst, resultaat, motivering, productcode,
                         product_omschrijving, productcategorie, volume, eenheid, frequentie, ingangsdatum, einddatum, eerste_einddatum,
                         vorm, aanbieder_naam, status, genomen_door, genomen_door_naam, genomen_op, verzonden_datum, bezwaar_tot)
select :bbase + nr, gemeente_code, :abase + nr, :zbase + i, persoon_bsn, case when jeugd then 'JEUGDWET' else 'WMO' end, 'TOEKENNING',
       'Ondersteuning zoals afgesproken in het plan.', 'Uit het onderzoek blijkt dat de ondersteuning nodig is.',
       case when jeugd then '45A01' else '02A01' end, case when jeugd then 'Ambulante jeugdhulp individueel' else 'Huishoudelijke ondersteuning' end,
       case when jeugd then '45' else '02' end, 3, '04', '2', aanvraag_datum + 14, aanvraag_datum + 14 + 364, aanvraag_datum + 14 + 364,
       'ZIN', 'Zorgaanbieder Lastdorp B.V.', 'VASTGESTELD', coalesce(behandelaar, 'lt-' || team_id || '-1'),
       coalesce(behandelaar_naam, 'Collega 1'), (aanvraag_datum + 10)::timestamp at time zone 'Europe/Amsterdam',
       aanvraag_datum + 10, aanvraag_datum + 10 + 42
from lt_aanvraag where aanvraag_einde < current_date;

\if :telling_trigger
alter table melding enable trigger melding_wachtrij_telling;
\endif
\if :telling
delete from wachtrij_telling;
insert into wachtrij_telling
select gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null, count(*)
from melding where status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')
group by gemeente_code, team_id, ontvangen_datum, termijn_einde, risico_datum, behandelaar is not null;
\endif

select setval(pg_get_serial_sequence('zaak', 'id'), (select max(id) from zaak));
select setval(pg_get_serial_sequence('melding', 'id'), (select max(id) from melding));
select setval(pg_get_serial_sequence('aanvraag', 'id'), (select max(id) from aanvraag));
select setval(pg_get_serial_sequence('beschikking', 'id'), (select max(id) from beschikking));
commit;

analyze;
