#!/usr/bin/env bash
# Failover of the database under load (issue 23): a PostgreSQL primary with a synchronous streaming-replication
# standby, the application connected to both hosts, the primary stopped (immediate) and the standby promoted
# while providers keep sending messages.
#
# Builds two clusters of their own (primary on 5440, standby on 5441: pg_basebackup -R, synchronous_commit=on,
# synchronous_standby_names), starts the application jar against
#   jdbc:postgresql://localhost:5440,localhost:5441/dichtbij_failover?targetServerType=primary
# with a small demo population, and sends a steady stream of 800 distinct messages (JW305 + JW323 of
# Jeugdhulp Voorbeeld B.V. to Woerden) on 4 workers. At 30% answered the primary is stopped with
# `pg_ctlcluster ... stop -m immediate` and a second later the standby is promoted; the stream goes on, and what
# failed is sent again. Then it counts on the promoted server: every message stored once with the retour the
# provider got, none lost (a message answered before the failover is never sent again, so it must be there), and
# prints how long the application needed to serve again. Finally the old primary is brought back as a standby of
# the new one (pg_basebackup); the application must keep writing to the new primary. Both clusters are removed.
#
#   scripts/failover.sh      # prints "sent / stored / answered / doubled / lost" and the time to serve again;
#                            # exits non-zero when anything is doubled or lost, or the application does not come back
#
# Runs as root on a Debian machine with PostgreSQL (apt-get install postgresql) and a JDK 25; nothing else.
# Environment: FAILOVER_PG_PRIMAIR (5440), FAILOVER_PG_STANDBY (5441), FAILOVER_PORT (18081),
# FAILOVER_TOEWIJZINGEN (400: two messages each), FAILOVER_PER_SECONDE (50), FAILOVER_PROMOTIE_NA (1 s),
# FAILOVER_BEWAAR=1 keeps the work directory with the logs, DICHTBIJ_JAR another jar than target/dichtbij-*.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

V=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
PRIMAIR=dichtbij_primair
STANDBY=dichtbij_standby
P1="${FAILOVER_PG_PRIMAIR:-5440}"
P2="${FAILOVER_PG_STANDBY:-5441}"
POORT="${FAILOVER_PORT:-18081}"
AANTAL="${FAILOVER_TOEWIJZINGEN:-400}"
TEMPO="${FAILOVER_PER_SECONDE:-50}"
PROMOTIE_NA="${FAILOVER_PROMOTIE_NA:-1}"
WERKERS=4
DB=dichtbij_failover
BASIS="http://localhost:$POORT"
URL="jdbc:postgresql://localhost:$P1,localhost:$P2/$DB?targetServerType=primary&connectTimeout=3&hostRecheckSeconds=2&tcpKeepAlive=true"
ISTANDAARDEN="${DICHTBIJ_ISTANDAARDEN_PAD:-$(cd .. && pwd)/shared/istandaarden}"
WERK=$(mktemp -d /tmp/dichtbij-failover.XXXXXX)
chmod 755 "$WERK"
NODE=""
KLAAR=0

log() { echo "[failover $(date +%H:%M:%S)] $*"; }
nu_ms() { date +%s%3N; }
# psql as postgres on a port: sql PORT "statements" [database]
sql() { su postgres -c "psql -X -p $1 -d ${3:-$DB} -v ON_ERROR_STOP=1 -qtA -F';' -f -" <<< "$2"; }

opruimen() {
  local rc=$?
  if [ -n "$NODE" ] && kill -0 "$NODE" 2>/dev/null; then
    kill "$NODE" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$NODE" 2>/dev/null || break; sleep 1; done
    kill -9 "$NODE" 2>/dev/null || true
  fi
  pg_dropcluster --stop "$V" "$STANDBY" 2>/dev/null || true
  pg_dropcluster --stop "$V" "$PRIMAIR" 2>/dev/null || true
  if [ "$KLAAR" != 1 ] || [ "$rc" != 0 ]; then
    echo "--- laatste regels van het applicatielog ($WERK/node.log):"
    tail -n 40 "$WERK/node.log" 2>/dev/null || true
  fi
  if [ -n "${FAILOVER_BEWAAR:-}" ]; then echo "werkmap bewaard: $WERK"; else rm -rf "$WERK"; fi
}
trap opruimen EXIT

