#!/usr/bin/env bash
# The quiet-machine campaign of issue 19, in one command: builds the distribution the way the
# README and the Dockerfile do (dist/build.sh trains its AOT cache on embedded servers), then runs
#   bench/noop.sh          no-op CPU/RSS: strata lean, strata with picocli, the JVM floor, on the
#                          quickstart's 3 files and on bench/run's 500
#   bench/startup.sh       start-up under each way of running strata
#   bench/run              N=500 (or $N), every tool, with the JVM floor and the targets table
#   bench/fresh-floor.sh   fresh apply of 500 files: the client, the client fed Strata's SQL with its
#                          crash-safety records, and Strata (item 3's floor), on both databases
#   bench/inspect.sh       with INSPECT set: schema inspect beside pg_dump at 2,000 tables (issue 14)
# and writes everything the scripts print to bench/results/campaign-<UTC time>.log.
#
#   nice -n -15 bench/campaign.sh          # about 20-25 min on the 2-core machine
#   SKIP_BUILD=1 N="100 500 2000" RUNS=3 INSPECT=1 bench/campaign.sh   # MAVEN_FLAGS="-o ..." for the build
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
log=$root/bench/results/campaign-$stamp.log
mkdir -p bench/results
{
  echo "# bench/campaign.sh at $stamp on $(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  command -v hyperfine > /dev/null ||
    echo "note: no hyperfine (apt-get install hyperfine): bench/startup.sh times with a shell loop, without CPU times"
  if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -B -q package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip ${MAVEN_FLAGS:-}
  fi
  echo "## bench/noop.sh 20"
  N= bench/noop.sh 20
  echo "## N=500 bench/noop.sh 20"
  N=500 bench/noop.sh 20
  echo "## bench/startup.sh 20"
  bench/startup.sh 20
  echo "## N=${N:-500} bench/run"
  N=${N:-500} bench/run
  for db in postgres mariadb; do
    echo "## bench/fresh-floor.sh $db 500 5"
    bench/fresh-floor.sh "$db" 500 5
  done
  if [ -n "${INSPECT:-}" ]; then
    echo "## N=2000 DBS=postgres RUNS=5 bench/inspect.sh"
    N=2000 DBS=postgres RUNS=5 bench/inspect.sh
  fi
} 2>&1 | tee "$log"
echo "wrote $log"
