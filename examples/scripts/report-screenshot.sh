#!/usr/bin/env bash
# Renders the HTML report of one sample dossier in headless Chromium and saves a screenshot,
# to check the page as a person sees it. Needs Debian's chromium package
# (apt-get install chromium); the jar is built by `mvn package`.
# Usage: examples/scripts/report-screenshot.sh [DOSSIER.json] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/../.."
dossier=${1:-examples/dossiers/martigues-2022.json}
png=${2:-examples/target/report.png}
html=examples/target/report.html
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium is not installed (apt-get install chromium)" >&2
  exit 2
fi
[ -f label-cli/target/arobase.jar ] || mvn -B -q package -DskipTests
java -jar label-cli/target/arobase.jar report "$dossier" --out "$html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# No network: the page must be self-contained, and the flags keep Chromium from reaching out.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1040,1800 \
  --screenshot="$png" "file://$PWD/$html" 2>/dev/null
echo "wrote $png"
