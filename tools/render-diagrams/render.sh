#!/usr/bin/env bash
# Renders every Weerbaar BPMN model to docs/processes/<key>.png with bpmn-to-image and Debian's chromium
# (apt-get install chromium). Puppeteer's own browser download is skipped: nothing but the package registries is
# reachable, and Debian's chromium needs --no-sandbox when run as root.
set -euo pipefail
cd "$(dirname "$0")"
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "chromium is not installed (Debian: apt-get install chromium)" >&2
  exit 1
fi
if [ ! -d node_modules/bpmn-to-image ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
wrapper=$(mktemp)
trap 'rm -f "$wrapper"' EXIT
cat > "$wrapper" <<WRAP
#!/usr/bin/env bash
exec "$chromium" --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run "\$@"
WRAP
chmod +x "$wrapper"
docs=../../docs/processes
for model in ../../weerbaar-bpmn/src/main/resources/weerbaar/bpmn/*.bpmn; do
  key=$(basename "$model" .bpmn)
  PUPPETEER_EXECUTABLE_PATH="$wrapper" npx --no-install bpmn-to-image --no-title --no-footer \
    "$model:$docs/$key.png"
  echo "Rendered $docs/$key.png"
done
