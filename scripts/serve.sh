#!/usr/bin/env bash
# Seeds the demo (the seed's 2019 session) into the store, then serves the built app on 127.0.0.1
# through the app server (apps/web/host/serve.ts: the HTTP API itself, everything else by Next.js).
# Used by `npm start` (port 3000, data in ./data) and by the end-to-end tests (their own port and
# a temporary RAPPORTEUR_DATA_DIR). Expects a built tree (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-3000}
export RAPPORTEUR_DATA_DIR=${RAPPORTEUR_DATA_DIR:-$PWD/data}
export NEXT_TELEMETRY_DISABLED=1
mkdir -p "$RAPPORTEUR_DATA_DIR"
node --import tsx apps/web/scripts/seed-demo.ts
# A 64 MiB young generation (V8 default: 16): the server allocates per request (bodies, Web Request
# and Response objects, JSON), and with the default it scavenged constantly (see apps/web/API.md).
exec node --max-semi-space-size=64 --import tsx apps/web/host/serve.ts --host 127.0.0.1 --port "$port"
