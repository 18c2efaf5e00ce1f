#!/usr/bin/env bash
# What the browser tests need (ErdPageBrowserTest: the ERD page in a real headless Chromium, driven
# over the DevTools protocol by the JDK's own HTTP/WebSocket clients, so no chromedriver and no
# Maven dependency). Debian's chromium package; idempotent, quick when it is already installed.
# Under CI=true a missing Chromium fails those tests instead of skipping them.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "[browser-deps] $(chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "[browser-deps] installed $(chromium --version 2>/dev/null | head -n 1)"
