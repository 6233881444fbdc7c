# Shared by the scripts: paths, logging, and installing missing Debian packages by name.
# shellcheck shell=bash
LEDE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LEDE_DATA="${LEDE_DATA:-$LEDE_ROOT/../shared/data}"
JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $*"
  fi
}

# apt_ensure PACKAGE...: installs the packages that are not installed yet (one apt-get update at most).
apt_ensure() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing from apt: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The packages every build and test needs.
NATIVE_PACKAGES=(cmake g++ make ccache nlohmann-json3-dev catch2 python3 python3-jsonschema clang-14 libclang-rt-14-dev clang-format)

# cmake_launcher: the CMake option that puts ccache in front of the compiler (native, ASan, fuzz and
# Emscripten builds alike), so a second build of unchanged sources is a cache hit; none without ccache.
cmake_launcher() {
  if command -v ccache >/dev/null; then echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"; else echo "-UCMAKE_CXX_COMPILER_LAUNCHER"; fi
}

# The web module's toolchain (Emscripten 3.1.6 from Debian). Node comes from NodeSource (node 20) and is
# already on the machine; Debian's nodejs is installed only when there is no node at all.
WEB_PACKAGES=(emscripten)

# The browser tests drive Debian's Chromium (never a browser downloaded by a test tool).
BROWSER_PACKAGES=(chromium)
# The engines of the batch recipes in docs/recipes.md, which scripts/test.sh runs (tests/cli/test_recipes.py).
RECIPE_PACKAGES=(parallel python3-dask)

# npm_ensure: installs the npm packages pinned in package-lock.json (test and benchmark tools: playwright-core,
# compromise, wink-nlp) when node_modules is missing or older than the lock file.
npm_ensure() {
  local marker="$LEDE_ROOT/node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ "$LEDE_ROOT/package-lock.json" -nt "$marker" ]; then
    log "installing npm packages from package-lock.json"
    (cd "$LEDE_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Debian data packages read by scripts/import_lexicons.mjs (ISO 3166 countries and subdivisions; WordNet).
LEXICON_PACKAGES=(iso-codes wordnet-base)
