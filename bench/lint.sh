#!/usr/bin/env bash
# migrate lint over the 100-file PostgreSQL corpus of the lint regression test
# (strata-core/src/test/resources/lint-corpus/postgres): every file linted (--latest 100), each
# statement replayed and the schema inspected after it. Each round lints on a fresh scratch database of
# the PostgreSQL server; prints the wall time of each round, then the median.
#
#   bench/lint.sh [ROUNDS]                 # default 5; dist/target/strata/bin/strata is used
#   STRATA="java -cp ..." bench/lint.sh    # another way of running strata
#   PGHOSTPORT=127.0.0.1:5432              # the server (user postgres, no password)
set -euo pipefail
rounds=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd -P)
read -r -a strata <<<"${STRATA:-$root/dist/target/strata/bin/strata}"
hostport=${PGHOSTPORT:-127.0.0.1:5432}
corpus=$root/strata-core/src/test/resources/lint-corpus/postgres
psql=(psql -q -h "${hostport%:*}" -p "${hostport#*:}" -U postgres -d postgres -v ON_ERROR_STOP=1)
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2))}'; }
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for i in $(seq "$rounds"); do
  db=strata_lint_bench_$$_$i
  "${psql[@]}" -c "CREATE DATABASE $db"
  t0=$(date +%s%N)
  code=0
  "${strata[@]}" migrate lint --dir "file://$corpus" --dev-url "postgres://postgres@$hostport/$db?sslmode=disable" \
    --latest 100 >/dev/null || code=$?
  ms=$((($(date +%s%N) - t0) / 1000000))
  "${psql[@]}" -c "DROP DATABASE $db"
  # The corpus has error-level findings by design: exit 1 is the expected verdict.
  [ "$code" -le 1 ] || { echo "round $i: strata exited $code" >&2; exit 1; }
  echo "round $i: $ms ms (exit $code)"
  echo "$ms" >>"$times"
done
echo "median of $rounds: $(median <"$times") ms for 100 files;" "load average $(cut -d' ' -f1-3 /proc/loadavg)"
