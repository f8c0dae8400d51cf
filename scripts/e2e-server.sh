#!/usr/bin/env bash
# Playwright's web server: a fresh database (SQLite file, or a fresh PostgreSQL database when
# DATABASE_URL is postgres://…), an SMTP sink, the e2e accounts, a production build, then
# `next start` on $PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-3100}"
if [[ "${DATABASE_URL:-}" == postgres* ]]; then
  export DATABASE_URL=$(npx tsx scripts/fresh-postgres-db.ts intercede_e2e)
else
  db="${E2E_DB:-data/e2e.db}"
  rm -f "$db" "$db-wal" "$db-shm"
  export DATABASE_URL="file:$db"
fi
export NODE_ENV=production
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
export AUTH_SECRET="e2e-only-secret-0123456789abcdefghijklmnop"
# Web Push for the reminder tests (e2e/push.spec.ts): a key pair made for these tests only.
export VAPID_PUBLIC_KEY="BB7rQx2HAQmMYr957KWx9CICJP73KkuOcnep8NAV35FNy2w7ed2adA2jfIhYG3nGWsZF7okdxPv70Y1LjQPsDu0"
export VAPID_PRIVATE_KEY="wW1XxnBWrfte6mEAHgUHA1AEhc8a2WYiqsQ5hJGLHlQ"
# "localhost", as Next.js writes any loopback address in the links it builds (Auth.js's e-mailed
# sign-in links): the browser, APP_URL and those links then share one origin. Listen on IPv6 and IPv4.
export APP_URL="http://localhost:$PORT"
export HOST="::"
# The tests play the part of one proxy in front of the app: each test sets its own X-Forwarded-For
# (e2e/fixtures.ts), so the per-address limits never couple tests. e2e/security.spec.ts starts a
# second server with no trusted proxy, as in production by default.
export TRUSTED_PROXIES=1
# Mail goes through SMTP to a local sink (scripts/smtp-sink.ts), so e-mailed sign-in links can be
# followed; every message is still recorded in the outbox that /admin shows.
export SMTP_SINK_PORT="${SMTP_SINK_PORT:-3125}"
export SMTP_SINK_HTTP_PORT="${SMTP_SINK_HTTP_PORT:-3126}"
npx tsx scripts/smtp-sink.ts &
export SMTP_URL="smtp://127.0.0.1:$SMTP_SINK_PORT"
npx tsx --conditions=react-server scripts/db-setup.ts
npx tsx --conditions=react-server scripts/e2e-users.ts
bash scripts/build-once.sh
exec node --import tsx server.ts
