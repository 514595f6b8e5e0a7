#!/usr/bin/env bash
# Load test at national scale (issue 24): 1,000,000 meldingen in PostgreSQL, then every endpoint a consulent or
# teamleider uses all day at 1 and 16 concurrent users, beside the raw SQL floor of that endpoint (pgbench).
#
# Builds its own PostgreSQL cluster (port 5445, removed again at the end), starts the application jar on it with the
# demo profile and a small demo population (Woerden 0632 and Montfoort 0335 with their teams and the demo accounts:
# Flyway makes the schema), and while it runs fills the database with scripts/lasttest/genereer.sql (set-based SQL):
# MELDINGEN meldingen, each with its household of two persons in the register, its case and, when finished, its
# aanvraag and beschikking, over 60 extra municipalities; MELDINGEN/20 open in Woerden's Jeugdteam (the demo
# consulent's team). Then it measures with scripts/lasttest/Lasttest.java (JDK 25 source launcher, only java.net.http):
#   wachtrij p0    GET /api/v1/teams/{Jeugdteam Woerden}/wachtrij                 jeugdconsulent (API)
#   wachtrij diep  the same queue, page DIEPE_PAGINA (with the cursor "na" of the previous page when the API gives one)
#   teams          GET /api/v1/teams                                               teamleider (API)
#   zaak           GET /api/v1/zaken/{id}, open cases the Jeugdteam leads           jeugdconsulent (API)
#   melding        GET /api/v1/meldingen/{id}, open meldingen of the Jeugdteam      jeugdconsulent (API)
#   werkbak        GET /werk (HTML), after the form login at /inloggen with its CSRF token
# The API clients sign in once: POST /api/v1/sessies (HTTP Basic) and then Authorization: Bearer; while the
# application has no such endpoint they send HTTP Basic on every request, and the table says the figures include bcrypt.
# Per endpoint: a warm-up, then REQUESTS requests by 1 user and REQUESTS requests by 16 users (each row stops early after
# MAX_SECONDEN s); median, p95, p99, requests per second, errors (non-2xx or timeout after TIMEOUT_SECONDEN s). Beside
# it the SQL floor: the endpoint's main SQL (scripts/lasttest/sql/*.sql, the version matching the jar's schema) run by
# pgbench -M prepared at 1 and 16 clients for PGBENCH_SECONDEN s, its median per transaction, and the ratio endpoint /
# SQL. The floor leaves out what every request adds: authentication, the session, the Logboek dataverwerkingen (a line
# per person shown), JSON or HTML. The client runs on the same machine and takes its share of the cores.
#
#   scripts/lasttest.sh                                 # 1,000,000 meldingen: about 20 minutes on 2 cores (below)
#   MELDINGEN=50000 REQUESTS=200 MAX_SECONDEN=30 scripts/lasttest.sh   # a quick run, about 8 minutes
#
# Run time at MELDINGEN=1000000 on the 2-core development machine while three other workers built and tested on it
# (load average 10-14): 1,033-1,206 s in all: the cluster and the first start of the jar 110-130 s, generation
# 402-416 s (2.2 GB), pgbench 130 s, walking the queue to page 1,000 with the cursor 33-61 s, the six endpoints
# 350-490 s (each row stops after MAX_SECONDEN; a slow werkbak takes its two full minutes). Shorter on an idle machine.
# Runs as root (or postgres) on a Debian machine with PostgreSQL installed (apt-get install postgresql; pgbench comes
# with it) and a JDK 25; needs nothing else. Re-runnable.
# Environment: MELDINGEN (1000000), GEMEENTEN (60, extra municipalities), REQUESTS (5000 per endpoint and user count),
# WARMUP (2000 per endpoint, at 4 users: a server that runs all day has compiled its hot paths; 200 left the JIT half done
# and made a 16-user row of about 2 s swing 20-30% between runs), DIEPE_PAGINA (1000: page 1,000 of 25 is row 25,000), MAX_SECONDEN (60 per row), TIMEOUT_SECONDEN (60),
# PGBENCH_SECONDEN (10), LASTTEST_PG_PORT (5445), LASTTEST_PORT (18085, the application), BEWAAR=1 keeps the cluster
# (running; the application is stopped) and the work directory, DICHTBIJ_JAR another jar than target/dichtbij-*.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
CLUSTER=dichtbij_lasttest
PGPORT="${LASTTEST_PG_PORT:-5445}"
POORT="${LASTTEST_PORT:-18085}"
DB=dichtbij_lasttest
MELDINGEN="${MELDINGEN:-1000000}"
GEMEENTEN="${GEMEENTEN:-60}"
export REQUESTS="${REQUESTS:-5000}" WARMUP="${WARMUP:-2000}" DIEPE_PAGINA="${DIEPE_PAGINA:-1000}"
export MAX_SECONDEN="${MAX_SECONDEN:-60}" TIMEOUT_SECONDEN="${TIMEOUT_SECONDEN:-60}"
PGBENCH_SECONDEN="${PGBENCH_SECONDEN:-10}"
BASIS="http://localhost:$POORT"
WERK=$(mktemp -d /tmp/dichtbij-lasttest.XXXXXX)
chmod 755 "$WERK"
NODE=""
KLAAR=0
BEGIN=$(date +%s)

