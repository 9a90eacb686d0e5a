#!/usr/bin/env bash
# Copies the NL Design System CSS pinned in package.json (package-lock.json) into the starter, with its licence, so the
# monitor's pages need nothing from the internet at run time. Run after changing a version here; the starter's
# VendoredAssetsTests fails while the copy and the pin disagree.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
target=../../weerbaar-spring-starter/src/main/resources/weerbaar/monitor/assets/vendor
rm -rf "$target"
mkdir -p "$target/utrecht-component-library-css" "$target/voorbeeld-design-tokens"
cp node_modules/@utrecht/component-library-css/dist/index.css node_modules/@utrecht/component-library-css/LICENSE.md \
  "$target/utrecht-component-library-css/"
cp node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css \
  node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md "$target/voorbeeld-design-tokens/"
{
  echo "# package@version of each directory here, as tools/monitor/package-lock.json pins it (written by vendor.sh)"
  for package in @utrecht/component-library-css @nl-design-system-unstable/voorbeeld-design-tokens; do
    echo "$package@$(node -p "require('./node_modules/$package/package.json').version")"
  done
} > "$target/VERSIONS"
echo "Copied into $target:"
cat "$target/VERSIONS"
