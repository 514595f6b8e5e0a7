#!/usr/bin/env bash
# Pushes 10,000 JW305 and JW323 messages through the whole pipeline and prints messages per second
# and the ratio to plain XSD validation of the same messages. Not a test: it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BerichtenBenchmarkIT -Dbenchmark=true \
  -Dfailsafe.useFile=false 2>&1 | sed -n '/BERICHTEN-BENCHMARK/,/goedgekeurd/p'
# Validation time against message size (issue 22): per product a comment of the longest length allowed
./mvnw -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='BerichtenBenchmarkIT#validatieGroeitLineairMetDeGrootte' -Dbenchmark=true \
  -Dfailsafe.useFile=false 2>&1 | sed -n '/VALIDATIE-BENCHMARK/,/256 producten/p'
