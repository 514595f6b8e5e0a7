# Trains a JDK 25 AOT cache (JEP 483/514/515) for an extracted Dichtbij jar: the training run starts the demo on a
# throw-away in-memory database with a small population, waits until it is ready (so the classes and method profiles
# of the demo generation and the first requests are in the cache, not only those of the context start), then stops
# it; the JVM writes the cache as it exits. The demo profile only lets the training start without production secrets;
# the cache serves production starts alike. Sourced by start-met-aot-cache.sh and opstarttijd.sh.
#
#   aot_trainen <java> <absolute path of the extracted jar> <cache file> <log file>
aot_trainen() {
  local java=$1 jar=$2 cache=$3 log=$4 poort pid
  poort=${AOT_TRAININGSPOORT:-18099}
  # shellcheck disable=SC2086 # JVM_OPTIES: extra JVM options, the same as the starts that use the cache
  "$java" -XX:AOTCacheOutput="$cache" -Xmx512m ${JVM_OPTIES:-} -jar "$jar" --spring.profiles.active=demo --server.port="$poort" \
    --spring.datasource.url="jdbc:h2:mem:aot-training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    --dichtbij.demo.inwoners-woerden=3000 --dichtbij.demo.inwoners-montfoort=600 \
    --dichtbij.logboek.ankers="$(dirname "$cache")/training-ankers.txt" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1500); do
    curl -s "localhost:$poort/actuator/health/readiness" | grep -q UP && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  curl -s "localhost:$poort/" > /dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -f "$cache" ] || { echo "AOT-training mislukt, zie $log" >&2; return 1; }
}
