#!/usr/bin/env bash
# Plays a Fly.io deploy of this app on this machine, the way `fly deploy` runs it:
#   1. the image's contents: the app, the migrations, and the strata folder (as the Dockerfile lays
#      them out under /app and /strata);
#   2. a fresh PostgreSQL database, whose URL goes in DATABASE_URL (as `fly secrets set` puts it);
#   3. the release command of fly.toml, `/strata/bin/strata migrate apply`, run in /app;
#   4. only if it exited 0: the app starts, and GET /users must serve the rows the migrations made;
#   then the app stops and the database is dropped.
#
# usage: release-sim.sh [--broken] [--strata DIR]
#   --broken     add a migration with a mistake to the image: the release command fails, the app is
#                not started, and this script exits with the release command's exit code
#   --strata DIR the unpacked strata folder (default: dist/target/strata, which `./mvnw -B package`
#                builds at the repository root)
# Environment: PGHOST, PGPORT, PGUSER (default 127.0.0.1, 5432, postgres; the user must be able to
# create databases without a password), JAVA (the app's java; default: java on PATH).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
strata_home="$root/dist/target/strata"
broken=false
while [ $# -gt 0 ]; do
  case $1 in
    --broken) broken=true; shift ;;
    --strata) strata_home=$2; shift 2 ;;
    *) echo "usage: release-sim.sh [--broken] [--strata DIR]" >&2; exit 2 ;;
  esac
done
[ -x "$strata_home/bin/strata" ] || { echo "release-sim: no $strata_home/bin/strata (run ./mvnw -B package)" >&2; exit 2; }

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
java=${JAVA:-java}
db="strata_sim_$(date +%s)_$$"
work=$(mktemp -d)
app_pid=""

say() { printf '\n==> %s\n' "$*"; }

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
    echo "app: stopped"
  fi
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null && echo "database $db: dropped"
  rm -rf "$work"
}
trap cleanup EXIT

say "build: the app (Maven), then the image's contents in $work"
(cd "$here" && "$root/mvnw" -B -q package)
mkdir -p "$work/app"
cp "$here/target/app.jar" "$work/app/"
cp -r "$here/target/lib" "$here/migrations" "$work/app/"
if $broken; then
  # A mistake a review can miss: the column is called email, not mail. The file is hashed, so the
  # directory is valid; only the database can tell.
  cat > "$work/app/migrations/20221220000102_add_login_index.sql" <<'EOF'
CREATE UNIQUE INDEX users_login ON users (lower(mail));
EOF
  "$strata_home/bin/strata" migrate hash --dir "file://$work/app/migrations"
  echo "added migrations/20221220000102_add_login_index.sql (broken on purpose)"
fi
ls "$work/app/migrations"

say "secrets: a fresh database, DATABASE_URL=postgres://$PGUSER@$PGHOST:$PGPORT/$db?sslmode=disable"
psql -q -d postgres -c "CREATE DATABASE $db"
export DATABASE_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$db?sslmode=disable"

say "release command: /strata/bin/strata migrate apply (in /app)"
set +e
(cd "$work/app" && "$strata_home/bin/strata" migrate apply)
release=$?
set -e
if [ "$release" -ne 0 ]; then
  echo
  echo "release: the release command failed (exit $release): the deploy stops here; the app is not started"
  exit "$release"
fi

say "deploy: the release command exited 0, starting the app"
(cd "$work/app" && PORT=0 exec "$java" -jar app.jar) > "$work/app.log" 2>&1 &
app_pid=$!
port=""
for _ in $(seq 300); do
  port=$(sed -n 's/^app: listening on port \([0-9]*\)$/\1/p' "$work/app.log")
  [ -n "$port" ] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; echo "release-sim: the app exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/app.log" >&2; echo "release-sim: the app did not start within 30s" >&2; exit 1; }
cat "$work/app.log"

say "check: GET http://127.0.0.1:$port/users"
body=$(curl -fsS "http://127.0.0.1:$port/users")
echo "$body"
case $body in
  *'"email": "ada@example.com"'*'"email": "grace@example.com"'*) echo "release-sim: ok, the app serves the migrated table" ;;
  *) echo "release-sim: the app did not serve the seeded users" >&2; exit 1 ;;
esac
