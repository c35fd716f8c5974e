#!/usr/bin/env bash
# Builds the runnable jar, then shows what arobase does with the bundled data.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -DskipTests
jar=examples/target/arobase.jar

echo "== arobase matrix --edition 2022 (the label's service matrix)"
java -jar "$jar" matrix --edition 2022
