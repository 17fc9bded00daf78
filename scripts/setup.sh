#!/usr/bin/env bash
# Brings a fresh machine (Node 20, npm) to a built tree: Debian packages, pnpm, dependencies, build.
# Used by `npm start` (profile "start") and `npm test` (profile "test", which also needs the readers
# and the database that the tests drive). Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${1:-start}
pnpm_version=10.34.9
export npm_config_nodedir=${npm_config_nodedir:-/usr}
export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1

debs=(chromium fonts-noto-cjk fonts-noto-core)
if [ "$profile" = test ]; then
  debs+=(postgresql libreoffice-writer-nogui pandoc poppler-utils libxml2-utils)
fi
missing=()
for deb in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q 'install ok installed' || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: install them as root (apt-get install ${missing[*]}) and run this command again." >&2
    exit 1
  fi
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "setup: installing pnpm $pnpm_version"
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version" >/dev/null
fi

pnpm install --frozen-lockfile --prefer-offline
pnpm turbo run build --output-logs=errors-only
