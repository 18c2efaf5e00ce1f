#!/usr/bin/env bash
# The floor a fresh apply's crash-safety records impose: the database's client fed the same SQL Strata
# sends, revision records included, in the same round trips, beside the client fed the migrations
# alone and beside Strata.
#
#   bench/fresh-floor.sh mariadb|postgres N [RUNS] [STRATA]     (STRATA: default dist/target/strata/bin/strata)
#
# 1. Generates N bench migrations (bench/Gen.java) and records one fresh apply by Strata under
#    strace (every byte written to the database port).
# 2. bench/WireReplay.java turns those bytes into a client script: each round trip Strata made is one
#    command of the client (MariaDB: one COM_QUERY, several statements in it where Strata sent them
#    together; PostgreSQL: pgjdbc's Parse/Bind/Execute up to a Sync, as one query message joined by
#    psql's \;, the bound values written as literals). Nothing of it is written by hand.
#    With `jdbc` it writes the same round trips for bench/floor/ReplayFloor.java, a JVM that sends
#    them with the driver Strata uses (one Statement.execute each), run like bench/floor/build.sh
#    runs Floor.java: the distribution's runtime, Strata's JVM options, an AOT cache of its own
#    trained by one run of the replay.
# 3. Runs RUNS interleaved rounds of: the client with the migrations alone (bench/run's floor), the
#    client with the replay ("client + records": what a tool without a JVM would pay for the same
#    guarantees), the JVM with the replay ("jvm + records": the floor of a JVM client), and Strata;
#    each on a database dropped and created before it. Prints the medians of wall time and of the
#    process's user+system CPU time, and checks that both replays left N revisions.
#
# DB (default fresh_floor) names the database; MYPORT / PGPORT the server's port. CPU time is the figure
# that holds on a loaded machine; wall time includes the server's work, which is what the replay adds.
set -euo pipefail
db=$1 n=$2 runs=${3:-5}
root=$(cd "$(dirname "$0")/.." && pwd -P)
strata=${4:-$root/dist/target/strata/bin/strata}
dist=$(cd "$(dirname "$strata")/.." && pwd -P)
java17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
name=${DB:-fresh_floor}
set=$(mktemp -d); [ -n "${KEEP:-}" ] || trap 'rm -rf "$set"' EXIT; echo "work: $set" >&2
"$java17" "$root/bench/Gen.java" "$set" "$n"
"$strata" migrate hash --dir "file://$set/strata" > /dev/null
if [ "$db" = mariadb ]; then
  port=${MYPORT:-3306}
  sql=(mariadb -h 127.0.0.1 -P "$port" -u root)
  url="mysql://root@127.0.0.1:$port/$name"
  # The properties Strata's MySQL dialect sets (MySqlJdbc.of): several statements in one round trip.
  jdbc="jdbc:mariadb://127.0.0.1:$port/$name?user=root&allowMultiQueries=true&useServerPrepStmts=false"
  jdbc+="&connectTimeout=10000&tcpKeepAlive=true"
  reset() { "${sql[@]}" -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name"; }
  client() { echo "${sql[@]}" "$name"; } # with the script on stdin
  from() { echo "$1"; }
  revisions() { "${sql[@]}" -N "$name" -e "SELECT count(*) FROM atlas_schema_revisions WHERE applied = total"; }
else
  port=${PGPORT:-5432}
  sql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  url="postgres://postgres@127.0.0.1:$port/$name?sslmode=disable"
  # The properties Strata's PostgreSQL dialect sets (PostgresJdbc.of).
  jdbc="jdbc:postgresql://127.0.0.1:$port/$name?user=postgres&sslmode=disable&ApplicationName=strata"
  jdbc+="&assumeMinServerVersion=10&connectTimeout=10&tcpKeepAlive=true"
  reset() { "${sql[@]}" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" 2> /dev/null; }
  client() { echo "${sql[@]}" -d "$name" -f "$1"; }
  from() { echo /dev/null; }
  revisions() {
    "${sql[@]}" -At -d "$name" \
      -c "SELECT count(*) FROM atlas_schema_revisions.atlas_schema_revisions WHERE applied = total"
  }
fi
apply=("$strata" migrate apply --url "$url" --dir "file://$set/strata")

reset
strace -f -qq -yy -xx -s 100000000 -e trace=write,sendto,writev,sendmsg -o "$set/strace" "${apply[@]}" > /dev/null
"$java17" "$root/bench/WireReplay.java" "$db" "$port" "$set/strace" > "$set/replay.sql"
reset
$(client "$set/replay.sql") < "$(from "$set/replay.sql")" > /dev/null
[ "$(revisions)" = "$n" ] || { echo "the replay did not record $n revisions: $(revisions)" >&2; exit 1; }
"$java17" "$root/bench/WireReplay.java" "$db" "$port" "$set/strace" jdbc > "$set/replay.jdbc"
javac=$(dirname "$java17")/javac
"$javac" --release 17 -d "$set/replay-classes" "$root/bench/floor/ReplayFloor.java"
"$(dirname "$javac")/jar" cf "$set/replay.jar" -C "$set/replay-classes" ReplayFloor.class
cp="$set/replay.jar:$(ls "$dist"/lib/postgresql-*.jar):$(ls "$dist"/lib/mariadb-java-client-*.jar)"
# Strata's own JVM options (the -X ones of its argument file, as bench/floor/build.sh takes them).
grep -E '^-X' "$dist/lib/strata.args" | grep -v -- '-XX:AOTCache=' > "$set/replay.options"
reset # the cache's training run is the JVM replay's check
env -u JAVA_TOOL_OPTIONS "$dist/runtime/bin/java" @"$set/replay.options" -XX:AOTCacheOutput="$set/replay.aot" \
  -cp "$cp" ReplayFloor "$jdbc" "$set/replay.jdbc" > "$set/replay-training.log" 2>&1 \
  || { cat "$set/replay-training.log" >&2; exit 1; }
[ -s "$set/replay.aot" ] || { cat "$set/replay-training.log" >&2; echo "no AOT cache for the JVM replay" >&2; exit 1; }
[ "$(revisions)" = "$n" ] || { echo "the JVM replay did not record $n revisions: $(revisions)" >&2; exit 1; }
jvm=("$dist/runtime/bin/java" @"$set/replay.options" -XX:AOTCache="$set/replay.aot" -cp "$cp" ReplayFloor
  "$jdbc" "$set/replay.jdbc")
echo "$db N=$n: the replay holds $(grep -c . "$set/replay.sql") lines, $(tr -cd '\0' < "$set/replay.jdbc" | wc -c)" \
  "round trips; Strata's run wrote $(grep -c "127.0.0.1\]*:$port\]" "$set/strace") times to the database"

