#!/usr/bin/env bash
# kill -9 in the middle of the providers' message traffic, and right after a decision (issue 23).
#
# Builds its own PostgreSQL cluster (port 5443, removed again at the end), starts the application jar on it
# with a small demo population, and sends 1,000 distinct messages (a JW305 start and a JW323 declaration
# for each of 500 toewijzingen of Jeugdhulp Voorbeeld B.V. in Woerden) on 4 parallel workers. When 40%
# is answered the node gets kill -9 (see below). It is started again, everything that got no answer (or an error) is
# sent again, and the database is counted: every message stored once, with one retour, none left
# half-processed (status), no start or declaration booked twice, and the retour the provider got is the
# one stored.
# The kill comes right after a ZIN decision for Tom de Wit, taken through the API in the middle of the
# stream: the node gets SIGKILL the moment the decision is answered 201. After the restart its toewijzing
# and JW301 must appear within 240 s of the restarted node's readiness (the event outbox: republished at restart,
# or resubmitted by a scheduled job once the event is stale), exactly once.
#
#   scripts/kill9.sh          # prints "sent / stored / answered / doubled / lost" and the 301 check;
#                             # exits non-zero when anything is doubled, lost, half-processed, or the 301 does not come
#
# Runs as root (or postgres) on a Debian machine with PostgreSQL installed (apt-get install postgresql)
# and a JDK 25; needs nothing else (the client is scripts/lib/Berichtenstroom.java). Re-runnable.
# Environment: KILL9_PG_PORT (5443), KILL9_PORT (18080, the application), KILL9_TOEWIJZINGEN (500),
# KILL9_WERKERS (4), KILL9_PER_SECONDE (80, the pace of the stream), KILL9_BEWAAR=1 keeps the work directory with the logs, DICHTBIJ_JAR another jar than target/dichtbij-*.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
CLUSTER=dichtbij_kill9
PGPORT="${KILL9_PG_PORT:-5443}"
POORT="${KILL9_PORT:-18080}"
AANTAL="${KILL9_TOEWIJZINGEN:-500}"
WERKERS="${KILL9_WERKERS:-4}"
TEMPO="${KILL9_PER_SECONDE:-80}"
DB=dichtbij_kill9
BASIS="http://localhost:$POORT"
ISTANDAARDEN="${DICHTBIJ_ISTANDAARDEN_PAD:-$(cd .. && pwd)/shared/istandaarden}"
WERK=$(mktemp -d /tmp/dichtbij-kill9.XXXXXX)
chmod 755 "$WERK"
NODE=""
KLAAR=0

log() { echo "[kill9 $(date +%H:%M:%S)] $*"; }

# psql on the script's own cluster, SQL from stdin or $1; rows as a;b;c
sql() { su postgres -c "psql -X -p $PGPORT -d ${2:-$DB} -v ON_ERROR_STOP=1 -qtA -F';' -f -" <<< "$1"; }

opruimen() {
  local rc=$?
  if [ -n "$NODE" ] && kill -0 "$NODE" 2>/dev/null; then
    kill "$NODE" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$NODE" 2>/dev/null || break; sleep 1; done
    kill -9 "$NODE" 2>/dev/null || true
  fi
  pg_dropcluster --stop "$PG_VERSION" "$CLUSTER" 2>/dev/null || true
  if [ "$KLAAR" != 1 ] || [ "$rc" != 0 ]; then
    echo "--- laatste regels van het applicatielog ($WERK/node.log):"
    tail -n 40 "$WERK/node.log" 2>/dev/null || true
  fi
  if [ -n "${KILL9_BEWAAR:-}" ]; then echo "werkmap bewaard: $WERK"; else rm -rf "$WERK"; fi
}
trap opruimen EXIT

source scripts/lib/jar.sh
jar_zoeken
javac -d "$WERK/klassen" scripts/lib/Berichtenstroom.java
stroom() { java -cp "$WERK/klassen" Berichtenstroom "$@"; }

log "PostgreSQL $PG_VERSION: cluster $CLUSTER op poort $PGPORT"
pg_dropcluster --stop "$PG_VERSION" "$CLUSTER" 2>/dev/null || true
pg_createcluster "$PG_VERSION" "$CLUSTER" -p "$PGPORT" > /dev/null
pg_ctlcluster "$PG_VERSION" "$CLUSTER" start
sql "create role dichtbij_kill9 login password 'dichtbij_kill9'; create database $DB owner dichtbij_kill9;" postgres

start_node() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PGPORT/$DB" \
  SPRING_DATASOURCE_USERNAME=dichtbij_kill9 SPRING_DATASOURCE_PASSWORD=dichtbij_kill9 \
    java -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port="$POORT" \
      --dichtbij.demo.inwoners-woerden=3000 --dichtbij.demo.inwoners-montfoort=600 \
      "${PAD_ARG[@]}" >> "$WERK/node.log" 2>&1 &
  NODE=$!
  local ms
  ms=$(stroom klaar "$BASIS/actuator/health/readiness" 600)
  log "node $NODE klaar in $ms ms ($1)"
}

