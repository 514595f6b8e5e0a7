#!/usr/bin/env bash
# Measures how long a fresh start takes (empty ./data, so the demo municipality is generated),
# and a second start on the existing data. Prints the figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${PORT:-18080}
./mvnw -q -B -ntp package -DskipTests
JAR=$(ls target/dichtbij-*.jar | head -n 1)
DATA=$(mktemp -d)

meet() {
  local start end pid
  start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$DATA/dichtbij;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$DATA/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -s "localhost:$PORT/actuator/health/readiness" | grep -q UP && break
    sleep 0.1
  done
  end=$(date +%s%N)
  echo "$1: ready in $(( (end - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

meet "first start (generates 65,000 demo residents)"
meet "second start (existing data)"
rm -rf "$DATA"
