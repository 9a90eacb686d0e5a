#!/usr/bin/env bash
# Lints an OpenAPI document (a file or a URL, e.g. http://localhost:8080/api/weerbaar/v1/openapi.json) with Spectral
# and Logius's ruleset for the NL API Design Rules (linter.yaml, see README.md here). Fails on any error.
# Needs Node.js 18+ and npm; installs the pinned Spectral from package-lock.json on first use.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 <openapi.json file or URL>" >&2
  exit 2
fi
document=$1
case "$document" in
  http://*|https://*) ;;
  *) document=$(cd "$(dirname "$document")" && pwd)/$(basename "$document") ;;
esac
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/spectral ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/spectral lint --ruleset linter.yaml --fail-severity error "$document"
