#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests and prints its path on the last line.
# Order: $CHROMIUM_PATH, /usr/bin/chromium, then install one (apt-get as root on Debian, else Playwright's download).
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium with apt-get (needed by the end-to-end tests)…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  echo /usr/bin/chromium
  exit 0
fi

echo "No Chromium found and apt-get is not available as root: downloading Playwright's Chromium…" >&2
npx playwright install chromium >&2
echo "playwright"