log() { echo "[lasttest $(date +%H:%M:%S)] $*"; }

# psql on the script's own cluster as the superuser, SQL from $1; rows as a;b;c
sql() { su postgres -c "psql -X -p $PGPORT -d ${2:-$DB} -v ON_ERROR_STOP=1 -qtA -F';' -f -" <<< "$1"; }

stop_node() {
  if [ -n "$NODE" ] && kill -0 "$NODE" 2>/dev/null; then
    kill "$NODE" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$NODE" 2>/dev/null || break; sleep 1; done
    kill -9 "$NODE" 2>/dev/null || true
    wait "$NODE" 2>/dev/null || true
  fi
  NODE=""
}

opruimen() {
  local rc=$?
  stop_node
  if [ "$KLAAR" != 1 ] || [ "$rc" != 0 ]; then
    echo "--- laatste regels van het applicatielog ($WERK/node.log):"
    tail -n 40 "$WERK/node.log" 2>/dev/null || true
  fi
  if [ -n "${BEWAAR:-}" ]; then
    echo "bewaard: cluster $CLUSTER (poort $PGPORT, database $DB, rol dichtbij_lasttest/dichtbij_lasttest) en werkmap $WERK"
    echo "opruimen: pg_dropcluster --stop $PG_VERSION $CLUSTER; rm -rf $WERK"
  else
    pg_dropcluster --stop "$PG_VERSION" "$CLUSTER" 2>/dev/null || true
    rm -rf "/etc/postgresql/$PG_VERSION/$CLUSTER" "$WERK"   # pg_dropcluster leaves conf.d behind
  fi
}
trap opruimen EXIT

source scripts/lib/jar.sh
jar_zoeken

# --- the cluster: a production-like configuration for a 2-core machine with a few GB for the database
log "PostgreSQL $PG_VERSION: cluster $CLUSTER op poort $PGPORT"
pg_dropcluster --stop "$PG_VERSION" "$CLUSTER" 2>/dev/null || true
rm -rf "/etc/postgresql/$PG_VERSION/$CLUSTER"
pg_createcluster "$PG_VERSION" "$CLUSTER" -p "$PGPORT" -- --auth-local=peer --auth-host=scram-sha-256 > /dev/null
cat > "/etc/postgresql/$PG_VERSION/$CLUSTER/conf.d/lasttest.conf" <<EOF
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 15min
random_page_cost = 1.1
jit = off
max_connections = 100
EOF
pg_ctlcluster "$PG_VERSION" "$CLUSTER" start
sql "create role dichtbij_lasttest login password 'dichtbij_lasttest'; create database $DB owner dichtbij_lasttest;" postgres

