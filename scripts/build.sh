#!/usr/bin/env bash
# Builds the native core, the `lede` CLI and the unit tests into build/native, and the web module into
# build/wasm, staged as the static site build/web.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/build.sh [--debug] [--no-web | --web-only]
Installs what is missing (scripts/setup.sh, Emscripten), then builds build/native/lede and
build/native/lede_tests (Release; --debug for a Debug build), and the web module with Emscripten in
build/wasm (always Release), staged with lede.js, lede.d.ts, the page (web/) and the model (core/models/,
named in build/web/lede-model.json) as the deployable static site build/web/. --no-web skips the web
module, --web-only the native build. Incremental: run it again after a change. Compiles go through
ccache when it is installed (scripts/setup.sh installs it).
USAGE
  exit 0
fi
build_type=Release
web=1
native=1
for argument in "$@"; do
  case "$argument" in
    --debug) build_type=Debug ;;
    --no-web) web=0 ;;
    --web-only) native=0 ;;
    *) die "unknown option '$argument' (see scripts/build.sh --help)" ;;
  esac
done
[ $web -eq 1 ] || [ $native -eq 1 ] || die "--no-web and --web-only exclude each other"
"$LEDE_ROOT/scripts/setup.sh"
if [ $native -eq 1 ]; then
  log "building native ($build_type) in build/native"
  cmake -S "$LEDE_ROOT" -B "$LEDE_ROOT/build/native" -DCMAKE_BUILD_TYPE="$build_type" "$(cmake_launcher)" >/dev/null
  cmake --build "$LEDE_ROOT/build/native" -j "$JOBS"
  log "built $LEDE_ROOT/build/native/lede"
fi

# --- the web module (bindings/wasm; cmake/WebModule.cmake explains each flag) -----------------------
build_web() {
  apt_ensure "${WEB_PACKAGES[@]}"
  command -v node >/dev/null || apt_ensure nodejs
  # Emscripten's optimizer needs acorn, which Debian ships where NodeSource's node does not look; emcmake's
  # default test emulator passes node a flag that node 20 rejects, hence the plain /usr/bin/node.
  export NODE_PATH=/usr/share/nodejs
  log "building the web module (Release) in build/wasm"
  emcmake cmake -S "$LEDE_ROOT" -B "$LEDE_ROOT/build/wasm" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node -DLEDE_TESTS=OFF "$(cmake_launcher)" >/dev/null
  cmake --build "$LEDE_ROOT/build/wasm" -j "$JOBS"
  # Staged afresh each time (emptied, not removed, so a server running in it keeps working).
  local site="$LEDE_ROOT/build/web"
  mkdir -p "$site"
  find "$site" -mindepth 1 -delete
  cp "$LEDE_ROOT/build/wasm/lede-core.mjs" "$LEDE_ROOT/build/wasm/lede-core.wasm" \
     "$LEDE_ROOT/bindings/wasm/lede.js" "$LEDE_ROOT/bindings/wasm/lede.d.ts" "$site/"
  # Node reads lede.js (an ES module with a .js name) without a warning when the folder says so.
  printf '{"type": "module"}\n' >"$site/package.json"
  if [ -d "$LEDE_ROOT/web" ]; then cp -R "$LEDE_ROOT/web/." "$site/"; fi
  # The page's libraries, from npm: Mozilla's Readability (Apache-2.0) reduces an opened HTML file to its
  # article (web/open-file.js); d3-force (ISC) lays out the entity graph, bundled into graph.js by esbuild
  # (web/graph.js imports it by name, which a browser cannot resolve).
  npm_ensure
  cp "$LEDE_ROOT/node_modules/@mozilla/readability/Readability.js" "$site/readability.js"
  "$LEDE_ROOT/node_modules/.bin/esbuild" "$LEDE_ROOT/web/graph.js" --bundle --format=esm --minify \
    --legal-comments=eof --log-level=warning --outfile="$site/graph.js" --allow-overwrite
  # The page's worker as one file (worker.js with lede.js, the Emscripten glue and the example article):
  # a module worker fetches each import only after the file importing it, three round trips on the way
  # to the first result. Bundled from the staged copies; lede.js's node-only imports are never reached in a browser.
  # The model's file name (lede-model.json's "file", or null) is written into it too, so that its first
  # request is the model itself, not lede-model.json and then the model (web/worker.js).
  local model_file
  model_file="$(python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))["file"]))' \
    "$LEDE_ROOT/build/wasm/web-model/lede-model.json")"
  "$LEDE_ROOT/node_modules/.bin/esbuild" "$site/worker.js" --bundle --format=esm --platform=browser \
    --external:'node:*' --log-level=warning --outfile="$site/worker.js" --allow-overwrite \
    --define:LEDE_MODEL_FILE="$model_file"
  # The model (when the build has one) and lede-model.json, which names it for lede.js (cmake/WebModule.cmake).
  cp "$LEDE_ROOT/build/wasm/web-model/"* "$site/"
  # The service worker's list of the site's files and the site's version (a hash of them): a new build
  # is a new cache (web/sw.js).
  python3 - "$site" <<'PY'
import hashlib, json, os, sys
site = sys.argv[1]
names = sorted(n for n in os.listdir(site)
               if os.path.isfile(os.path.join(site, n)) and n not in ("sw.js", "lede.d.ts", "package.json"))
digest = hashlib.sha256()
for name in names:
    digest.update(name.encode() + b"\0" + open(os.path.join(site, name), "rb").read())
path = os.path.join(site, "sw.js")
if os.path.exists(path):
    text = open(path).read()
    text = text.replace("const SITE_VERSION = 'unbuilt';  // lede:site-version",
                        f"const SITE_VERSION = '{digest.hexdigest()[:16]}';  // lede:site-version")
    text = text.replace("const SITE_FILES = [];  // lede:site-files",
                        f"const SITE_FILES = {json.dumps(['./' + n for n in names])};  // lede:site-files")
    open(path, "w").write(text)
PY
  log "built $site (lede-core.wasm $(wc -c <"$site/lede-core.wasm") bytes; model: $(cat "$site/lede-model.json"))"
}
if [ $web -eq 1 ]; then build_web; fi
