#!/usr/bin/env bash
# strata schema inspect (HCL and SQL, whole process) beside the databases' own dump tools, on a
# generated schema of N tables (bench/SchemaGen.java): median wall time of RUNS runs after one
# warm-up, and the median peak RSS, the tools taking turns. Writes bench/results/inspect-<stamp>.md.
#
#   ./mvnw -B -q package -DskipTests        # dist/target/strata
#   bench/inspect.sh                        # N = 100 2000 10000 on postgres mysql sqlite
#   N=100 RUNS=1 bench/inspect.sh           # a quick look
#
# Needs PostgreSQL on 127.0.0.1:5432 (postgres, trust) and MariaDB on 127.0.0.1:3306 (root, no
# password), psql, pg_dump, mariadb, mariadb-dump, sqlite3 and GNU time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
strata=${STRATA:-$root/dist/target/strata/bin/strata}
sizes=${N:-100 2000 10000}
dbs=${DBS:-postgres mysql sqlite}
runs=${RUNS:-5}
work=$root/bench/target/inspect
mkdir -p "$work" "$root/bench/results"
[ -x "$strata" ] || { echo "no $strata: build it with ./mvnw -B -q package -DskipTests" >&2; exit 2; }
unset DATABASE_URL STRATA_URL JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
samples=$work/$stamp.tsv
report=$root/bench/results/inspect-$stamp.md
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

load() { # db n
  local sql=$work/$1-$2.sql
  [ -f "$sql" ] || java "$root/bench/SchemaGen.java" "$1" "$2" "$sql"
  case $1 in
    postgres)
      psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS strata_inspect_bench' \
        -c 'CREATE DATABASE strata_inspect_bench' >/dev/null 2>&1
      psql -h 127.0.0.1 -U postgres -d strata_inspect_bench -q -v ON_ERROR_STOP=1 -f "$sql" >/dev/null ;;
    mysql)
      mariadb -h 127.0.0.1 -u root -e 'DROP DATABASE IF EXISTS strata_inspect_bench; CREATE DATABASE strata_inspect_bench'
      mariadb -h 127.0.0.1 -u root strata_inspect_bench < "$sql" ;;
    sqlite)
      rm -f "$work/bench.db"
      sqlite3 -bail "$work/bench.db" < "$sql" ;;
  esac
}

url() {
  case $1 in
    postgres) echo "postgres://postgres@127.0.0.1:5432/strata_inspect_bench?sslmode=disable&search_path=public" ;;
    mysql) echo "mysql://root@127.0.0.1:3306/strata_inspect_bench" ;;
    sqlite) echo "sqlite://$work/bench.db" ;;
  esac
}

command_for() { # tool db
  case $1 in
    strata-hcl) cmd=("$strata" schema inspect --url "$(url "$2")" --format hcl) ;;
    strata-sql) cmd=("$strata" schema inspect --url "$(url "$2")" --format sql) ;;
    dump)
      case $2 in
        postgres) cmd=(pg_dump -h 127.0.0.1 -U postgres --schema-only strata_inspect_bench) ;;
        mysql) cmd=(mariadb-dump -h 127.0.0.1 -u root --no-data --routines --triggers strata_inspect_bench) ;;
        sqlite) cmd=(sqlite3 "$work/bench.db" .schema) ;;
      esac ;;
  esac
}

tools=(strata-hcl strata-sql dump)
printf 'n\tdb\ttool\tround\twall_ms\trss_kib\n' > "$samples"
for n in $sizes; do
  for db in $dbs; do
    echo "$(date -u +%H:%M:%S) N=$n $db: loading"
    load "$db" "$n"
    for ((round = 0; round <= runs; round++)); do
      for ((i = 0; i < ${#tools[@]}; i++)); do
        tool=${tools[(i + round) % ${#tools[@]}]}
        command_for "$tool" "$db"
        /usr/bin/time -f '%e %M' -o "$work/time" "${cmd[@]}" > "$work/$tool-$db-$n.out" 2> "$work/err" || {
          echo "$tool on $db (N=$n) failed:" >&2; cat "$work/err" >&2; exit 1; }
        read -r secs kib < <(tail -n 1 "$work/time")
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$db" "$tool" "$round" \
          "$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }')" "$kib" >> "$samples"
      done
    done
  done
done

# The memory floor: the runtime doing nothing, then the command line doing nothing (peak RSS, KiB).
floor_rss() { # command...
  local i
  for ((i = 0; i < 3; i++)); do
    /usr/bin/time -f '%M' -o "$work/time" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$work/time"
  done | sort -n | sed -n 2p
}
java_rss=-
runtime=$(dirname "$strata")/../runtime/bin/java
if [ -x "$runtime" ]; then
  java_rss=$(floor_rss "$runtime" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss4m -Xms8m -version)
fi
version_rss=$(floor_rss "$strata" version)

median() { # n db tool column
  awk -F'\t' -v n="$1" -v db="$2" -v tool="$3" -v col="$4" \
    '$1 == n && $2 == db && $3 == tool && $4 > 0 { print $col }' "$samples" | sort -n |
    awk '{ v[NR] = $1 } END { if (NR) print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

{
  echo "# schema inspect beside the dump tools ($stamp)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
    "load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Command: \`N=\"$sizes\" DBS=\"$dbs\" RUNS=$runs bench/inspect.sh\`; schema from \`bench/SchemaGen.java\`."
  echo "Dump tools: \`pg_dump --schema-only\`, \`mariadb-dump --no-data --routines --triggers\`, \`sqlite3 .schema\`."
  echo
  echo "| N | db | strata HCL | strata SQL | dump tool | SQL / dump |"
  echo "|---|---|---|---|---|---|"
  for n in $sizes; do
    for db in $dbs; do
      row="| $n | $db"
      for tool in "${tools[@]}"; do
        ms=$(median "$n" "$db" "$tool" 5)
        kib=$(median "$n" "$db" "$tool" 6)
        row="$row | $(awk -v ms="$ms" -v k="$kib" 'BEGIN { printf "%.2f s · %.0f MiB", ms / 1000, k / 1024 }')"
      done
      a=$(median "$n" "$db" strata-sql 5)
      b=$(median "$n" "$db" dump 5)
      echo "$row | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f×", a / b }') |"
    done
  done
  echo
  echo "Each cell: median whole-process wall time of $runs runs after one warm-up · median peak RSS."
  echo
  echo "Memory floor (median of 3): the runtime's \`java -version\` with the launcher's options" \
    "$(awk -v k="$java_rss" 'BEGIN { if (k == "-") print "(no runtime folder)"; else printf "%.0f MiB", k / 1024 }');" \
    "\`strata version\` $(awk -v k="$version_rss" 'BEGIN { printf "%.0f MiB", k / 1024 }')."
} > "$report"
cat "$report"
