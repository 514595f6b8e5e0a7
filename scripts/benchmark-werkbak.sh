#!/usr/bin/env bash
# Issue 24: how long the consulent's pages take when her team is large. Not a test: it asserts nothing.
# Starts the jar with the demo profile on a PostgreSQL database, grows the Jeugdteam of Woerden by BENCH_HUISHOUDENS
# households (a parent and two children each, one open case led by the Jeugdteam, one melding in its queue; the
# children's birth dates spread over eighteen years, so about one in eighteen turns 18 within six months), then signs
# in as the demo jeugdconsulent and times /werk, /werk/dagoverzicht, one case page and /api/v1/zaken/{id}, each
# BENCH_KEER times, printing the median and the page size. docs/decisions/0016 has the figures.
#
#   scripts/benchmark-werkbak.sh                                  # build, fresh database, grow, measure
#   BENCH_KEEP=1 JAR=/other/dichtbij.jar scripts/benchmark-werkbak.sh   # another build on the same grown database
#
# Needs a local PostgreSQL and a role that may create tables in BENCH_DB (BENCH_ROLE, password the same); run as root
# or as a user that may `su postgres`. Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DB="${BENCH_DB:-dichtbij_werkbak_bench}"
ROL="${BENCH_ROLE:-dichtbij_dev}"
HUISHOUDENS="${BENCH_HUISHOUDENS:-50000}"
KEER="${BENCH_KEER:-5}"
PORT="${PORT:-18081}"
PSQL=(su postgres -c)
if [[ -z "${JAR:-}" ]]; then
  ./mvnw -q -B -ntp package -DskipTests
  JAR=$(ls target/dichtbij-*.jar | head -n 1)
fi
WERK=$(mktemp -d)

if [[ -z "${BENCH_KEEP:-}" ]]; then
  "${PSQL[@]}" "psql -q -c 'drop database if exists $DB' -c 'create database $DB owner $ROL'"
fi

"$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://localhost:5432/$DB" --spring.datasource.username="$ROL" --spring.datasource.password="$ROL" \
  --dichtbij.demo.inwoners-woerden=3000 --dichtbij.demo.inwoners-montfoort=600 "$@" > "$WERK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WERK"' EXIT
for _ in $(seq 1 3000); do
  curl -s "localhost:$PORT/actuator/health/readiness" | grep -q UP && break
  kill -0 $APP 2>/dev/null || { tail -50 "$WERK/app.log"; exit 1; }
  sleep 0.2
done

if [[ -z "${BENCH_KEEP:-}" ]]; then
  echo "Jeugdteam Woerden groeit met $HUISHOUDENS huishoudens ..."
  start=$(date +%s)
  "${PSQL[@]}" "psql -q -v ON_ERROR_STOP=1 -d $DB" <<SQL
set role $ROL;
select setseed(0.632);
create temporary table groei as
  select 90000000 + g as huishouden_id, (select id from team where gemeente_code = '0632' and doelgroep = 'JEUGD' order by id limit 1) as team_id, g
  from generate_series(0, $HUISHOUDENS - 1) g;
insert into huishouden (id, gemeente_code, straat, huisnummer, postcode, woonplaats, wijk)
  select huishouden_id, '0632', 'Groeistraat', (g % 9999 + 1)::text, '3440' || chr(65 + g % 26) || chr(65 + (g / 26) % 26), 'Woerden', 'Groei ' || (g % 40)
  from groei;
insert into persoon (bsn, gemeente_code, huishouden_id, voornaam, achternaam, geboortedatum)
  select '997' || lpad(g::text, 6, '0'), '0632', huishouden_id, 'Ouder', 'Groei' || g, current_date - 14000 - (g % 5000) from groei
  union all
  select '998' || lpad(g::text, 6, '0'), '0632', huishouden_id, 'Kind', 'Groei' || g, current_date - 1 - (random() * 6570)::int from groei
  union all
  select '996' || lpad(g::text, 6, '0'), '0632', huishouden_id, 'Kind', 'Groei' || g, current_date - 1 - (random() * 6570)::int from groei;
