#!/usr/bin/env bash
# Rebuilds the ERD page's bundled layout library from the pinned npm package (package-lock.json):
# dagre's own minified browser build, which already includes graphlib, copied with its licences
# into strata-core's resources, where the checked-in copy is what the build uses. Works offline
# once `npm ci` has filled npm's cache. The only change to the file is the dropped source-map
# comment, so the page never points at a file it does not have.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
out=../resources/dev/strata/report/erd
grep -v '^//# sourceMappingURL=' node_modules/@dagrejs/dagre/dist/dagre.min.js > "$out/dagre.min.js"
{
  echo "@dagrejs/dagre $(node -p 'require("./node_modules/@dagrejs/dagre/package.json").version') (MIT):"
  cat node_modules/@dagrejs/dagre/LICENSE
  echo
  echo "@dagrejs/graphlib $(node -p 'require("./node_modules/@dagrejs/graphlib/package.json").version') (MIT), bundled in dagre.min.js:"
  cat node_modules/@dagrejs/graphlib/LICENSE
} > "$out/dagre.LICENSE.txt"
echo "wrote $out/dagre.min.js ($(wc -c < "$out/dagre.min.js") bytes) and $out/dagre.LICENSE.txt"
