#!/usr/bin/env bash
# A no-op migrate apply of the distribution against the JVM floor (bench/floor/Floor.java), on
# PostgreSQL and MariaDB at 127.0.0.1: median user+system CPU time, wall time and peak RSS of RUNS
# runs each (bench/floor/cpu.sh), in ROUNDS interleaved rounds. Rows: strata as shipped (the lean
# reading of `migrate apply`, with the driver's own cache, lib/strata-postgres.args or
# lib/strata-mysql.args, as bin/strata picks it; a folder without them: lib/strata.args), the same
# with the full cache (lib/strata.args), strata with picocli's reading (-Dstrata.lean=off, full
# cache) and the floor, all through `java @args` on the folder's runtime (no launcher shell).
# bench/startup.md records runs.
# The directory is examples/quickstart's three files, or with N set the N files of bench/Gen.java
# (bench/run's migration set, atlas.sum from `strata migrate hash`): most of what a no-op does beyond
# the floor grows with the number of files.
#
#   bench/noop.sh [RUNS]                          # default 20, ROUNDS=2, dist/target/strata
#   N=500 bench/noop.sh 11                        # bench/run's directory of 500 files
#   ROWS="lean floor" bench/noop.sh               # some of the rows: lean onecache full floor (default all)
#   STRATA_DIST=/tmp/other/strata bench/noop.sh   # another built folder
set -euo pipefail
runs=${1:-20}
rounds=${ROUNDS:-2}
root=$(cd "$(dirname "$0")/.." && pwd -P)
dist=${STRATA_DIST:-$root/dist/target/strata}
work=$root/bench/work/noop
[ -x "$dist/bin/strata" ] || { echo "build first: ./mvnw -B package (or STRATA_DIST)" >&2; exit 2; }
unset STRATA_URL DATABASE_URL JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS STRATA_JAVA_OPTS
rm -rf "$work"
mkdir -p "$work"
if [ -n "${N:-}" ]; then
  "${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}" "$root/bench/Gen.java" "$work/set" "$N"
  mv "$work/set/strata" "$work/migrations"
  rm -rf "$work/set"
  "$dist/bin/strata" migrate hash --dir "file://$work/migrations" > /dev/null
else
  cp -r "$root/examples/quickstart/migrations" "$work/migrations"
fi
cd "$work"
db=strata_noop_$$
psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db"
mariadb -h 127.0.0.1 -u root -e "CREATE DATABASE $db"
trap 'psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)";
  mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db"' EXIT
pg="postgres://postgres@127.0.0.1:5432/$db?sslmode=disable"
my="mysql://root@127.0.0.1:3306/$db"
"$dist/bin/strata" migrate apply --url "$pg" > /dev/null
"$dist/bin/strata" migrate apply --url "$my" > /dev/null
"$root/bench/floor/build.sh" "$dist" "$work"
sed "s|/strata/|$dist/|g" "$dist/lib/strata.args" > onecache.args
sed 's|^dev.strata.cli.Main$|-Dstrata.lean=off\ndev.strata.cli.Main|' onecache.args > full.args
for driver in postgres mysql; do
  if [ -f "$dist/lib/strata-$driver.args" ]; then
    sed "s|/strata/|$dist/|g" "$dist/lib/strata-$driver.args" > "lean-$driver.args"
  else
    cp onecache.args "lean-$driver.args"
  fi
done
java=$dist/runtime/bin/java
declare -A cmd
cmd[pg-lean]="$java @lean-postgres.args migrate apply --url $pg"
cmd[pg-onecache]="$java @onecache.args migrate apply --url $pg"
cmd[pg-full]="$java @full.args migrate apply --url $pg"
cmd[pg-floor]="$java @floor.args Floor jdbc:postgresql://127.0.0.1:5432/$db?user=postgres&sslmode=disable SELECT_COUNT"
cmd[my-lean]="$java @lean-mysql.args migrate apply --url $my"
cmd[my-onecache]="$java @onecache.args migrate apply --url $my"
cmd[my-full]="$java @full.args migrate apply --url $my"
cmd[my-floor]="$java @floor.args Floor jdbc:mariadb://127.0.0.1:3306/$db?user=root SELECT_COUNT"
query_pg="SELECT count(*) FROM atlas_schema_revisions.atlas_schema_revisions"
query_my="SELECT count(*) FROM atlas_schema_revisions"
order=()
for d in pg my; do
  for row in ${ROWS:-lean onecache full floor}; do
    [ -n "${cmd[$d-$row]:-}" ] || { echo "unknown row in ROWS: $row" >&2; exit 2; }
    order+=("$d-$row")
  done
done
echo "directory: $(ls "$work/migrations" | grep -c '\.sql$') files; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= rounds; r++)); do
  for k in "${order[@]}"; do
    read -r -a words <<< "${cmd[$k]}"
    q=$query_pg; [[ $k == my-* ]] && q=$query_my
    [ "${words[-1]}" = SELECT_COUNT ] && words[-1]=$q
    printf '%s round %d: ' "$k" "$r"
    "$root/bench/floor/cpu.sh" "$runs" "${words[@]}"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
