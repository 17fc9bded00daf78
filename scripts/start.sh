#!/usr/bin/env bash
# `npm start`: set-up and build, seed the demo into the embedded SQLite store, serve on
# http://127.0.0.1:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
bash scripts/setup.sh start
echo "Rapporteur: serving on http://127.0.0.1:3000"
exec bash scripts/serve.sh 3000
