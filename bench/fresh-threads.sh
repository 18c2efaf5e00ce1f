#!/usr/bin/env bash
# Where a fresh apply's client-side CPU goes, by thread: the main thread against the JIT compiler.
#
#   bench/fresh-threads.sh mariadb|postgres N [RUNS] [STRATA] [-- JVM OPTIONS...]
#
# Each run drops and creates the database, runs a fresh apply of N bench migrations
# (bench/Gen.java), samples /proc/PID/task/*/stat every 20 ms until the process ends and prints the
# user+system CPU of each thread name (10 ms ticks; "java" is the main thread), then the medians of
# the runs. JVM options after -- go to STRATA_JAVA_OPTS, e.g. -- -Xint or
# -- -XX:CompileThresholdScaling=0.5. MYPORT / PGPORT pick the server, DB the database
# (default fresh_threads).
set -euo pipefail
db=$1 n=$2 runs=${3:-5}
root=$(cd "$(dirname "$0")/.." && pwd -P)
strata=${4:-$root/dist/target/strata/bin/strata}
shift $(( $# < 4 ? $# : 4 ))
[ "${1:-}" != -- ] || shift
opts="$*"
java17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
name=${DB:-fresh_threads}
set=$(mktemp -d); trap 'rm -rf "$set"' EXIT
"$java17" "$root/bench/Gen.java" "$set" "$n"
"$strata" migrate hash --dir "file://$set/strata" > /dev/null
if [ "$db" = mariadb ]; then
  port=${MYPORT:-3306}
  url="mysql://root@127.0.0.1:$port/$name"
  reset() { mariadb -h 127.0.0.1 -P "$port" -u root -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name"; }
else
  port=${PGPORT:-5432}
  url="postgres://postgres@127.0.0.1:$port/$name?sslmode=disable"
  reset() {
    psql -X -q -h 127.0.0.1 -p "$port" -U postgres -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" \
      2> /dev/null
  }
fi

threads() { # one run -> "name=ms name=ms ... total=ms"
  reset
  STRATA_JAVA_OPTS="$opts" "$strata" migrate apply --url "$url" --dir "file://$set/strata" > "$set/out" 2>&1 &
  local pid=$! f tid stat
  declare -A last
  while kill -0 "$pid" 2> /dev/null; do
    for f in /proc/"$pid"/task/*/stat; do
      tid=${f#/proc/"$pid"/task/}
      stat=$(cat "$f" 2> /dev/null) || continue # a thread that just ended keeps its last sample
      last[${tid%/stat}]=$stat
    done
    sleep 0.02
  done
  wait "$pid" || { tail -3 "$set/out" >&2; exit 1; }
  for tid in "${!last[@]}"; do
    local l=${last[$tid]} comm
    comm=${l#*(}
    comm=${comm%)*}
    # shellcheck disable=SC2086 # the fields after the name
    set -- ${l##*) }
    echo "${comm// /_} $(( (${12} + ${13}) * 10 ))"
  done | awk '{sub(/[0-9]+$/, "", $1); c[$1] += $2; t += $2}
    END {for (k in c) if (c[k] > 0) printf "%s=%d ", k, c[k]; printf "total=%d\n", t}'
}
for i in $(seq "$runs"); do
  threads | tee -a "$set/runs"
done
reset
echo "$db N=$n ${opts:-(as shipped)}: medians of $runs runs, ms"
tr ' ' '\n' < "$set/runs" | awk -F= 'NF == 2 {v[$1] = v[$1] " " $2} END {for (k in v) print k, v[k]}' | sort \
  | while read -r k values; do
      # shellcheck disable=SC2086
      printf '  %-16s %s\n' "$k" "$(printf '%s\n' $values | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')"
    done
