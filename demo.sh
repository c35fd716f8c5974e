#!/usr/bin/env bash
# Builds the runnable jar, then shows what arobase does with the sample dossiers.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -DskipTests
arobase() { java -jar label-cli/target/arobase.jar "$@"; }

echo "== arobase validate examples/dossiers/  (every sample is valid; warnings name the initiatives the rating ignores)"
arobase validate examples/dossiers/
echo
echo "== arobase validate examples/dossiers/invalid/plusieurs-erreurs.json  (every problem at once, exit code 1)"
arobase validate examples/dossiers/invalid/plusieurs-erreurs.json || echo "(exit code $?)"
echo
echo "== arobase rate examples/dossiers/  (the proposed @, mentions, distinctions and what the next @ needs)"
arobase rate examples/dossiers/
echo
echo "== arobase report examples/dossiers/martigues-2022.json --out examples/target/martigues-2022.html"
arobase report examples/dossiers/martigues-2022.json --out examples/target/martigues-2022.html
echo
echo "== arobase palmares examples/data/palmares-2020.tsv  (the published 2020 palmarès, names resolved)"
arobase palmares examples/data/palmares-2020.tsv > examples/target/palmares-2020.txt
head -n 25 examples/target/palmares-2020.txt
echo "… (the whole palmarès is in examples/target/palmares-2020.txt)"
