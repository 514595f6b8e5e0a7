#!/usr/bin/env bash
# Measures how long a fresh start takes (empty database, so the demo municipality is generated) and a
# second start on the existing data, until /actuator/health/readiness is UP (after the demo data):
# first as a plain jar, then with a JDK 25 AOT cache as scripts/start-met-aot-cache.sh runs it, then as its --demo
# runs the demo (C1 only, as spring-boot:run, with a cache of its own).
# Prints the figures with the CPU time the process used until then and the load average (on a shared machine the
# wall time moves with the load, the CPU time much less); asserts nothing.
# ZONDER_AOT=1 skips the AOT-cache part (quicker while trying things); BEWAAR_LOGS=dir keeps the start logs there;
# JVM_OPTIES="..." adds JVM options to every start and to the training (e.g. -XX:TieredStopAtLevel=1, as spring-boot:run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/aot-training.sh
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18080}
[[ -n "${GEEN_BUILD:-}" ]] || ./mvnw -q -B -ntp package -DskipTests
JAR=$(ls target/dichtbij-*.jar | head -n 1)
WERK=$(mktemp -d)
NR=0

meet() {
  local naam=$1 data=$2 start end pid cpu
  shift 2
  NR=$((NR + 1))
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  "$JAVA" -Xmx512m ${JVM_OPTIES:-} "$@" --spring.profiles.active=demo --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$data/dichtbij;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$data.$NR.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do
    curl -s "localhost:$PORT/actuator/health/readiness" | grep -q UP && break
    sleep 0.1
  done
  curl -s "localhost:$PORT/actuator/health/readiness" | grep -q UP || echo "$naam: NOT ready after 10 minutes"
  end=$(date +%s%N)
  cpu=$(awk '{ print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$pid/stat")
  echo "$naam: ready in $(( (end - start) / 1000000 )) ms (cpu $cpu ms, load $(cut -d' ' -f1-3 /proc/loadavg))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

meet "jar, first start (generates 65,000 demo residents)" "$WERK/jar" -jar "$JAR"
meet "jar, second start (existing data)               " "$WERK/jar" -jar "$JAR"
if [[ -n "${BEWAAR_LOGS:-}" ]]; then mkdir -p "$BEWAAR_LOGS"; cp "$WERK"/*.log "$BEWAAR_LOGS"/; fi
if [[ -n "${ZONDER_AOT:-}" ]]; then rm -rf "$WERK"; exit 0; fi

"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WERK/aot" > /dev/null
UITGEPAKT="$WERK/aot/$(basename "$JAR")"
aot_trainen "$JAVA" "$UITGEPAKT" "$WERK/aot/app.aot" "$WERK/training.log"
meet "AOT cache, first start                          " "$WERK/aotdata" -XX:AOTCache="$WERK/aot/app.aot" -jar "$UITGEPAKT"
meet "AOT cache, second start                         " "$WERK/aotdata" -XX:AOTCache="$WERK/aot/app.aot" -jar "$UITGEPAKT"
if [[ -z "${JVM_OPTIES:-}" ]]; then
  # the demo as start-met-aot-cache.sh --demo starts it: C1 only, like spring-boot:run, with a cache trained so
  JVM_OPTIES="-XX:TieredStopAtLevel=1" aot_trainen "$JAVA" "$UITGEPAKT" "$WERK/aot/app-demo.aot" "$WERK/training-demo.log"
  JVM_OPTIES="-XX:TieredStopAtLevel=1" meet "AOT cache --demo (C1), first start              " "$WERK/demodata" \
    -XX:AOTCache="$WERK/aot/app-demo.aot" -jar "$UITGEPAKT"
  JVM_OPTIES="-XX:TieredStopAtLevel=1" meet "AOT cache --demo (C1), second start             " "$WERK/demodata" \
    -XX:AOTCache="$WERK/aot/app-demo.aot" -jar "$UITGEPAKT"
fi
rm -rf "$WERK"
