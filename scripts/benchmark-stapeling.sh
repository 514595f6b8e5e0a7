#!/usr/bin/env bash
# National benchmark of the steering analyses (issue 7). Not a test: it asserts nothing.
# Creates a PostgreSQL database, fills the sturing table with a national-size dataset (1.4 million
# households, 3 million provisions), runs the stacking analysis with exactly the application's SQL
# (nl.dichtbij.sturing.StapelingSql) and prints its time, the time of a plain count(*) over the
# provisions in the same run, and the ratio; then the monthly money overview (granted and declared amounts per month, law and
# product category, the application's own SQL in nl.dichtbij.berichten.Berichtcijfers) over 3 million declaration lines,
# the referrer figures (nl.dichtbij.berichten.Verwijzercijfers) over 1,000,000 toewijzingen, and cost per client with the
# households ranked by cost (nl.dichtbij.berichten.Kostencijfers, the register's mapping of 700,000 residents to their
# households, nl.dichtbij.sturing.Concentratie; the ranking alone and the whole page) and the provider page (nl.dichtbij.berichten.Aanbiedercijfers: the 80/20
# list with every provider's figures over toewijzingen, declaration lines and 200,000 verzoeken; contract norms,
# escalations and code names, small lookups, left out), each beside a count(*) over the declaration lines of the same run; and
# the outcome monitor (nl.dichtbij.sturing.UitkomstSql: per wijk, per provider, the whole municipality and one provider's own
# clients) over one ZRM measurement set per case of 1.4 million cases, beside a count(*) over its rows.
# Bar: each under 2 s.
#
#   scripts/benchmark-stapeling.sh            # generate (about a minute) and measure
#   BENCH_KEEP=1 scripts/benchmark-stapeling.sh   # reuse the database of an earlier run
#   BENCH_KEEP=1 BENCH_ALLEEN=kosten scripts/benchmark-stapeling.sh   # time only cost per client and its parts
#
# Needs a local PostgreSQL (apt-get install postgresql); run as root or as a user that may `su postgres`.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DB="${BENCH_DB:-dichtbij_bench}"
HUISHOUDENS="${BENCH_HUISHOUDENS:-1400000}"
VOORZIENINGEN="${BENCH_VOORZIENINGEN:-3000000}"
PSQL=(su postgres -c)

if command -v pg_lsclusters >/dev/null; then
  read -r VER NAAM _ STATUS _ < <(pg_lsclusters --no-header | head -1)
  [ "$STATUS" = online ] || pg_ctlcluster "$VER" "$NAAM" start
fi
"${PSQL[@]}" "psql -qtAc \"select 1 from pg_roles where rolname = 'bench'\"" | grep -q 1 \
  || "${PSQL[@]}" "psql -qc \"create role bench login password 'bench'\""

if [ -z "${BENCH_KEEP:-}" ] || ! "${PSQL[@]}" "psql -qtAc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1; then
  echo "Database $DB aanmaken en vullen: $HUISHOUDENS huishoudens, $VOORZIENINGEN voorzieningen ..."
  "${PSQL[@]}" "psql -qc 'drop database if exists $DB' -c 'create database $DB owner bench'"
  # the tables and their indexes exactly as the application's migrations create them
  for migratie in V20__sturing.sql V38__sturing_smalle_stapeling.sql; do
    "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB -f -" < "src/main/resources/db/migration/$migratie"
  done
  start=$(date +%s)
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB" <<SQL
select setseed(0.632);
-- 3,400 wijken in 340 kernen, registered as the application registers an area the first time it is named
insert into voorziening_gebied (gemeente_code, kern, wijk) select '0000', 'Kern ' || (w % 340), 'Wijk ' || w from generate_series(0, 3399) w;
insert into voorziening_gebied (gemeente_code, kern, wijk) values ('0632', 'Woerden', 'Binnenstad');
-- every household has at least one provision, the rest is spread at random; regelingen in
-- roughly the national proportions (1/6 Jeugd, 1/3 Participatiewet, 1/2 Wmo, a little SHV). Each row
-- carries its area id and regeling bit as the application's Opslag writes them (the migration checks both).
insert into voorziening (gemeente_code, huishouden_id, wijk, kern, gebied_id, regeling, regeling_bit, product, startdatum, einddatum, bron,
                         partner, geregistreerd_op, geregistreerd_door)
