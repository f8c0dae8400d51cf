#!/usr/bin/env bash
# `npm test`: static checks, unit tests, the data layer on SQLite and PostgreSQL (PGlite in-process,
# plus the server when DATABASE_URL=postgres://… is set), then the end-to-end suite in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck, lint, format"
npx tsc --noEmit
npx tsc -p sw/tsconfig.json
npx eslint . --max-warnings 0
npx prettier --check . >/dev/null || { npx prettier --check . ; exit 1; }
echo "== unit and data-layer tests"
npx vitest run
echo "== end-to-end tests (Chromium)"
bash scripts/e2e.sh