measure() { # label input command... -> appends "label cpu_ms wall_ms" to $set/times
  local label=$1 input=$2; shift 2
  reset
  sleep 1 # let the reset's background writes settle
  local s e
  s=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$set/time" "$@" < "$input" > /dev/null
  e=$(date +%s%N)
  read -r u sy < "$set/time"
  echo "$label $(awk -v u="$u" -v s="$sy" 'BEGIN {printf "%d", (u + s) * 1000}') $(( (e - s) / 1000000 ))" >> "$set/times"
}
for i in $(seq "$runs"); do
  # shellcheck disable=SC2046 # the client's words: none holds a space
  measure client "$(from "$set/floor.sql")" $(client "$set/floor.sql")
  # shellcheck disable=SC2046
  measure client+records "$(from "$set/replay.sql")" $(client "$set/replay.sql")
  measure jvm+records /dev/null "${jvm[@]}"
  measure strata /dev/null "${apply[@]}"
done
reset
for label in client client+records jvm+records strata; do
  awk -v l="$label" '$1 == l {c[++k] = $2; w[k] = $3} END {
    asort(c); asort(w); m = int((k + 1) / 2)
    printf "%-15s wall %6d ms (min %d)  cpu %5d ms (min %d)  n=%d\n", l, w[m], w[1], c[m], c[1], k}' "$set/times"
done