start_node "eerste start, demo met 3,600 inwoners"

# 500 toewijzingen of the demo provider, as a ZIN decision or an honoured verzoek would make them
sql "insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, persoon_bsn, aanbieder_agb, aanbieder_naam, productcategorie,
        productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie, toegewezen_op, levering)
     select '0632', 'IJW', nextval('toewijzing_nummer_seq'), p.bsn, '42420001', 'Jeugdhulp Voorbeeld B.V.', '45', '45A01',
            'Ambulante jeugdhulp individueel', date_trunc('month', current_date - 31)::date,
            (date_trunc('month', current_date - 31) + interval '1 year' - interval '1 day')::date, 3, '04', '2', now(), 'NIET_GESTART'
     from (select bsn from persoon where gemeente_code = '0632' order by bsn limit $AANTAL) p
     returning toewijzing_nummer, persoon_bsn, ingangsdatum;" > "$WERK/toewijzingen.csv"
log "$(wc -l < "$WERK/toewijzingen.csv") toewijzingen aangemaakt: $((2 * AANTAL)) berichten te versturen op $WERKERS werkers"

# the decision is prepared before the stream (a warm-up decision first, so the one that matters is quick)
stroom besluit "$BASIS" "$(stroom aanvraag "$BASIS")" 0 > /dev/null
AANVRAAG=$(stroom aanvraag "$BASIS")

# the stream, at a steady pace, and kill -9 when 40% is answered
GRENS=$((2 * AANTAL * 4 / 10))
timeout 600 java -cp "$WERK/klassen" Berichtenstroom stuur "$BASIS" demo-aanbieder-42420001 "$WERK/toewijzingen.csv" \
  "$WERK/resultaten.txt" "$WERKERS" "$TEMPO" > "$WERK/stroom1.txt" 2>&1 &
ZENDER=$!
touch "$WERK/resultaten.txt"
for _ in $(seq 1 1200); do
  [ "$(grep -c ';20[01];' "$WERK/resultaten.txt" || true)" -ge "$GRENS" ] && break
  kill -0 "$ZENDER" 2>/dev/null || break
  sleep 0.05
done
# In the middle of the stream a consulent takes a ZIN decision; the moment it is answered 201 the node gets SIGKILL.
# The toewijzing listener runs after the decision's commit, on another thread, and would often win the race against
# the kill: a session holding an EXCLUSIVE lock on toewijzing (reads pass, writes wait) makes sure it cannot finish, so
# the kill always lands between the decision's commit and its toewijzing and the outbox has to bring the 301.
su postgres -c "PGAPPNAME=kill9-slot psql -X -p $PGPORT -d $DB -qtA -c 'begin' -c 'lock table toewijzing in exclusive mode' \
  -c 'select pg_sleep(120)'" > /dev/null 2>&1 &
SLOT=$!
for _ in $(seq 1 100); do
  [ "$(sql "select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where a.application_name = 'kill9-slot' and l.mode = 'ExclusiveLock' and l.granted and l.relation = 'toewijzing'::regclass")" = 1 ] && break
  sleep 0.1
done
BESCHIKKING=$(stroom besluit "$BASIS" "$AANVRAAG" "$NODE")
GEDOOD=$(date +%s)
kill -9 "$NODE" 2>/dev/null || true
wait "$NODE" 2>/dev/null || true
sql "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'kill9-slot'" > /dev/null
wait "$SLOT" 2>/dev/null || true
BIJ_KILL=$(grep -c ';20[01];' "$WERK/resultaten.txt" || true)
log "kill -9 op node $NODE direct na beschikking $BESCHIKKING, midden in de stroom: $BIJ_KILL berichten beantwoord"
wait "$ZENDER" || true
log "eerste ronde: $(cat "$WERK/stroom1.txt")"
log "in de database na de kill: $(sql "select count(*) || ' opgeslagen, ' || count(*) filter (where status = 'ONTVANGEN') || ' opgeslagen maar niet verwerkt'
  from inkomend_bericht where afzender_agb = '42420001' and identificatie like 'K%'")"
VOOR=$(sql "select count(*) from toewijzing where beschikking_id = $BESCHIKKING")
OPEN=$(sql "select count(*) from event_publication where completion_date is null")
log "beschikking $BESCHIKKING: toewijzing al gemaakt voor de kill: $VOOR; openstaande events in de outbox: $OPEN"

