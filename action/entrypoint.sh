#!/usr/bin/env bash
# The Strata GitHub Action (action.yml at the repository root): validates the migration directory,
# then lints the files a pull request adds, with annotations on their lines (--format github) and a
# Markdown summary in $GITHUB_STEP_SUMMARY (strata writes it itself when the variable is set).
#
# Inputs come as environment variables, as GitHub passes them to a composite step:
#   STRATA          the command that runs strata (default: the launcher in this repository, which
#                   builds it with Maven on first use)
#   INPUT_DIR       the migration directory path (default: migrations, or the env's migration.dir)
#   INPUT_DEV_URL   the dev database URL (default: the env's dev, else embedded://postgres)
#   INPUT_BASE      the branch to compare with (default: $GITHUB_BASE_REF, else the event's
#                   pull_request.base.ref); origin/<base> is used when the checkout has it
#   INPUT_CONFIG, INPUT_ENV   the project file and env, passed on as -c/--env when set
# Outputs (in $GITHUB_OUTPUT): status=ok|warnings|errors|invalid, diagnostics=<count>, base=<ref>.
# Exit code: strata's (1 when an error-level diagnostic remains or the directory is invalid;
# 2 for bad inputs).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
read -r -a strata <<<"${STRATA:-$here/../strata}"

output() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  fi
}

project=()
[ -n "${INPUT_CONFIG:-}" ] && project+=(-c "$INPUT_CONFIG")
[ -n "${INPUT_ENV:-}" ] && project+=(--env "$INPUT_ENV")
dir=${INPUT_DIR:-}
if [ -z "$dir" ] && [ -z "${INPUT_ENV:-}" ]; then
  dir=migrations
fi
dirflag=()
[ -n "$dir" ] && dirflag=(--dir "file://$dir")
dev=${INPUT_DEV_URL:-}
if [ -z "$dev" ] && [ -z "${INPUT_ENV:-}" ]; then
  dev=embedded://postgres
fi
devflag=()
[ -n "$dev" ] && devflag=(--dev-url "$dev")

base=${INPUT_BASE:-${GITHUB_BASE_REF:-}}
if [ -z "$base" ] && [ -n "${GITHUB_EVENT_PATH:-}" ] && [ -f "$GITHUB_EVENT_PATH" ]; then
  if command -v jq >/dev/null 2>&1; then
    base=$(jq -r '.pull_request.base.ref // empty' "$GITHUB_EVENT_PATH")
  fi
fi
if [ -z "$base" ]; then
  echo "::error title=strata::no base branch: set the action's base input or run it on a pull_request event" >&2
  output status invalid
  exit 2
fi
# actions/checkout leaves the base branch as a remote ref (fetch-depth: 0 is needed for it).
if git rev-parse --verify --quiet "origin/$base" >/dev/null; then
  base="origin/$base"
fi
output base "$base"

err=$(mktemp)
out=$(mktemp)
trap 'rm -f "$err" "$out"' EXIT

"${strata[@]}" migrate validate "${project[@]}" "${dirflag[@]}" 2>"$err"
code=$?
if [ "$code" -ne 0 ]; then
  msg=$(sed -e 's/^Error: //' "$err" | head -n 1)
  # "... (migrations/atlas.sum line 3)": the annotation goes on that line of atlas.sum.
  line=$(printf '%s' "$msg" | sed -n 's/.*atlas\.sum line \([0-9][0-9]*\)).*/,line=\1/p')
  echo "::error file=${dir:-.}/atlas.sum$line,title=migrate validate::${msg//$'%'/%25}"
  cat "$err" >&2
  output status invalid
  output diagnostics 0
  exit "$code"
fi

"${strata[@]}" migrate lint "${project[@]}" "${dirflag[@]}" "${devflag[@]}" --git-base "$base" --format github \
  >"$out" 2>"$err"
code=$?
cat "$out"
cat "$err" >&2
diagnostics=$(grep -c -E '^::(error|warning) file=[^:]*,line=' "$out")
if [ "$code" -ne 0 ]; then
  status=errors
elif [ "$diagnostics" -gt 0 ]; then
  status=warnings
else
  status=ok
fi
output status "$status"
output diagnostics "$diagnostics"
exit "$code"
