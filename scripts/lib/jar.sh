# The packaged jar to run (DICHTBIJ_JAR, else target/, built when missing) and the argument that points it at the
# iStandaarden folder beside the repository when there is one (otherwise the application's own bundled copy).
# Sourced by kill9.sh, failover.sh and lasttest.sh; needs a `log` function. Sets JAR and PAD_ARG.
jar_zoeken() {
  JAR="${DICHTBIJ_JAR:-$(ls target/dichtbij-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}"
  if [ -z "$JAR" ]; then
    log "jar bouwen"
    ./mvnw -B -ntp -q -DskipTests package
    JAR=$(ls target/dichtbij-*.jar | grep -v plain | head -n 1)
  fi
  local istandaarden="${ISTANDAARDEN:-${DICHTBIJ_ISTANDAARDEN_PAD:-$(cd .. && pwd)/shared/istandaarden}}"
  PAD_ARG=()
  [ -f "$istandaarden/ijw-3.2/xsd/basisschema.xsd" ] && PAD_ARG=(--dichtbij.istandaarden.pad="$istandaarden")
  return 0
}