select '0000', h, a.wijk, a.kern, a.id, r.regeling, r.bit, 'Product', s,
       case when (x * 1000)::int % 10 < 1 then null else s + 30 + (x * 100000)::int % 700 end, 'DEMO', null, now(), 'benchmark'
from (select case when i <= $HUISHOUDENS then i else 1 + floor(random() * $HUISHOUDENS)::bigint end as h, random() as x,
             date '2016-01-01' + floor(random() * 1000)::int as s
      from generate_series(1, $VOORZIENINGEN) i) g
join voorziening_gebied a on a.gemeente_code = '0000' and a.wijk = 'Wijk ' || (g.h % 3400)
join (values ('JEUGD', 1), ('SCHULDHULPVERLENING', 2), ('WERK_EN_INKOMEN', 4), ('WMO_BEGELEIDING', 8), ('WMO_VOORZIENINGEN', 16)) r(regeling, bit)
  on r.regeling = case when x < 0.17 then 'JEUGD' when x < 0.20 then 'SCHULDHULPVERLENING' when x < 0.50 then 'WERK_EN_INKOMEN'
                       when x < 0.66 then 'WMO_BEGELEIDING' else 'WMO_VOORZIENINGEN' end;
-- a small municipality beside it, so the index has to select
insert into voorziening (gemeente_code, huishouden_id, wijk, kern, gebied_id, regeling, regeling_bit, product, startdatum, einddatum, bron,
                         geregistreerd_op, geregistreerd_door)
select '0632', 100000000 + i % 9000, a.wijk, a.kern, a.id, 'JEUGD', 1, 'Product', date '2017-01-01', null, 'DEMO', now(), 'benchmark'
from generate_series(1, 12000) i join voorziening_gebied a on a.gemeente_code = '0632';
vacuum analyze voorziening;
-- the money: one granted declaration line per provision per month of 2026 until the provisions are used up
-- (3 million lines), in the berichten table's shape and indexes (without its foreign keys)
create table declaratie_regel (id bigint generated by default as identity primary key, gemeente_code varchar(4) not null,
    standaard varchar(4) not null, aanbieder_agb varchar(8) not null, inkomend_bericht_id bigint not null, declaratie_nummer varchar(12) not null,
    product_referentie varchar(36) not null, debet_credit varchar(1) not null, toewijzing_id bigint not null, persoon_bsn varchar(9) not null,
    productcategorie varchar(2) not null, productcode varchar(5) not null, begindatum date not null, einddatum date not null,
    volume bigint not null, eenheid varchar(2) not null, bedrag_centen bigint not null, geboekt_op timestamp with time zone not null);
create table declaratie (id bigint generated by default as identity primary key, gemeente_code varchar(4) not null, standaard varchar(4) not null,
    aanbieder_agb varchar(8) not null, declaratie_nummer varchar(12) not null, inkomend_bericht_id bigint not null, periode_begin date not null,
    periode_einde date not null, ingediend_centen bigint not null, toegekend_centen bigint not null);
-- the referrers: 1,000,000 toewijzingen in the berichten table's shape (V14, V40, V70, V85) and indexes, from 4,000
-- providers to 700,000 residents over 2025 and 2026; one in five stopped with a JZ588 reason (most of them 31, volgens
-- plan), the referrer per COD327 mix (gemeente, huisarts from 3,000 practices, jeugdarts, GI, unknown)
create table toewijzing (id bigint generated by default as identity primary key, gemeente_code varchar(4) not null, standaard varchar(4) not null,
    toewijzing_nummer bigint not null, beschikking_id bigint, zaak_id bigint, persoon_bsn varchar(9) not null, aanbieder_agb varchar(8) not null,
    aanbieder_naam varchar(200) not null, productcategorie varchar(2) not null, productcode varchar(5), product_omschrijving varchar(300),
    ingangsdatum date not null, einddatum date, volume int, eenheid varchar(2), frequentie varchar(1), budget_centen bigint,
    reden_wijziging varchar(2), referentie_aanbieder varchar(36), toegewezen_op timestamp with time zone not null, levering varchar(20) not null,
    levering_begindatum date, levering_einddatum date, reden_beeindiging varchar(2), uit_beschikking_id bigint, versie bigint default 0 not null,
    verwijzer_type varchar(2), verwijzer_code varchar(8), verwijzer_naam varchar(64), wachtdagen int);
