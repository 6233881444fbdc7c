#!/usr/bin/env bash
# Builds the npm package of the wasm module and the model: build/npm/lede-VERSION.tgz.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/package.sh
Builds the web module if needed, stages the npm package in build/npm/lede (lede.js, lede.d.ts, the
Emscripten glue and lede-core.wasm, the model with lede-model.json and PROVENANCE.md, the package's
README, LICENSE, MODEL-LICENSE.md and examples/ from packaging/npm) and packs it with `npm pack` into
build/npm/lede-VERSION.tgz, whose path it prints. tests/package tests the packed file.
USAGE
  exit 0
fi
web="$LEDE_ROOT/build/web"
[ -f "$web/lede-core.wasm" ] && [ -f "$web/lede.js" ] || "$LEDE_ROOT/scripts/build.sh" --web-only >&2
model=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["file"] or "")' "$web/lede-model.json")
[ -n "$model" ] || die "build/web has no model (lede-model.json names none): the package ships one"
version=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$LEDE_ROOT/package.json")

stage="$LEDE_ROOT/build/npm/lede"
rm -rf "$stage"
mkdir -p "$stage"
cp "$web/lede.js" "$web/lede.d.ts" "$web/lede-core.mjs" "$web/lede-core.wasm" "$web/lede-model.json" "$web/$model" "$stage/"
cp "$LEDE_ROOT/core/models/PROVENANCE.md" "$stage/"
cp -r "$LEDE_ROOT/packaging/npm/." "$stage/"
/usr/bin/python3 - "$stage/package.json" "$version" "$model" <<'PY'
import json, sys
path, version, model = sys.argv[1:]
package = {
    "name": "lede",
    "version": version,
    "description": "News-article analysis in WebAssembly: people, organizations, places, dates, who is who, "
                   "relations and quotes. The trained model is inside; nothing is downloaded at run time.",
    "type": "module",
    "main": "./lede.js",
    "types": "./lede.d.ts",
    "exports": {
        ".": {"types": "./lede.d.ts", "default": "./lede.js"},
        "./lede-core.wasm": "./lede-core.wasm",
        "./lede-model.json": "./lede-model.json",
        f"./{model}": f"./{model}",
        "./package.json": "./package.json",
    },
    "files": ["lede.js", "lede.d.ts", "lede-core.mjs", "lede-core.wasm", "lede-model.json", model,
              "PROVENANCE.md", "MODEL-LICENSE.md", "LICENSE", "README.md", "examples/"],
    "engines": {"node": ">=18"},
    "sideEffects": False,
    "keywords": ["nlp", "ner", "named-entity-recognition", "relation-extraction", "news", "webassembly"],
    "license": "SEE LICENSE IN LICENSE",
}
open(path, "w").write(json.dumps(package, indent=2) + "\n")
PY
(cd "$LEDE_ROOT/build/npm" && npm pack --silent ./lede >/dev/null)
tarball="$LEDE_ROOT/build/npm/lede-$version.tgz"
[ -f "$tarball" ] || die "npm pack did not write $tarball"
log "packed $tarball ($(du -k "$tarball" | cut -f1) KB)"
echo "$tarball"
