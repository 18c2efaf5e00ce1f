#!/usr/bin/env bash
# Start-up of the strata command: `strata version` and a no-op `strata migrate apply` (SQLite and
# PostgreSQL) under each way of running it, from plain `java -jar` on Java 17 to the distribution's
# jlink'd Java 25 runtime with its AOT cache. Prints a Markdown table of wall-clock medians (and mean
# user+system CPU), then where the classes come from. bench/startup.md records a run.
#
#   ./mvnw -B package        # strata-cli/target and dist/target/strata
#   bench/startup.sh [RUNS]  # RUNS per measurement, default 40, in ROUNDS (default 4) interleaved rounds
#   STRATA_DIST=/tmp/other/strata bench/startup.sh   # the dist rows for another built folder
#
# Uses hyperfine when installed (apt-get install hyperfine), else a loop timed with date +%s%N.
# Needs PostgreSQL on $PGHOST:$PGPORT (default 127.0.0.1:5432, user postgres) for the PostgreSQL
# rows; they are left out when it is not there. Scratch files go to bench/work (git-ignored).
set -euo pipefail

runs=${1:-40}
root=$(cd "$(dirname "$0")/.." && pwd -P)
work="$root/bench/work"
java17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
jar="$root/strata-cli/target/strata-cli.jar"
dist=${STRATA_DIST:-$root/dist/target/strata} # another built folder: STRATA_DIST=/path/to/strata
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

[ -f "$jar" ] && [ -x "$dist/bin/strata" ] || { echo "build first: ./mvnw -B package" >&2; exit 2; }
rm -rf "$work"
mkdir -p "$work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cp -r "$root/examples/quickstart/migrations" "$work/migrations"
cd "$work"
unset STRATA_URL DATABASE_URL JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS STRATA_JAVA_OPTS

# The flags ./strata and the distribution use for a short command.
short="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -XX:-UsePerfData"

# Java 17 + AppCDS: a dynamic archive recorded by the same training run as the distribution's cache.
"$java17" $short -XX:ArchiveClassesAtExit="$work/strata17.jsa" -cp "$jar" dev.strata.cli.Training \
  > "$work/appcds-training.log" 2>&1
# The distribution's argument file, pointed at this folder instead of /strata: java without the launcher.
sed "s|/strata/|$dist/|g" "$dist/lib/strata.args" > "$work/strata.args"

declare -a names commands
add() { names+=("$1"); commands+=("$2"); }
add "Java 17, java -jar, default flags" "$java17 -jar $jar"
add "Java 17, java -jar, short-command flags (./strata)" "$java17 $short -jar $jar"
add "Java 17 + AppCDS (training run), short-command flags" "$java17 $short -XX:SharedArchiveFile=$work/strata17.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $jar"
add "dist: jlink'd Java 25, no AOT cache (bin/strata, AOTMode=off)" "env STRATA_JAVA_OPTS=-XX:AOTMode=off $dist/bin/strata"
add "dist: jlink'd Java 25 + AOT cache (bin/strata)" "$dist/bin/strata"
add "dist: jlink'd Java 25 + AOT cache (java @strata.args, no shell)" "$dist/runtime/bin/java @$work/strata.args"
# The release form of an image without a shell on PostgreSQL: the cache trained on its migrate apply
# alone (any cache runs any command, so its other cells show that cache off its path).
if [ -f "$dist/lib/strata-postgres.args" ]; then
  sed "s|/strata/|$dist/|g" "$dist/lib/strata-postgres.args" > "$work/strata-postgres.args"
  add "dist: jlink'd Java 25 + PostgreSQL release cache (java @strata-postgres.args)" \
    "$dist/runtime/bin/java @$work/strata-postgres.args"
fi

# The reference of the issue: a bare JDBC program that connects to PostgreSQL and runs SELECT 1,
# on the same JVMs (with its own AppCDS archive and AOT cache, made by one run of it).
mkdir -p "$work/bare"
cat > "$work/bare/Bare.java" <<'EOF'
public class Bare {
    public static void main(String[] args) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(args[0]); var s = c.createStatement();
             var r = s.executeQuery("SELECT 1")) {
            r.next();
            System.out.println(r.getInt(1));
        }
    }
}
EOF
"$(dirname "$java17")/javac" -d "$work/bare" "$work/bare/Bare.java"
(cd "$work/bare" && "$(dirname "$java17")/jar" cf "$work/bare.jar" Bare.class)
bare_cp="$work/bare.jar:$(ls "$dist"/lib/postgresql-*.jar)"
bare_url="jdbc:postgresql://$PGHOST:$PGPORT/postgres?user=$PGUSER&sslmode=disable"
declare -a bare_names bare_commands

sqlite="sqlite://$work/bench.db"
"$dist/bin/strata" migrate apply --url "$sqlite" > /dev/null
tasks=("version" "migrate apply --url $sqlite")
task_names=("strata version" "no-op migrate apply, SQLite")
pg_db="strata_bench_$$"
if psql -q -d postgres -c "CREATE DATABASE $pg_db" > /dev/null 2>&1; then
  trap 'psql -q -d postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" > /dev/null' EXIT
  pg="postgres://$PGUSER@$PGHOST:$PGPORT/$pg_db?sslmode=disable"
  "$dist/bin/strata" migrate apply --url "$pg" > /dev/null
  tasks+=("migrate apply --url '$pg'")
  task_names+=("no-op migrate apply, PostgreSQL")
  "$java17" $short -XX:ArchiveClassesAtExit="$work/bare17.jsa" -cp "$bare_cp" Bare "$bare_url" > /dev/null 2>&1
  "$dist/runtime/bin/java" $short -XX:AOTCacheOutput="$work/bare.aot" -cp "$bare_cp" Bare "$bare_url" > /dev/null 2>&1
  bare_names=("Java 17, java, default flags" "Java 17 + AppCDS, short-command flags"
    "jlink'd Java 25 + AOT cache, short-command flags")
  # The URL is quoted: its & would otherwise send the program to the background when sample() evals
  # the line without hyperfine (a 32 ms "run" in an earlier campaign).
  bare_commands=("$java17 -cp $bare_cp Bare '$bare_url'"
    "$java17 $short -XX:SharedArchiveFile=$work/bare17.jsa -Xlog:cds=off -cp $bare_cp Bare '$bare_url'"
    "$dist/runtime/bin/java $short -XX:AOTCache=$work/bare.aot -Xlog:disable -cp $bare_cp Bare '$bare_url'")