start_node() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PGPORT/$DB" \
  SPRING_DATASOURCE_USERNAME=dichtbij_lasttest SPRING_DATASOURCE_PASSWORD=dichtbij_lasttest \
    java -Xmx1g -jar "$JAR" --spring.profiles.active=demo --server.port="$POORT" \
      --dichtbij.demo.inwoners-woerden=3000 --dichtbij.demo.inwoners-montfoort=600 \
      --dichtbij.logboek.ankers="$WERK/logboek-ankers.txt" \
      "${PAD_ARG[@]}" >> "$WERK/node.log" 2>&1 &
  NODE=$!
  local t0=$SECONDS
  for _ in $(seq 1 1200); do
    curl -s "$BASIS/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$NODE" 2>/dev/null || { log "de applicatie is gestopt"; exit 1; }
    sleep 0.5
  done
  curl -s "$BASIS/actuator/health/readiness" | grep -q '"UP"' || { log "de applicatie werd niet klaar"; exit 1; }
  log "applicatie $NODE klaar in $((SECONDS - t0)) s ($1)"
}

start_node "schema (Flyway) en demo met 3,600 inwoners"

# --- the data
log "genereren: $MELDINGEN meldingen over Woerden, Montfoort en $GEMEENTEN gemeenten"
G0=$(date +%s.%N)
su postgres -c "psql -X -p $PGPORT -d $DB -v ON_ERROR_STOP=1 -q -o /dev/null -v meldingen=$MELDINGEN -v gemeenten=$GEMEENTEN -f -" \
  < scripts/lasttest/genereer.sql > "$WERK/genereer.log" 2>&1 || { cat "$WERK/genereer.log"; exit 1; }