insert into zaak (versie, gemeente_code, huishouden_id, lead_team_id, regisseur, regisseur_naam, open, geopend_op)
  select 0, '0632', huishouden_id, team_id, case when g % 500 = 0 then 'jeugdconsulent' end, case when g % 500 = 0 then 'Jasmijn Bakker' end,
         true, now() - (g % 300) * interval '1 day'
  from groei;
do \$\$
declare kolommen text; jeugdteam bigint;
begin
  select id into jeugdteam from team where gemeente_code = '0632' and doelgroep = 'JEUGD' order by id limit 1;
  select string_agg(column_name, ', ' order by ordinal_position) into kolommen from information_schema.columns
  where table_name = 'melding' and table_schema = current_schema()
    and column_name not in ('id', 'persoon_bsn', 'huishouden_id', 'zaak_id', 'team_id', 'status', 'behandelaar', 'behandelaar_naam');
  execute format('insert into melding (%s, persoon_bsn, huishouden_id, zaak_id, team_id, status)
                  select %s, ''998'' || lpad((z.huishouden_id - 90000000)::text, 6, ''0''), z.huishouden_id, z.id, z.lead_team_id, ''ONTVANGEN''
                  from zaak z cross join (select * from melding where team_id = %s order by id limit 1) m0
                  where z.huishouden_id >= 90000000', kolommen, 'm0.' || replace(kolommen, ', ', ', m0.'), jeugdteam);
end
\$\$;
analyze huishouden, persoon, zaak, melding;
SQL
  echo "gevuld in $(( $(date +%s) - start )) s"
fi

"${PSQL[@]}" "psql -qtA -d $DB" <<SQL
select 'huishoudens met een open Jeugd-zaak: ' || count(distinct huishouden_id) from zaak where open and lead_team_id = (select id from team where gemeente_code = '0632' and doelgroep = 'JEUGD' order by id limit 1);
select 'meldingen: ' || count(*) from melding;
select 'inwoners van Woerden: ' || count(*) from persoon where gemeente_code = '0632';
SQL

KOEKJES="$WERK/koekjes"
FORMULIER=$(curl -s -c "$KOEKJES" "localhost:$PORT/inloggen")
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$FORMULIER" | head -1 | sed 's/.*value="//;s/"$//')
curl -s -b "$KOEKJES" -c "$KOEKJES" -o /dev/null --data-urlencode "username=jeugdconsulent" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$CSRF" "localhost:$PORT/inloggen"
ZAAK=$("${PSQL[@]}" "psql -qtA -d $DB -c \"select min(id) from zaak where regisseur = 'jeugdconsulent' and open\"")

meet() {
  local pad=$1 tijden=() i uit
  shift
  for i in $(seq 1 "$KEER"); do
    uit=$(curl -s -o "$WERK/pagina" -w '%{http_code} %{time_total}' --max-time 120 "$@" "localhost:$PORT$pad")
    tijden+=("$(awk '{printf "%d", $2 * 1000}' <<<"$uit")")
    [[ "${uit%% *}" == 200 ]] || { echo "$pad: HTTP ${uit%% *}"; return; }
  done
  printf '%-26s mediaan %6d ms (van %s), %8d bytes\n' "$pad" "$(printf '%s\n' "${tijden[@]}" | sort -n | sed -n "$(( (KEER + 1) / 2 ))p")" \
    "$(IFS=,; echo "${tijden[*]}")" "$(stat -c %s "$WERK/pagina")"
}
meet /werk -b "$KOEKJES"
meet /werk/dagoverzicht -b "$KOEKJES"
meet "/werk/zaken/$ZAAK" -b "$KOEKJES"
meet "/api/v1/zaken/$ZAAK" -u jeugdconsulent:demo
