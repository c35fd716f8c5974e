#!/usr/bin/env bash
# Checks the HTML pages of arobase as a person would see them, in headless Chromium: the report of
# every sample dossier of examples/dossiers/ (and the palmarès page of each millésime of the samples),
# on a 390 px phone, a 1280 px desktop and A4 paper. Screenshots (PNG) and the printed PDF of each
# page go to examples/target/screenshots/. Fails (exit 1, one line per failure) when a page is wider
# than 400 px on the phone, a visible text is smaller than 11 px or contrasts less than 4.5:1 with
# its background, there are no print styles, the print takes more than 4 A4 pages, an initiative of
# the dossier is not named in its report, or the text has a plural slip (« 1 initiatives »), an ISO
# date or, in French, an English word such as MET or missed. Prints a summary table.
#
# Needs Java 17, Node 18 or newer and Debian's chromium (apt-get install chromium; another binary
# with CHROMIUM=PATH). The jar is built when missing, puppeteer-core installed from package.json.
# Usage: examples/scripts/check-pages.sh [--strict] [--no-palmares] [DOSSIER.json...]
#   --strict       the plural slips of the decision's own texts (its reasons) fail too
#   --no-palmares  check the reports only
set -euo pipefail
cd "$(dirname "$0")/../.."
strict=()
palmares=yes
dossiers=()
for arg in "$@"; do
  case "$arg" in
    --strict) strict=(--strict) ;;
    --no-palmares) palmares=no ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) dossiers+=("$arg") ;;
  esac
done
if [ ${#dossiers[@]} -eq 0 ]; then
  mapfile -t dossiers < <(find examples/dossiers -name '*.json' -not -path '*/invalid/*' | sort)
fi
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ]; then
  echo "chromium is not installed (apt-get install chromium), or set CHROMIUM=PATH" >&2
  exit 2
fi
export CHROMIUM=$browser
[ -f label-cli/target/arobase.jar ] || mvn -B -q package -DskipTests
if [ ! -d examples/scripts/node_modules/puppeteer-core ]; then
  (cd examples/scripts && npm install --no-audit --no-fund --no-package-lock --silent)
fi
pages=examples/target/pages
shots=examples/target/screenshots
mkdir -p "$pages" "$shots"
manifest=$pages/manifest.json
entries=()
for dossier in "${dossiers[@]}"; do
  name=$(basename "$dossier" .json)
  java -jar label-cli/target/arobase.jar report "$dossier" --out "$pages/$name.html" 2>/dev/null
  entries+=("{\"name\": \"$name\", \"html\": \"$pages/$name.html\", \"dossier\": \"$dossier\"}")
done
if [ "$palmares" = yes ]; then
  # One palmarès per millésime of the samples, from the samples of that millésime.
  # The dossiers' millésimes: the top-level "edition" of each file, read as JSON.
  years=$(node -e 'const fs = require("fs"); const ys = new Set(); for (const f of process.argv.slice(1)) {
    const d = JSON.parse(fs.readFileSync(f, "utf8")); for (const x of [].concat(d)) ys.add(x.edition); }
    console.log([...ys].sort().join(" "))' "${dossiers[@]}")
  for year in $years; do
    mapfile -t same < <(node -e 'const fs = require("fs"); for (const f of process.argv.slice(2)) {
      if ([].concat(JSON.parse(fs.readFileSync(f, "utf8"))).some((x) => String(x.edition) === process.argv[1])) console.log(f); }' \
      "$year" "${dossiers[@]}")
    out=$pages/palmares-$year.html
    if java -jar label-cli/target/arobase.jar palmares --format html --edition "$year" "${same[@]}" >"$out" 2>/dev/null \
        && [ -s "$out" ]; then
      entries+=("{\"name\": \"palmares-$year\", \"html\": \"$out\"}")
    else
      echo "note: no palmarès page for $year (arobase palmares --format html failed)" >&2
    fi
  done
fi
(IFS=,; echo "[${entries[*]}]") >"$manifest"
node examples/scripts/check-pages.mjs "$manifest" "$shots" "${strict[@]}"
