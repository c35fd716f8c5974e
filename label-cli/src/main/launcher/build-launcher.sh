#!/bin/sh
# Run by label-cli's build after the runnable jar is shaded: puts the launcher beside arobase.jar
# and builds the class-data archive arobase.jsa from one rating of an example dossier. Best effort:
# without an archive (a JVM that cannot write one), the launcher runs the jar as it is.
set -u
target=$1
dossier=$2
cp "$(dirname -- "$0")/arobase" "$target/arobase" && chmod +x "$target/arobase"
rm -f "$target/arobase.jsa"
if ! java -XX:ArchiveClassesAtExit="$target/arobase.jsa" -Xlog:cds=off,cds+dynamic=off \
    -jar "$target/arobase.jar" rate "$dossier" >/dev/null 2>&1; then
  echo "[arobase] no class-data archive: the training run failed; the launcher runs the jar without one"
  rm -f "$target/arobase.jsa"
fi
[ -f "$target/arobase.jsa" ] && echo "[arobase] class-data archive $target/arobase.jsa built"
exit 0