GENEREERTIJD=$(echo "$(date +%s.%N) - $G0" | bc)
read -r JEUGDTEAM WOERDEN_OPEN TOTAAL ZAKEN PERSONEN AANVRAGEN BESCHIKKINGEN GROOTTE < <(sql "
  select (select team_id from account where gebruikersnaam = 'jeugdconsulent'),
         (select count(*) from melding where team_id = (select team_id from account where gebruikersnaam = 'jeugdconsulent')
            and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')),
         (select count(*) from melding), (select count(*) from zaak), (select count(*) from persoon),
         (select count(*) from aanvraag), (select count(*) from beschikking),
         pg_size_pretty(pg_database_size('$DB'))" | tr ';' ' ')
export GENEREER_REGEL="generated in $(printf '%.0f' "$GENEREERTIJD") s: $TOTAAL meldingen ($WOERDEN_OPEN open in Woerden's Jeugdteam, team $JEUGDTEAM), $ZAKEN zaken, $PERSONEN persons, $AANVRAGEN aanvragen, $BESCHIKKINGEN beschikkingen; database $GROOTTE"
log "$GENEREER_REGEL"
# the deep page lies inside the queue (a small run has a short queue)
if [ "$DIEPE_PAGINA" -gt $((WOERDEN_OPEN / 25 - 1)) ]; then DIEPE_PAGINA=$((WOERDEN_OPEN / 25 - 1)); fi
export DIEPE_PAGINA

# ids for the detail pages: open cases the Jeugdteam leads, open meldingen of the Jeugdteam (a spread sample)
sql "select id from zaak where lead_team_id = $JEUGDTEAM and open order by md5(id::text) limit 2000" > "$WERK/zaken.txt"
sql "select id from melding where team_id = $JEUGDTEAM and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN') order by md5(id::text) limit 2000" > "$WERK/meldingen.txt"
sql "select bsn from persoon where gemeente_code = '0632' order by md5(bsn) limit 2000" > "$WERK/bsns.txt"

# --- the client probes the queue: a cursor to walk deep, or pagina=N; and the deep page's cursor for the SQL floor
lasttest() { java scripts/lasttest/Lasttest.java "$@"; }
lasttest verken "$BASIS" "$JEUGDTEAM" "$WERK" | tee "$WERK/verken.txt"
DIEP_VANAF=$((DIEPE_PAGINA * 25))
# the last row before the deep page, for the keyset form of the floor (the queue's order: termijn_einde, ontvangen_op, id)
read -r K_DAG K_US K_ID < <(sql "select termijn_einde - date '1970-01-01', (extract(epoch from ontvangen_op) * 1000000)::bigint, id
  from melding where team_id = $JEUGDTEAM and gemeente_code = '0632' and status not in ('ONDERZOEK_AFGEROND', 'INGETROKKEN')
  order by termijn_einde, ontvangen_op, id limit 1 offset $((DIEP_VANAF - 1))" | tr ';' ' ')
WMOTEAM=$(sql "select team_id from account where gebruikersnaam = 'wmoconsulent'")
read -r ZAAK HUISHOUDEN < <(sql "select id, huishouden_id from zaak where id = $(head -n 1 "$WERK/zaken.txt")" | tr ';' ' ')
BSNS="{$(head -n 25 "$WERK/bsns.txt" | paste -sd,)}"

# --- the SQL floor: each endpoint's main SQL by pgbench at 1 and 16 clients, median per transaction from the log
mkdir -p "$WERK/pgbench"
cp scripts/lasttest/sql/*.sql "$WERK/pgbench/"
chown -R postgres "$WERK/pgbench"
# the floor follows the version of the application: the queue counted on every read and paged by offset (main before
# issue 24), or the kept counts of wachtrij_telling and seek paging with the cursor "na" (docs/decisions/0015); the
# werkbak's 18-/18+ tasks from every household with an open Jeugd case, or from the register by birth date (0016)
P0_SQL=wachtrij.sql TEAMS_SQL=teams.sql WERKBAK_SQL=werkbak.sql DIEP_SQL=diep-offset.sql
if [ "$(sql "select to_regclass('wachtrij_telling') is not null")" = t ]; then
  P0_SQL=wachtrij-telling.sql TEAMS_SQL=teams-telling.sql
  [ "$(sql "select to_regclass('persoon_gemeente_geboortedatum') is not null")" = t ] && WERKBAK_SQL=werkbak-porties.sql
fi
grep -q '^cursor=ja' "$WERK/verken.txt" && DIEP_SQL=diep-keyset.sql
: > "$WERK/vloer.tsv"
pgbench_vloer() {   # <name> <sql file>
  local naam=$1 bestand=$2 clients mediaan tps
  for clients in 1 16; do
    rm -f "$WERK"/pgbench/pgb.*
    su postgres -c "cd '$WERK/pgbench' && $PG_BIN/pgbench -n -M prepared -p $PGPORT -c $clients -j $((clients > 2 ? 2 : clients)) -T $PGBENCH_SECONDEN \
      -f '$WERK/pgbench/$bestand' -D team=$JEUGDTEAM -D wmoteam=$WMOTEAM -D vanaf=$DIEP_VANAF -D k_dag=$K_DAG -D k_us=$K_US -D k_id=$K_ID \
      -D zaak=$ZAAK -D huishouden=$HUISHOUDEN -D melding=$(head -n 1 "$WERK/meldingen.txt") -D 'bsns=$BSNS' \
      -l --log-prefix=pgb $DB" > "$WERK/pgbench-$bestand-$clients.txt" 2>&1 || { cat "$WERK/pgbench-$bestand-$clients.txt"; exit 1; }
    # the per-transaction log: client, transaction, latency in microseconds, ...
    mediaan=$(cat "$WERK"/pgbench/pgb.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}')
    tps=$(grep -oE 'tps = [0-9.]+' "$WERK/pgbench-$bestand-$clients.txt" | head -n 1 | awk '{printf "%.0f", $3}')
    printf '%s\t%s\t%s\t%s\n' "$naam" "$clients" "$mediaan" "$tps" >> "$WERK/vloer.tsv"
    log "SQL-vloer $naam ($bestand), $clients clients: mediaan $mediaan ms, $tps tps"
  done
}
log "SQL-vloer met pgbench, ${PGBENCH_SECONDEN} s per meting"
pgbench_vloer "wachtrij p0" "$P0_SQL"
pgbench_vloer "wachtrij diep" "$DIEP_SQL"
pgbench_vloer teams "$TEAMS_SQL"
pgbench_vloer zaak zaak.sql
pgbench_vloer melding melding.sql
pgbench_vloer werkbak "$WERKBAK_SQL"

# --- the endpoints
log "endpoints: warm-up $WARMUP, dan $REQUESTS verzoeken met 1 en met 16 gebruikers (hoogstens $MAX_SECONDEN s per regel)"
export MACHINE="$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; PostgreSQL $PG_VERSION (shared_buffers 1GB), JDK $(java -version 2>&1 | head -n 1 | grep -oE '"[^"]+"' | tr -d '"'), -Xmx1g"
lasttest meet "$BASIS" "$JEUGDTEAM" "$WERK"

log "klaar in $(( $(date +%s) - BEGIN )) s"
KLAAR=1
