#!/usr/bin/env bash
# National benchmark of the steering analyses (issue 7). Not a test: it asserts nothing.
# Creates a PostgreSQL database, fills the sturing table with a national-size dataset (1.4 million
# households, 3 million provisions), runs the stacking analysis with exactly the application's SQL
# (nl.dichtbij.sturing.StapelingSql) and prints its time, the time of a plain count(*) over the
# provisions in the same run, and the ratio. Bar: under 2 s.
#
#   scripts/benchmark-stapeling.sh            # generate (about a minute) and measure
#   BENCH_KEEP=1 scripts/benchmark-stapeling.sh   # reuse the database of an earlier run
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
  # the table and its indexes exactly as the application's migration creates them
  "${PSQL[@]}" "psql -q -d $DB -f -" < src/main/resources/db/migration/V20__sturing.sql
  start=$(date +%s)
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB" <<SQL
select setseed(0.632);
-- every household has at least one provision, the rest is spread at random; regelingen in
-- roughly the national proportions (1/6 Jeugd, 1/3 Participatiewet, 1/2 Wmo, a little SHV).
insert into voorziening (gemeente_code, huishouden_id, wijk, kern, regeling, product, startdatum, einddatum, bron, partner,
                         geregistreerd_op, geregistreerd_door)
select '0000', h, 'Wijk ' || (h % 3400), 'Kern ' || (h % 340),
       case when x < 0.17 then 'JEUGD' when x < 0.20 then 'SCHULDHULPVERLENING' when x < 0.50 then 'WERK_EN_INKOMEN'
            when x < 0.66 then 'WMO_BEGELEIDING' else 'WMO_VOORZIENINGEN' end,
       'Product', s, case when (x * 1000)::int % 10 < 1 then null else s + 30 + (x * 100000)::int % 700 end, 'DEMO', null, now(), 'benchmark'
from (select case when i <= $HUISHOUDENS then i else 1 + floor(random() * $HUISHOUDENS)::bigint end as h, random() as x,
             date '2016-01-01' + floor(random() * 1000)::int as s
      from generate_series(1, $VOORZIENINGEN) i) g;
-- a small municipality beside it, so the index has to select
insert into voorziening (gemeente_code, huishouden_id, wijk, kern, regeling, product, startdatum, einddatum, bron, geregistreerd_op, geregistreerd_door)
select '0632', 100000000 + i % 9000, 'Binnenstad', 'Woerden', 'JEUGD', 'Product', date '2017-01-01', null, 'DEMO', now(), 'benchmark'
from generate_series(1, 12000) i;
vacuum analyze voorziening;
SQL
  echo "gevuld in $(( $(date +%s) - start )) s"
fi
"${PSQL[@]}" "psql -q -d $DB -c 'grant select on all tables in schema public to bench'"

./mvnw -q -o test -Dtest=StapelingBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true \
  -Dbenchmark.url="jdbc:postgresql://localhost:5432/$DB" -Dbenchmark.gebruiker=bench -Dbenchmark.wachtwoord=bench \
  -Dsurefire.useFile=false 2>&1 | sed -n '/STURING-BENCHMARK/,/EINDE/p'