-- each sent a week before its ingangsdatum and started 0-39 days after it: the wait (V90, V91's rule) counts from the ingangsdatum
insert into toewijzing (id, gemeente_code, standaard, toewijzing_nummer, persoon_bsn, aanbieder_agb, aanbieder_naam, productcategorie, productcode,
    ingangsdatum, einddatum, volume, eenheid, frequentie, referentie_aanbieder, toegewezen_op, levering, levering_begindatum, levering_einddatum,
    reden_beeindiging, verwijzer_type, verwijzer_code, verwijzer_naam, wachtdagen)
select t, '0000', case when t % 3 = 0 then 'IJW' else 'IWMO' end, t, '8' || lpad((t % 700000)::text, 8, '0'), lpad((42000000 + t % 4000)::text, 8, '0'),
       'Aanbieder ' || (t % 4000), case when t % 3 = 0 then '45' else lpad((1 + t % 9)::text, 2, '0') end, 'P0001', b, b + 364, 8, '04', '2',
       'R' || t, (b - 7)::timestamp with time zone, case when t % 5 = 0 then 'GESTOPT' else 'GESTART' end, b + t % 40,
       case when t % 5 = 0 then b + 40 + t % 300 end,
       case when t % 5 = 0 then (array['31', '31', '31', '31', '32', '33', '34', '35', '38', '39'])[1 + (t / 5) % 10] end,
       case when t % 20 < 4 then '01' when t % 20 < 13 then '02' when t % 20 < 16 then '03' when t % 20 < 18 then '04' end,
       case when t % 20 between 4 and 12 then lpad((1000000 + t % 3000)::text, 8, '0') end,
       case when t % 20 between 4 and 12 then 'Huisartsenpraktijk ' || (t % 3000) end, t % 40
from (select t, date '2025-01-01' + (t * 7) % 700 as b from generate_series(1, 1000000) t) g;
$(grep -h "^create index.*on toewijzing" src/main/resources/db/migration/V*.sql)
vacuum analyze toewijzing;
-- 200,000 verzoeken om (wijziging van) toewijzing of 2026 (V14's shape without its foreign keys): answered, most of them granted
create table verzoek (id bigint generated by default as identity primary key, gemeente_code varchar(4) not null, standaard varchar(4) not null,
    inkomend_bericht_id bigint not null, soort varchar(20) not null, persoon_bsn varchar(9) not null, aanbieder_agb varchar(8) not null,
    referentie_aanbieder varchar(36) not null, reden_verzoek varchar(1), ontvangen_op timestamp with time zone not null, status varchar(20) not null,
    beantwoord_door varchar(200), beantwoord_op timestamp with time zone, reden_afwijzing varchar(1), toelichting varchar(2000));
create table verzoek_product (id bigint generated by default as identity primary key, verzoek_id bigint not null, status varchar(20) not null);
insert into verzoek (id, gemeente_code, standaard, inkomend_bericht_id, soort, persoon_bsn, aanbieder_agb, referentie_aanbieder, ontvangen_op, status)
select v, '0000', case when v % 3 = 0 then 'IJW' else 'IWMO' end, v, case when v % 4 = 0 then 'WIJZIGING' else 'TOEWIJZING' end,
       '8' || lpad((v % 700000)::text, 8, '0'), lpad((42000000 + v % 4000)::text, 8, '0'), 'V' || v,
       timestamp with time zone '2026-01-01 09:00+01' + make_interval(days => v % 360), case when v % 10 = 0 then 'ONTVANGEN' else 'BEANTWOORD' end
from generate_series(1, 200000) v;
insert into verzoek_product (verzoek_id, status) select v, case when v % 7 = 0 then 'AFGEWEZEN' else 'TOEGEWEZEN' end from generate_series(1, 200000) v;
$(grep -h "^create index.*on verzoek (\|^create index.*on verzoek_product (" src/main/resources/db/migration/V*.sql)
vacuum analyze verzoek;
vacuum analyze verzoek_product;
-- the money: 3 million granted declaration lines of 2026 on those toewijzingen (each line for its toewijzing's resident,
-- provider, law and category), in the berichten table's shape and indexes (without its foreign keys)
insert into declaratie_regel (gemeente_code, standaard, aanbieder_agb, inkomend_bericht_id, declaratie_nummer, product_referentie, debet_credit,
    toewijzing_id, persoon_bsn, productcategorie, productcode, begindatum, einddatum, volume, eenheid, bedrag_centen, geboekt_op)
select '0000', case when t % 3 = 0 then 'IJW' else 'IWMO' end, lpad((42000000 + t % 4000)::text, 8, '0'), i / 200, 'B' || (i / 200),
       'R' || i, 'D', t, '8' || lpad((t % 700000)::text, 8, '0'), case when t % 3 = 0 then '45' else lpad((1 + t % 9)::text, 2, '0') end, 'P0001',
       date '2026-01-01' + ((i % 12) * 30), date '2026-01-01' + ((i % 12) * 30) + 27, 10, '04', 5000 + i % 20000, now()
from (select i, 1 + i % 1000000 as t from generate_series(1, $VOORZIENINGEN) i) g;
insert into declaratie (gemeente_code, standaard, aanbieder_agb, declaratie_nummer, inkomend_bericht_id, periode_begin, periode_einde,
    ingediend_centen, toegekend_centen)
select '0000', case when i % 3 = 0 then 'IJW' else 'IWMO' end, lpad((42000000 + i % 4000)::text, 8, '0'), 'B' || i, i,
       (date '2026-01-01' + make_interval(months => i % 12))::date, (date '2026-01-01' + make_interval(months => i % 12 + 1))::date - 1, 1000000, 990000
from generate_series(1, 48000) i;
$(grep -h "^create index.*declaratie_regel\|^create index declaratie_periode" src/main/resources/db/migration/V14__berichten.sql src/main/resources/db/migration/V19__berichten_cijfers.sql)
vacuum analyze declaratie_regel;
vacuum analyze declaratie;
SQL
  # the year sums the application keeps as lines are booked, filled by the same migration (the wait column is there already)
  sed '/^alter table toewijzing add column wachtdagen/d' src/main/resources/db/migration/V90__berichten_declaratiesommen.sql \
    | "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB -f -"
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB" <<SQL
vacuum analyze declaratie_som_persoon;
vacuum analyze declaratie_som_aanbieder;
SQL
  # the register (V2, V65): 1,400,000 residents in 700,000 households, two to a household; the first 700,000 have the care
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB -f -" < src/main/resources/db/migration/V2__personen.sql
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB" <<SQL
insert into huishouden (id, gemeente_code, straat, huisnummer, postcode, woonplaats, wijk)
select h, '0000', 'Straat ' || (h % 5000), (1 + h % 300)::text, '3440AA', 'Kern ' || (h % 340), 'Wijk ' || (h % 3400) from generate_series(0, 699999) h;
insert into persoon (bsn, gemeente_code, huishouden_id, voornaam, achternaam, geboortedatum)
select '8' || lpad(p::text, 8, '0'), '0000', p / 2, 'Voornaam', 'Achternaam ' || (p % 10000), date '1950-01-01' + p % 25000 from generate_series(0, 1399999) p;
$(grep -h "^create index.*on persoon" src/main/resources/db/migration/V65__*.sql)
vacuum analyze huishouden;
vacuum analyze persoon;
SQL
  echo "gevuld in $(( $(date +%s) - start )) s"
fi
# the outcome monitor (issue 18, V95): one measurement set per case for 1.4 million cases, scored by the professional and for
# half of them by the resident too, each with its baseline and (for 70%) a later score per domain; the per-kenmerk copies give
# most residents a provider (4,000 providers, one in eight a second), a law and a regeling, and two in five an intervention.
# Added to an existing database too (an older shape of these tables is replaced).
if ! "${PSQL[@]}" "psql -qtA -d $DB -c \"select 1 from pg_tables where tablename = 'uitkomst_aanbieder'\"" | grep -q 1; then
  echo "Uitkomsten (ZRM) vullen: $HUISHOUDENS zaken ..."
  "${PSQL[@]}" "psql -q -d $DB -c 'drop table if exists uitkomst, uitkomst_kenmerk, uitkomst_indeling'"
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB -f -" < src/main/resources/db/migration/V95__sturing_uitkomsten.sql
  DOMEINEN=$(grep -o "^    i_[a-z_]*" src/main/resources/db/migration/V95__sturing_uitkomsten.sql | sort -u | sed 's/ *i_//')
  KOLOMMEN=$(for d in $DOMEINEN; do printf ", i_%s, l_%s" "$d" "$d"; done)
  UKOLOMMEN=$(echo "$KOLOMMEN" | sed 's/, /, u./g')
  SCORES=$(for d in $DOMEINEN; do printf ", 1 + floor(random() * 5)::int, case when x < 0.7 then 1 + floor(random() * 5)::int end"; done)
  KOPIE="insert into uitkomst_%s (gemeente_code, zaak_id, persoon_bsn, door, code, naam, afgesloten $KOLOMMEN) select u.gemeente_code, u.zaak_id, u.persoon_bsn, u.door, %s, %s, u.afgesloten $UKOLOMMEN from uitkomst u where %s;"
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB" <<SQL
insert into uitkomst (gemeente_code, zaak_id, persoon_bsn, door, team_id, wijk, leeftijdsklasse, intake_datum, intake_is_intake, laatste_datum,
                      afgesloten $KOLOMMEN)
select '0000', z, lpad(z::text, 9, '0'), d, z % 400, 'Wijk ' || (z % 3400), (array['0 tot 12 jaar', '12 tot 18 jaar', '18 tot 27 jaar',
       '27 tot 67 jaar', '67 jaar en ouder'])[1 + z % 5], date '2025-01-01' + (z % 600), true,
       case when x < 0.7 then date '2025-01-01' + (z % 600) + 180 end, x < 0.4 $SCORES
from (select z, d, random() as x from generate_series(1, $HUISHOUDENS) z
      cross join (values ('PROFESSIONAL'), ('INWONER')) k(d) where d = 'PROFESSIONAL' or z % 2 = 0) g;
$(printf "$KOPIE" aanbieder "lpad((42000000 + u.zaak_id % 4000)::text, 8, '0')" "'Aanbieder ' || (u.zaak_id % 4000)" "u.zaak_id % 10 < 8")
$(printf "$KOPIE" aanbieder "lpad((42000000 + (u.zaak_id + 7) % 4000)::text, 8, '0')" "'Aanbieder ' || ((u.zaak_id + 7) % 4000)" "u.zaak_id % 8 = 0")
$(printf "$KOPIE" wet "case when u.zaak_id % 3 = 0 then 'JEUGDWET' else 'WMO' end" "'Wet'" "u.zaak_id % 10 < 8")
$(printf "$KOPIE" regeling "case when u.zaak_id % 3 = 0 then 'JEUGD' else 'WMO_BEGELEIDING' end" "'Regeling'" "u.zaak_id % 10 < 8")
$(printf "$KOPIE" interventie "(u.zaak_id % 30)::text" "'Interventie ' || (u.zaak_id % 30)" "u.zaak_id % 5 < 2")
vacuum analyze uitkomst;
vacuum analyze uitkomst_aanbieder;
vacuum analyze uitkomst_wet;
vacuum analyze uitkomst_regeling;
vacuum analyze uitkomst_interventie;
SQL
fi
"${PSQL[@]}" "psql -q -d $DB -c 'grant select on all tables in schema public to bench'"

# the JVM as docs/operations.md sizes a national node: the kernel's large pages for the big tables of cost per client
./mvnw -q -o test -Dtest=StapelingBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true -DargLine=-XX:+UseTransparentHugePages \
  -Dbenchmark.url="jdbc:postgresql://localhost:5432/$DB" -Dbenchmark.gebruiker=bench -Dbenchmark.wachtwoord=bench \
  ${BENCH_ALLEEN:+-Dbenchmark.alleen=$BENCH_ALLEEN} -Dsurefire.useFile=false 2>&1 | sed -n '/STURING-BENCHMARK/,/EINDE/p'
