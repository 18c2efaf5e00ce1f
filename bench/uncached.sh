#!/usr/bin/env bash
# How many classes a no-op `migrate apply` loads from outside the AOT cache, on PostgreSQL and
# MariaDB, for one or more built distribution folders: the measure of how well a cache was trained.
# Then RUNS (default 20) rounds of no-op applies, the folders taking turns within each round, with
# the median wall-clock and user+system CPU time of each (CPU time is the steadier figure on a
# machine that other work shares).
#
#   bench/uncached.sh [DIST-FOLDER...]     # default: dist/target/strata; RUNS=0 counts classes only
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and MariaDB on 127.0.0.1:3306 (user root);
# makes and drops a scratch database on each. Prints one Markdown row per folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
[ $# -gt 0 ] || set -- "$root/dist/target/strata"
work=$(mktemp -d)
db="strata_uncached_$$"
cleanup() {
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" > /dev/null 2>&1 || true
  mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db" > /dev/null
mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE $db"
cp -r "$root/examples/quickstart/migrations" "$work/migrations"
urls=("postgres://postgres@127.0.0.1:5432/$db?sslmode=disable" "mysql://root@127.0.0.1:3306/$db")
unset STRATA_URL DATABASE_URL JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS STRATA_JAVA_OPTS
echo "| folder | classes from outside the cache, no-op apply on PostgreSQL | on MariaDB |"
echo "|---|---|---|"
for dist in "$@"; do
  row="| $dist |"
  for url in "${urls[@]}"; do
    (cd "$work" && "$dist/bin/strata" migrate apply --url "$url" > /dev/null) # first run: the files apply
    log="$work/classes.log"
    (cd "$work" && STRATA_JAVA_OPTS="-Xlog:class+load:file=$log" "$dist/bin/strata" migrate apply --url "$url" > /dev/null)
    total=$(grep -c 'source:' "$log")
    outside=$(grep 'source:' "$log" | grep -vc 'source: shared objects file' || true)
    row="$row $outside of $total |"
    # A fresh database for the next folder: the first apply must apply again.
    case $url in
      postgres*) psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE $db" -c "CREATE DATABASE $db" > /dev/null ;;
      *) mariadb -h 127.0.0.1 -u root -e "DROP DATABASE $db; CREATE DATABASE $db" ;;
    esac
  done
  echo "$row"
done

runs=${RUNS:-20}
[ "$runs" -gt 0 ] || exit 0
for dist in "$@"; do
  for url in "${urls[@]}"; do (cd "$work" && "$dist/bin/strata" migrate apply --url "$url" > /dev/null); done
done
for _ in $(seq "$runs"); do
  i=0
  for dist in "$@"; do
    j=0
    for url in "${urls[@]}"; do
      (cd "$work" && /usr/bin/time -f "%e %U %S" -a -o "$work/t-$i-$j" "$dist/bin/strata" migrate apply --url "$url" > /dev/null)
      j=$((j + 1))
    done
    i=$((i + 1))
  done
done
median() { sort -g | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%d", m * 1000 + 0.5}'; }
echo
echo "No-op migrate apply, median of $runs runs: wall-clock ms (user+system CPU ms); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| folder | PostgreSQL | MariaDB |"
echo "|---|---|---|"
i=0
for dist in "$@"; do
  row="| $dist |"
  for j in 0 1; do
    row="$row $(cut -d' ' -f1 "$work/t-$i-$j" | median) ms ($(awk '{print $2 + $3}' "$work/t-$i-$j" | median) ms) |"
  done
  echo "$row"
  i=$((i + 1))
done
