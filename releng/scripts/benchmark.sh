#!/usr/bin/env bash
# Runs the benchmarks of releng/org.hyoka.benchmarks and writes their report (ratios against plain EMF measured
# in the same run) to releng/org.hyoka.benchmarks/target/benchmark-report.md.
# Arguments go to the benchmark: --projects N (default 5000, about one million objects), --quick, --export-only.
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/setup.sh
hyoka_use_java
./mvnw -B -q install -pl releng/org.hyoka.benchmarks -am -DskipTests
module=releng/org.hyoka.benchmarks/target
exec "$JAVA_HOME/bin/java" -Xmx8g -jar "$module/benchmarks.jar" --out "$module/benchmark-report.md" "$@"
