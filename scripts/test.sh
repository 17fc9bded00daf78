#!/usr/bin/env bash
# `npm test`: the set-up of `npm start`, then every test — unit, integration (SQLite and a
# PostgreSQL started here on loopback), end-to-end in Debian's Chromium — and one closing count.
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1

bash scripts/setup.sh test || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

rm -f packages/*/test-report.json apps/*/test-report.json tests/test-report.json tests/e2e-report.json
status=0
pnpm turbo run typecheck lint --output-logs=errors-only || status=1
pnpm turbo run test --concurrency=1 || status=1
pnpm turbo run e2e --concurrency=1 || status=1
node scripts/test-summary.mjs || status=1
exit $status