start_node "herstart na kill -9"
HERSTART=$(date +%s)
# the decision's 301: republished at the restart, or resubmitted by a scheduled job once the event is stale (two
# minutes after the kill, checked every 30 s); watched from readiness on, at most 240 s, while the resends run
(
  for _ in $(seq 1 250); do
    if [ "$(sql "select count(*) from toewijzing t join uitgaand_bericht u on u.persoon_bsn = t.persoon_bsn and u.berichtsoort = 'JW301'
                  and u.aangemaakt_op >= t.toegewezen_op where t.beschikking_id = $BESCHIKKING")" -gt 0 ]; then
      echo "$(( $(date +%s) - HERSTART )) $(( $(date +%s) - GEDOOD ))" > "$WERK/301.txt"
      break
    fi
    [ $(( $(date +%s) - HERSTART )) -ge 240 ] && break
    sleep 1
  done
) &
WACHTER=$!
for ronde in 1 2 3 4 5; do
  uitstaand=$(( 2 * AANTAL - $(cut -d';' -f1,2 "$WERK/resultaten.txt" | grep -E ';20[01]$' | cut -d';' -f1 | sort -u | wc -l) ))
  [ "$uitstaand" -eq 0 ] && break
  log "opnieuw versturen, ronde $ronde: $uitstaand zonder antwoord"
  timeout 300 java -cp "$WERK/klassen" Berichtenstroom stuur "$BASIS" demo-aanbieder-42420001 "$WERK/toewijzingen.csv" \
    "$WERK/resultaten.txt" "$WERKERS" --opnieuw
done

# the count in the database
sql "select identificatie, status, coalesce(md5(retour_xml), '') from inkomend_bericht
     where afzender_agb = '42420001' and identificatie like 'K%'" > "$WERK/db.txt"
set +e
TELLING=$(stroom tel "$WERK/toewijzingen.csv" "$WERK/resultaten.txt" "$WERK/db.txt")
TELLING_RC=$?
set -e
read -r GOEDGEKEURD DUBBELE_STARTS DUBBELE_DECLARATIES DUBBELE_REGELS ONTBREKENDE_STARTS < <(sql "
  select (select count(*) from inkomend_bericht where identificatie like 'K%' and goedgekeurd),
         (select count(*) - count(distinct l.toewijzing_id) from levering l join inkomend_bericht i on i.id = l.inkomend_bericht_id
            where i.identificatie like 'KS%'),
         (select count(*) - count(distinct declaratie_nummer) from declaratie where aanbieder_agb = '42420001' and declaratie_nummer like 'KN%'),
         (select count(*) - count(distinct product_referentie) from declaratie_regel where aanbieder_agb = '42420001' and product_referentie like 'KP%'),
         (select count(*) from inkomend_bericht i where i.identificatie like 'KS%' and i.goedgekeurd
            and not exists (select 1 from levering l where l.inkomend_bericht_id = i.id))" | tr ';' ' ')
EFFECTEN_RC=0
if [ "$DUBBELE_STARTS" != 0 ] || [ "$DUBBELE_DECLARATIES" != 0 ] || [ "$DUBBELE_REGELS" != 0 ] || [ "$ONTBREKENDE_STARTS" != 0 ]; then
  EFFECTEN_RC=1
fi

wait "$WACHTER" || true
read -r GEKOMEN GEKOMEN_NA_KILL < <(cat "$WERK/301.txt" 2>/dev/null || echo "")
TOEWIJZINGEN_VOOR_BESLUIT=$(sql "select count(*) from toewijzing where beschikking_id = $BESCHIKKING")

echo
echo "KILL9 $((2 * AANTAL)) berichten (JW305 + JW323), $TEMPO/s op $WERKERS werkers, kill -9 na $BIJ_KILL antwoorden direct na een besluit; PostgreSQL $PG_VERSION"
echo "  $TELLING" | sed '2,$s/^/  /'
echo "  goedgekeurd $GOEDGEKEURD; dubbel geboekt: starts $DUBBELE_STARTS, declaraties $DUBBELE_DECLARATIES, declaratieregels $DUBBELE_REGELS; goedgekeurde start zonder levering: $ONTBREKENDE_STARTS"
if [ -n "$GEKOMEN" ] && [ "$TOEWIJZINGEN_VOOR_BESLUIT" = 1 ]; then
  echo "  301 check: beschikking $BESCHIKKING -> toewijzing en JW301 er $GEKOMEN s na readiness van de herstart, $GEKOMEN_NA_KILL s na de kill (toewijzing voor de kill: $VOOR, open events: $OPEN) OK"
  RC301=0
else
  echo "  301 check: beschikking $BESCHIKKING -> ${TOEWIJZINGEN_VOOR_BESLUIT} toewijzing(en), JW301 ${GEKOMEN:-niet binnen 240 s na readiness van de herstart} MISLUKT"
  RC301=1
fi
KLAAR=1
if [ "$TELLING_RC" != 0 ] || [ "$EFFECTEN_RC" != 0 ] || [ "$RC301" != 0 ]; then
  echo "KILL9 MISLUKT"
  exit 1
fi
echo "KILL9 OK"
