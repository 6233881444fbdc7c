#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit tests, CLI tests against the JSON
# Schema, node tests of the wasm module, browser tests of the page, the tokenizer's accuracy floors on the dev treebanks, an
# ASan+UBSan build of the unit tests, and a short libFuzzer run.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/test.sh [--quick]
Runs everything CI runs (.ci/run calls this). --quick skips the sanitizer build and the fuzz run.
Environment: FUZZ_SECONDS (default 10), LEDE_DATA (default ../shared/data).
USAGE
  exit 0
fi
quick=0
[ "${1:-}" = "--quick" ] && quick=1
started=$SECONDS

"$LEDE_ROOT/scripts/build.sh"

log "unit tests"
"$LEDE_ROOT/build/native/lede_tests"

log "CLI tests"
LEDE_BIN="$LEDE_ROOT/build/native/lede" /usr/bin/python3 -m unittest discover -s "$LEDE_ROOT/tests/cli" -p "test_*.py"

log "node tests of the wasm module (build/web/lede.js against the native CLI)"
LEDE_BIN="$LEDE_ROOT/build/native/lede" node --test "$LEDE_ROOT/tests/node/"

log "browser tests of the page in Chromium (screenshots in build/screenshots)"
apt_ensure "${BROWSER_PACKAGES[@]}"
npm_ensure
node --test "$LEDE_ROOT/tests/e2e/"

if [ -d "$LEDE_DATA" ]; then
  log "tokenizer accuracy on the dev treebanks (floors: tokens 99, sentences 85 EWT / 90 GUM)"
  check_floor() {  # check_floor NAME PATH TOKEN_FLOOR SENTENCE_FLOOR
    local summary
    summary=$("$LEDE_ROOT/build/native/lede" eval tokenize --data "$2" | tail -n 1)
    /usr/bin/python3 - "$1" "$3" "$4" "$summary" <<'PY'
import json, sys
name, token_floor, sentence_floor, line = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
result = json.loads(line)
tokens, sentences = result["tokens"]["f1"], result["sentences"]["f1"]
print(f"{name}: token F1 {tokens:.2f}, sentence F1 {sentences:.2f}")
if tokens < token_floor or sentences < sentence_floor:
    sys.exit(f"{name}: below the floor (tokens {token_floor}, sentences {sentence_floor})")
PY
  }
  check_floor "UD EWT dev" "$LEDE_DATA/ud-ewt/en_ewt-ud-dev.conllu" 99 85
  check_floor "GUM dev" "$LEDE_DATA/gum/dev" 99 90
else
  log "skipping accuracy floors: no corpora at $LEDE_DATA"
fi

if [ $quick -eq 0 ]; then
  log "unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (build/asan)"
  cmake -S "$LEDE_ROOT" -B "$LEDE_ROOT/build/asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_SANITIZE=ON >/dev/null
  cmake --build "$LEDE_ROOT/build/asan" -j "$JOBS" --target lede_tests
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$LEDE_ROOT/build/asan/lede_tests"

  log "fuzzing the text layer for ${FUZZ_SECONDS:-10}s"
  "$LEDE_ROOT/scripts/fuzz.sh" fuzz_text "${FUZZ_SECONDS:-10}"

  log "fuzzing the model file loader for ${FUZZ_SECONDS:-10}s"
  "$LEDE_ROOT/scripts/fuzz.sh" fuzz_model "${FUZZ_SECONDS:-10}"
fi

log "all tests passed in $((SECONDS - started))s"
