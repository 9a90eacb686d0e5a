#!/usr/bin/env bash
# Lints every Weerbaar BPMN model with bpmnlint's recommended rules and Camunda 7.24 compatibility rules.
# Fails on any problem, warnings included. Needs Node.js 18+ and npm (Debian: apt-get install nodejs npm).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/bpmnlint ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
models=(../../weerbaar-bpmn/src/main/resources/weerbaar/bpmn/*.bpmn)
output=$(npx --no-install bpmnlint "${models[@]}" 2>&1) || { echo "$output"; exit 1; }
if [ -n "$output" ]; then
  echo "$output"
  echo "bpmnlint reported problems" >&2
  exit 1
fi
echo "bpmnlint: ${#models[@]} model(s), 0 problems"
