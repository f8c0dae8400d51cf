#!/usr/bin/env bash
# Runs the Playwright suite in Chromium against a freshly built app on a fresh database.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=$(bash scripts/ensure-chromium.sh | tail -n 1)
if [ "$browser" != "playwright" ]; then export CHROMIUM_PATH="$browser"; fi
exec npx playwright test "$@"
