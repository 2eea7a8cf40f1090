#!/usr/bin/env bash
# The one test command (README): installs what is missing, then typecheck, lint, unit, e2e.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

have_cjk_font() { fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; }
if [ ! -x /usr/bin/chromium ] || ! have_cjk_font; then
  step "Installing Debian's chromium and fonts-noto-cjk"
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
  else
    echo "Chromium or the Noto CJK fonts are missing. Install them once, as root:" >&2
    echo "  apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi

step "Geometry (npm run geo)"
npm run --silent geo

step "Data (npm run data)"
npm run --silent data

step "Typecheck (svelte-check)"
npm run --silent check

step "Lint (eslint + prettier)"
npm run --silent lint

rm -rf test-results && mkdir -p test-results
step "Unit tests (vitest)"
unit_rc=0
npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json || unit_rc=$?

step "Production builds (the real data, and the fixture data with invented hostile documents)"
npm run --silent build
node scripts/fixture-data.mjs test-results/fixture-data
ATLAS_DATA_DIR=test-results/fixture-data npx vite build --outDir dist-fixture --logLevel warn

step "Browser tests (playwright, Debian chromium)"
e2e_rc=0
npx playwright test || e2e_rc=$?

node scripts/summary.mjs test-results/unit.json test-results/e2e.json
[ "$unit_rc" = 0 ] && [ "$e2e_rc" = 0 ]
