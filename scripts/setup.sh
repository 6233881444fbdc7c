#!/usr/bin/env bash
# Installs what building and testing Lede needs, from Debian's apt by name. Idempotent.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/setup.sh
Installs the missing Debian packages (cmake, g++, ccache, nlohmann-json, Catch2, clang-14 with its
sanitizer and libFuzzer runtime, python3-jsonschema). Run by build.sh and test.sh; safe to run again.
USAGE
  exit 0
fi
apt_ensure "${NATIVE_PACKAGES[@]}"
log "setup complete"
