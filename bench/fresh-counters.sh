#!/usr/bin/env bash
# What one fresh apply costs the server, beside the client's: per-file round trips and commits.
#
#   bench/fresh-counters.sh mariadb|postgres N [STRATA]      (STRATA: default dist/target/strata/bin/strata)
#
# Generates N bench migrations (bench/Gen.java), then runs a fresh apply with Strata and with the
# client (`mariadb <`, `psql -f`) on database fresh_counters, and prints for each: the server's
# counter deltas (MariaDB: SHOW GLOBAL STATUS Com_commit, Handler_commit, Innodb_log_writes,
# Innodb_data_fsyncs, Questions; PostgreSQL: pg_stat_wal wal_sync, wal_write) and the socket writes
# to the database port (strace -f). Global counters count every session: use a server nothing else
# uses (MYPORT / PGPORT pick the port; a private mariadbd or initdb on /dev/shm will do), and take
# the difference of two sizes (N = 20 minus N = 5) for the per-file figures. bench/startup.md has
# the figures.
set -euo pipefail
db=$1 n=$2
root=$(cd "$(dirname "$0")/.." && pwd -P)
strata=${3:-$root/dist/target/strata/bin/strata}
java17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
set=$(mktemp -d); trap 'rm -rf "$set"' EXIT
"$java17" "$root/bench/Gen.java" "$set" "$n"
"$strata" migrate hash --dir "file://$set/strata" > /dev/null
name=fresh_counters
if [ "$db" = mariadb ]; then
  port=${MYPORT:-3306}
  sql=(mariadb -h 127.0.0.1 -P "$port" -u root)
  url="mysql://root@127.0.0.1:$port/$name"
  reset() { "${sql[@]}" -e "DROP DATABASE IF EXISTS $name; CREATE DATABASE $name"; }
  counters() {
    "${sql[@]}" -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_commit', 'Handler_commit',
      'Innodb_log_writes', 'Innodb_data_fsyncs', 'Questions')" | awk '{printf "%s=%s ", $1, $2}'
  }
  client=("${sql[@]}" "$name"); input=$set/floor.sql
else
  port=${PGPORT:-5432}
  sql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  url="postgres://postgres@127.0.0.1:$port/$name?sslmode=disable"
  reset() { "${sql[@]}" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" 2> /dev/null; }
  counters() { "${sql[@]}" -At -c "SELECT 'wal_sync=' || wal_sync || ' wal_write=' || wal_write FROM pg_stat_wal"; }
  client=("${sql[@]}" -d "$name" -f "$set/floor.sql"); input=/dev/null
fi

measure() {
  local label=$1; shift
  reset
  sleep 2 # let the reset's background writes settle
  local before after writes
  before=$(counters)
  strace -f -qq -yy -e trace=write,sendto,writev,sendmsg -o "$set/strace" "$@" < "$input" > /dev/null
  after=$(counters)
  writes=$(grep -c "127.0.0.1\]*:$port\]" "$set/strace" || true)
  echo "$label N=$n: socket writes=$writes $(paste -d' ' <(tr ' ' '\n' <<< "$before") <(tr ' ' '\n' <<< "$after") \
    | awk -F'[ =]' 'NF == 4 {printf "%s=%d ", $1, $4 - $2}')"
}
measure strata "$strata" migrate apply --url "$url" --dir "file://$set/strata"
measure client "${client[@]}"
reset
