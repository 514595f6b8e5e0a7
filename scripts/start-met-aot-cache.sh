#!/usr/bin/env bash
# Starts Dichtbij from the jar with a JDK 25 AOT cache (JEP 483/514/515): the classes Spring loads and links at
# start-up come ready from the cache, which roughly halves the time to a running context. This is how a node is
# meant to run in production; `./mvnw spring-boot:run` stays the simple way for development.
#
#   scripts/start-met-aot-cache.sh            # build the jar if needed, train the cache once, start (port 8080)
#   scripts/start-met-aot-cache.sh --demo     # the demo municipality, started as spring-boot:run does (C1 only)
#   scripts/start-met-aot-cache.sh --opnieuw  # rebuild jar and cache (after a code change)
#
# --demo: the demo profile, and only the JIT's first tier (-XX:TieredStopAtLevel=1, as the Maven plugin runs
# spring-boot:run): on 2 cores the optimising compiler costs a third of the CPU of a first start, and a demo
# never runs long enough to earn it back. A production node keeps both tiers. Each mode has its own cache.
# Extra arguments after the options are passed to the application, e.g. --server.port=8081.
# The cache belongs to exactly this jar and this JDK: rebuild it with --opnieuw after every build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/aot-training.sh
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
DOEL=target/aot
JAR=dichtbij-0.1.0-SNAPSHOT.jar

CACHE=app.aot
DEMO=()
while [ $# -gt 0 ]; do
  case "$1" in
    --opnieuw) shift; rm -rf "$DOEL"; ./mvnw -q package -DskipTests ;;
    --demo) shift; CACHE=app-demo.aot; DEMO=(--spring.profiles.active=demo); export JVM_OPTIES="-XX:TieredStopAtLevel=1" ;;
    *) break ;;
  esac
done
[ -f "target/$JAR" ] || ./mvnw -q package -DskipTests

# a jar built after the extraction (a plain ./mvnw package) makes the extracted copy and its caches stale
if [ ! -f "$DOEL/app/$JAR" ] || [ "target/$JAR" -nt "$DOEL/app/$JAR" ]; then
  rm -rf "$DOEL"
  "$JAVA" -Djarmode=tools -jar "target/$JAR" extract --destination "$DOEL/app" > /dev/null
fi
if [ ! -f "$DOEL/app/$CACHE" ]; then
  echo "AOT-cache maken (eenmalig, ongeveer een minuut) ..."
  aot_trainen "$JAVA" "$PWD/$DOEL/app/$JAR" "$PWD/$DOEL/app/$CACHE" "$DOEL/training-$CACHE.log"
fi

# the application runs from the repository root, so ./data and ../shared resolve as with spring-boot:run
# shellcheck disable=SC2086
exec "$JAVA" -XX:AOTCache="$DOEL/app/$CACHE" -Xmx512m ${JVM_OPTIES:-} -jar "$PWD/$DOEL/app/$JAR" ${DEMO[@]+"${DEMO[@]}"} "$@"
