#!/usr/bin/env bash
# Builds the native core, the `lede` CLI and the unit tests into build/native.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/build.sh [--debug]
Installs what is missing (scripts/setup.sh), then builds build/native/lede and build/native/lede_tests
(Release; --debug for a Debug build). Incremental: run it again after a change.
USAGE
  exit 0
fi
build_type=Release
[ "${1:-}" = "--debug" ] && build_type=Debug
"$LEDE_ROOT/scripts/setup.sh"
log "building native ($build_type) in build/native"
cmake -S "$LEDE_ROOT" -B "$LEDE_ROOT/build/native" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$LEDE_ROOT/build/native" -j "$JOBS"
log "built $LEDE_ROOT/build/native/lede"
