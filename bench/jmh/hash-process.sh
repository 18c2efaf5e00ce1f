#!/usr/bin/env bash
# Whole-process `strata migrate hash` on the benchmarks' 10,000-file directory: the median wall-clock
# time of RUNS runs (default 5), measured with /usr/bin/time, next to `strata version` (start-up alone).
# Needs: ./mvnw -B -q package -DskipTests -pl strata-core,strata-cli,bench/jmh -am
# Usage: bench/jmh/hash-process.sh [CLI_JAR]   (default strata-cli/target/strata-cli.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
cli=${1:-strata-cli/target/strata-cli.jar}
runs=${RUNS:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
java -cp bench/jmh/target/benchmarks.jar dev.strata.bench.WriteMigrationDir "$dir/migrations"

median() { # label, command...
  local label=$1
  shift
  local times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f %e -o "$dir/time" "$@" >/dev/null
    times+=("$(cat "$dir/time")")
  done
  printf '%-8s median %s s of %s\n' "$label" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")" \
    "${times[*]}"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
median version java -jar "$cli" version
median hash java -jar "$cli" migrate hash --dir "file://$dir/migrations"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