else
  echo "(PostgreSQL at $PGHOST:$PGPORT not reachable: no PostgreSQL rows)" >&2
fi

# Samples of one command: wall-clock seconds, one a line, into $2.t, and (with hyperfine) the mean
# user+system seconds of the round, into $2.c.
sample() {
  if command -v hyperfine > /dev/null; then
    hyperfine -N --warmup 1 --runs "$per_round" --export-json "$work/h.json" "$1" > /dev/null 2>&1
    jq -r '.results[0].times[]' "$work/h.json" >> "$2.t"
    jq -r '.results[0] | .user + .system' "$work/h.json" >> "$2.c"
  else
    local i start end
    eval "$1" > /dev/null 2>&1 || true
    for i in $(seq "$per_round"); do
      start=$(date +%s%N); eval "$1" > /dev/null 2>&1 || true; end=$(date +%s%N)
      echo "$(((end - start) / 1000)) 1000000" | awk '{print $1 / $2}' >> "$2.t"
    done
  fi
}

# Rounds over every command, so that a burst of load from elsewhere spreads over all of them.
rounds=${ROUNDS:-4}
per_round=$(((runs + rounds - 1) / rounds))
for _ in $(seq "$rounds"); do
  for i in "${!names[@]}"; do
    for j in "${!tasks[@]}"; do sample "${commands[$i]} ${tasks[$j]}" "$work/s-$i-$j"; done
  done
  for i in "${!bare_names[@]}"; do sample "${bare_commands[$i]}" "$work/bare-$i"; done
done
median_ms() { sort -g "$1" | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%d", m * 1000 + 0.5}'; }
mean_ms() { [ -f "$1" ] && awk '{s+=$1} END {printf "%d", s / NR * 1000 + 0.5}' "$1" || printf -- '-'; }

echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p'), load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg);" \
  "Java 17: $("$java17" -version 2>&1 | head -n 1); dist runtime: Java $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$dist/runtime/release") (jlink);" \
  "$((rounds * per_round)) runs of each, in $rounds interleaved rounds$(command -v hyperfine > /dev/null && echo " (hyperfine $(hyperfine --version | cut -d' ' -f2))")."
echo
printf '| how strata runs |'
for t in "${task_names[@]}"; do printf ' %s |' "$t"; done
printf '\n|---|'
for _ in "${task_names[@]}"; do printf -- '---|'; done
echo
for i in "${!names[@]}"; do
  printf '| %s |' "${names[$i]}"
  for j in "${!tasks[@]}"; do
    printf ' %s ms (%s ms) |' "$(median_ms "$work/s-$i-$j.t")" "$(mean_ms "$work/s-$i-$j.c")"
  done
  echo
done
if [ "${#bare_names[@]}" -gt 0 ]; then
  echo
  echo "The issue's reference, a bare JDBC program (connect to PostgreSQL, SELECT 1), on the same JVMs:"
  for i in "${!bare_names[@]}"; do
    printf -- '- %s: %s ms (%s ms)\n' "${bare_names[$i]}" "$(median_ms "$work/bare-$i.t")" "$(mean_ms "$work/bare-$i.c")"
  done
fi
sample "$java17 $short -version" "$work/floor-17"
sample "$dist/runtime/bin/java $short -version" "$work/floor-dist"
echo
echo "JVM alone (java $short -version, median of $per_round): Java 17 $(median_ms "$work/floor-17.t") ms," \
  "the dist runtime $(median_ms "$work/floor-dist.t") ms."
echo
echo "Each cell: median wall-clock time (mean user+system CPU time; more than wall when the JIT compiler and GC threads run beside main on the second core)."
echo
echo "Classes loaded by a no-op migrate apply on SQLite (-Xlog:class+load): total, from the CDS archive or AOT cache, from jars."
log="$work/classes.log"
classes() { # label, command (a string for eval) that writes the class-load log to $log
  rm -f "$log"
  eval "$2 migrate apply --url '$sqlite'" > /dev/null 2>&1
  printf -- '- %s: %s classes, %s from the archive, %s from jars\n' "$1" "$(grep -c 'source:' "$log")" \
    "$(grep -c 'source: shared objects file' "$log" || true)" "$(grep -c 'source: file:\|source: jar:' "$log" || true)"
}
classes "Java 17, short-command flags" "$java17 $short -Xlog:class+load:file=$log -jar $jar"
classes "Java 17 + AppCDS" "$java17 $short -XX:SharedArchiveFile=$work/strata17.jsa -Xlog:class+load:file=$log -jar $jar"
classes "dist, no AOT cache" "STRATA_JAVA_OPTS='-XX:AOTMode=off -Xlog:class+load:file=$log' $dist/bin/strata"
classes "dist + AOT cache" "STRATA_JAVA_OPTS='-Xlog:class+load:file=$log' $dist/bin/strata"