source scripts/lib/jar.sh
jar_zoeken
javac -d "$WERK/klassen" scripts/lib/Berichtenstroom.java
stroom() { java -cp "$WERK/klassen" Berichtenstroom "$@"; }

# --- the primary
log "PostgreSQL $V: primary $PRIMAIR op $P1, standby $STANDBY op $P2"
pg_dropcluster --stop "$V" "$STANDBY" 2>/dev/null || true
pg_dropcluster --stop "$V" "$PRIMAIR" 2>/dev/null || true
pg_createcluster "$V" "$PRIMAIR" -p "$P1" > /dev/null
cat > "/etc/postgresql/$V/$PRIMAIR/conf.d/replicatie.conf" <<CONF
listen_addresses = 'localhost'
wal_level = replica
max_wal_senders = 5
# pg_rewind can bring this server back as a standby after a failover
wal_log_hints = on
# a commit returns once the standby has it on disk (synchronous_standby_names is set when the standby is there)
synchronous_commit = on
CONF
pg_ctlcluster "$V" "$PRIMAIR" start
sql "$P1" "create role dichtbij_failover login password 'dichtbij_failover';
         create role replicatie login replication password 'replicatie';
         create database $DB owner dichtbij_failover;" postgres

# --- the standby: a base backup of the primary with -R (standby.signal and primary_conninfo)
pg_createcluster "$V" "$STANDBY" -p "$P2" > /dev/null
cp "/etc/postgresql/$V/$PRIMAIR/conf.d/replicatie.conf" "/etc/postgresql/$V/$STANDBY/conf.d/replicatie.conf"
DATA2="/var/lib/postgresql/$V/$STANDBY"
rm -rf "${DATA2:?}"/*
su postgres -c "PGPASSWORD=replicatie pg_basebackup -d 'host=localhost port=$P1 user=replicatie application_name=$STANDBY' \
  -D $DATA2 -R -X stream -c fast"
echo "primary_conninfo = 'host=localhost port=$P1 user=replicatie password=replicatie application_name=$STANDBY'" >> "$DATA2/postgresql.auto.conf"
pg_ctlcluster "$V" "$STANDBY" start
for _ in $(seq 1 60); do
  [ "$(sql "$P1" "select count(*) from pg_stat_replication where application_name = '$STANDBY' and state = 'streaming'" postgres)" = 1 ] && break
  sleep 0.5
done
sql "$P1" "alter system set synchronous_standby_names = 'FIRST 1 ($STANDBY)'; select pg_reload_conf();" postgres > /dev/null
for _ in $(seq 1 40); do
  SYNC=$(sql "$P1" "select sync_state from pg_stat_replication where application_name = '$STANDBY'" postgres)
  [ "$SYNC" = sync ] && break
  sleep 0.5
done
[ "$SYNC" = sync ] || { echo "standby is niet synchroon: '$SYNC'"; exit 1; }
log "standby streamt synchroon (pg_stat_replication.sync_state = $SYNC)"

# --- the application on both hosts
SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME=dichtbij_failover SPRING_DATASOURCE_PASSWORD=dichtbij_failover \
  java -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port="$POORT" \
    --spring.datasource.hikari.keepalive-time=30000 --spring.datasource.hikari.max-lifetime=600000 \
    --dichtbij.demo.inwoners-woerden=3000 --dichtbij.demo.inwoners-montfoort=600 \
    "${PAD_ARG[@]}" >> "$WERK/node.log" 2>&1 &
NODE=$!
log "node $NODE klaar in $(stroom klaar "$BASIS/actuator/health/readiness" 600) ms op $URL"

sql "$P1" "insert into toewijzing (gemeente_code, standaard, toewijzing_nummer, persoon_bsn, aanbieder_agb, aanbieder_naam, productcategorie,
        productcode, product_omschrijving, ingangsdatum, einddatum, volume, eenheid, frequentie, toegewezen_op, levering)
     select '0632', 'IJW', nextval('toewijzing_nummer_seq'), p.bsn, '42420001', 'Jeugdhulp Voorbeeld B.V.', '45', '45A01',
            'Ambulante jeugdhulp individueel', date_trunc('month', current_date - 31)::date,
            (date_trunc('month', current_date - 31) + interval '1 year' - interval '1 day')::date, 3, '04', '2', now(), 'NIET_GESTART'
     from (select bsn from persoon where gemeente_code = '0632' order by bsn limit $AANTAL) p
     returning toewijzing_nummer, persoon_bsn, ingangsdatum;" > "$WERK/toewijzingen.csv"
log "$(wc -l < "$WERK/toewijzingen.csv") toewijzingen: $((2 * AANTAL)) berichten, $TEMPO per seconde op $WERKERS werkers"

# --- the stream, and the failover in the middle of it
touch "$WERK/resultaten.txt"
timeout 600 java -cp "$WERK/klassen" Berichtenstroom stuur "$BASIS" demo-aanbieder-42420001 "$WERK/toewijzingen.csv" \
  "$WERK/resultaten.txt" "$WERKERS" "$TEMPO" > "$WERK/stroom1.txt" 2>&1 &
ZENDER=$!
GRENS=$((2 * AANTAL * 3 / 10))
for _ in $(seq 1 2400); do
  [ "$(grep -c ';20[01];' "$WERK/resultaten.txt" || true)" -ge "$GRENS" ] && break
  kill -0 "$ZENDER" 2>/dev/null || break
  sleep 0.05
done
VOOR_STOP=$(grep -c ';20[01];' "$WERK/resultaten.txt" || true)
pg_ctlcluster "$V" "$PRIMAIR" stop -m immediate
STOP_MS=$(nu_ms)
log "primary gestopt (immediate) na $VOOR_STOP beantwoorde berichten"
sleep "$PROMOTIE_NA"
pg_ctlcluster "$V" "$STANDBY" promote
PROMOTIE_MS=$(nu_ms)
log "standby gepromoveerd; de stroom gaat door"
wait "$ZENDER" || true
log "eerste ronde: $(cat "$WERK/stroom1.txt")"
for ronde in 1 2 3 4 5; do
  uitstaand=$(( 2 * AANTAL - $(cut -d';' -f1,2 "$WERK/resultaten.txt" | grep -E ';20[01]$' | cut -d';' -f1 | sort -u | wc -l) ))
  [ "$uitstaand" -eq 0 ] && break
  log "opnieuw versturen, ronde $ronde: $uitstaand zonder antwoord"
  timeout 300 java -cp "$WERK/klassen" Berichtenstroom stuur "$BASIS" demo-aanbieder-42420001 "$WERK/toewijzingen.csv" \
    "$WERK/resultaten.txt" "$WERKERS" --opnieuw
  sleep 1
done

# --- how long the application needed: the first answer to a message sent after the primary stopped
read -r WEER_MS MISLUKT < <(awk -F';' -v stop="$STOP_MS" '
  $4 >= stop && ($2 == 200 || $2 == 201) && (eerste == "" || $5 < eerste) { eerste = $5 }
  $4 >= stop && $2 != 200 && $2 != 201 { fout++ }
  END { print (eerste == "" ? -1 : eerste - stop), fout + 0 }' "$WERK/resultaten.txt")

# --- the count on the promoted server
sql "$P2" "select identificatie, status, coalesce(md5(retour_xml), '') from inkomend_bericht
     where afzender_agb = '42420001' and identificatie like 'K%'" > "$WERK/db.txt"
set +e
TELLING=$(stroom tel "$WERK/toewijzingen.csv" "$WERK/resultaten.txt" "$WERK/db.txt")
TELLING_RC=$?
set -e
read -r DUBBELE_STARTS DUBBELE_REGELS < <(sql "$P2" "
  select (select count(*) - count(distinct l.toewijzing_id) from levering l join inkomend_bericht i on i.id = l.inkomend_bericht_id
            where i.identificatie like 'KS%'),
         (select count(*) - count(distinct product_referentie) from declaratie_regel where aanbieder_agb = '42420001' and product_referentie like 'KP%')" | tr ';' ' ')

# --- the old primary comes back as a standby of the new one: a fresh base backup (pg_rewind would copy less, but only
# after a clean shutdown of the old primary; see docs/operations.md); the application must stay on the new primary
DATA1="/var/lib/postgresql/$V/$PRIMAIR"
sql "$P2" "alter system set synchronous_standby_names = ''; select pg_reload_conf();" postgres > /dev/null
rm -rf "${DATA1:?}"/*
su postgres -c "PGPASSWORD=replicatie pg_basebackup -d 'host=localhost port=$P2 user=replicatie application_name=$PRIMAIR' \
  -D $DATA1 -R -X stream -c fast"
echo "primary_conninfo = 'host=localhost port=$P2 user=replicatie password=replicatie application_name=$PRIMAIR'" >> "$DATA1/postgresql.auto.conf"
pg_ctlcluster "$V" "$PRIMAIR" start
TERUG=""
for _ in $(seq 1 60); do
  if [ "$(sql "$P2" "select count(*) from pg_stat_replication where application_name = '$PRIMAIR' and state = 'streaming'" postgres)" = 1 ]; then
    TERUG=ja; break
  fi
  sleep 0.5
done
if [ -n "$TERUG" ]; then log "oude primary streamt nu als standby van de nieuwe"; else log "oude primary kwam niet terug als standby"; fi
# more traffic: written on the new primary, never on the old one (now a read-only standby listed first in the URL)
head -n 20 "$WERK/toewijzingen.csv" > "$WERK/toewijzingen-na.csv"
java -Dvoorvoegsel=L -cp "$WERK/klassen" Berichtenstroom stuur "$BASIS" demo-aanbieder-42420001 "$WERK/toewijzingen-na.csv" \
  "$WERK/resultaten-na.txt" 2 > /dev/null
NA_GOED=$(grep -c ';20[01];' "$WERK/resultaten-na.txt" || true)
NA=$(stroom klaar "$BASIS/actuator/health/readiness" 30 > /dev/null && echo UP || echo DOWN)
OUDE_VERBINDINGEN=$(sql "$P1" "select count(*) from pg_stat_activity where usename = 'dichtbij_failover'" postgres 2>/dev/null || echo "?")
NIEUWE_VERBINDINGEN=$(sql "$P2" "select count(*) from pg_stat_activity where usename = 'dichtbij_failover'" postgres)

echo
echo "FAILOVER $((2 * AANTAL)) berichten (JW305 + JW323), $TEMPO/s op $WERKERS werkers; primary gestopt (immediate) na $VOOR_STOP antwoorden,"
echo "  standby $PROMOTIE_NA s later gepromoveerd; PostgreSQL $V, synchrone replicatie; de applicatie is niet herstart"
echo "  $TELLING" | sed '2,$s/^/  /'
echo "  dubbel geboekt: starts $DUBBELE_STARTS, declaratieregels $DUBBELE_REGELS"
echo "  weer bediend: $WEER_MS ms na het stoppen van de primary, $(( WEER_MS - (PROMOTIE_MS - STOP_MS) )) ms na de promotie"
echo "  eerste ronde: $(cat "$WERK/stroom1.txt") — opnieuw verstuurd"
echo "  oude primary terug als standby (pg_basebackup van de nieuwe): daarna $NA_GOED van 40 berichten beantwoord, readiness $NA;"
echo "  verbindingen van de applicatie op de oude primary $OUDE_VERBINDINGEN, op de nieuwe $NIEUWE_VERBINDINGEN"
KLAAR=1
if [ "$TELLING_RC" != 0 ] || [ "$DUBBELE_STARTS" != 0 ] || [ "$DUBBELE_REGELS" != 0 ] || [ "$WEER_MS" -lt 0 ] || [ "$NA" != UP ] || [ "$NA_GOED" != 40 ] \
   || [ "$OUDE_VERBINDINGEN" != 0 ] || [ "$NIEUWE_VERBINDINGEN" -lt 1 ] || [ -z "$TERUG" ]; then
  echo "FAILOVER MISLUKT"
  exit 1
fi
echo "FAILOVER OK"
