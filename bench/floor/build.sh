#!/usr/bin/env bash
# Builds the JVM floor (Floor.java) for a distribution folder: WORK/floor.jar, its AOT cache
# WORK/floor.aot (trained by one run against PostgreSQL and MariaDB on 127.0.0.1) and WORK/floor.args,
# the argument file that runs it with the folder's runtime and the JVM options of lib/strata.args:
#
#   bench/floor/build.sh DIST WORK     # DIST: a built strata folder (dist/target/strata)
#   DIST/runtime/bin/java @WORK/floor.args Floor JDBC-URL QUERY [JDBC-URL QUERY ...]
set -euo pipefail
dist=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd -P)
javac=${JAVAC:-$(dirname "${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}")/javac}
mkdir -p "$work/floor-classes"
"$javac" --release 17 -d "$work/floor-classes" "$here/Floor.java"
# An AOT cache takes jars only on its class path, not directories.
(cd "$work/floor-classes" && "$(dirname "$javac")/jar" cf "$work/floor.jar" Floor.class)
cp="$work/floor.jar:$(ls "$dist"/lib/postgresql-*.jar):$(ls "$dist"/lib/mariadb-java-client-*.jar)"
# Strata's own JVM options (the -X ones of its argument file), without its cache.
grep -E '^-X' "$dist/lib/strata.args" | grep -v -- '-XX:AOTCache=' > "$work/floor.options"
rm -f "$work/floor.aot"
env -u JAVA_TOOL_OPTIONS "$dist/runtime/bin/java" @"$work/floor.options" -XX:AOTCacheOutput="$work/floor.aot" \
  -cp "$cp" Floor "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&sslmode=disable" "SELECT 1" \
  "jdbc:mariadb://127.0.0.1:3306/mysql?user=root" "SELECT 1" > "$work/floor-training.log" 2>&1 \
  || { cat "$work/floor-training.log" >&2; exit 1; }
{ cat "$work/floor.options"; echo "-XX:AOTCache=$work/floor.aot"; echo "-cp"; echo "$cp"; } > "$work/floor.args"
