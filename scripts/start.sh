#!/usr/bin/env bash
# `npm start`: set-up, build, then serve the app on http://127.0.0.1:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
bash scripts/setup.sh start
exec pnpm --filter @rapporteur/web start
