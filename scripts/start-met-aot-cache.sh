#!/usr/bin/env bash
# Starts Dichtbij from the jar with a JDK 25 AOT cache (JEP 483/514/515): the classes Spring loads and links at
# start-up come ready from the cache, which roughly halves the time to a running context. This is how a node is
# meant to run in production; `./mvnw spring-boot:run` stays the simple way for development.
#
#   scripts/start-met-aot-cache.sh            # build the jar if needed, train the cache once, start (port 8080)
#   scripts/start-met-aot-cache.sh --opnieuw  # rebuild jar and cache (after a code change)
#
# Extra arguments after the options are passed to the application, e.g. --server.port=8081.
# The cache belongs to exactly this jar and this JDK: rebuild it with --opnieuw after every build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/aot-training.sh
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
DOEL=target/aot
JAR=dichtbij-0.1.0-SNAPSHOT.jar

if [ "${1:-}" = "--opnieuw" ]; then
  shift
  rm -rf "$DOEL"
  ./mvnw -q package -DskipTests
fi
[ -f "target/$JAR" ] || ./mvnw -q package -DskipTests

if [ ! -f "$DOEL/app/app.aot" ]; then
  echo "AOT-cache maken (eenmalig, ongeveer een minuut) ..."
  rm -rf "$DOEL"
  "$JAVA" -Djarmode=tools -jar "target/$JAR" extract --destination "$DOEL/app" > /dev/null
  aot_trainen "$JAVA" "$PWD/$DOEL/app/$JAR" "$PWD/$DOEL/app/app.aot" "$DOEL/training.log"
fi

# the application runs from the repository root, so ./data and ../shared resolve as with spring-boot:run
exec "$JAVA" -XX:AOTCache="$DOEL/app/app.aot" -Xmx512m -jar "$PWD/$DOEL/app/$JAR" "$@"
