#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs one of them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ] || [ $# -lt 1 ]; then
  cat <<'USAGE'
usage: scripts/fuzz.sh TARGET [SECONDS]
       scripts/fuzz.sh --build
Builds build/fuzz/TARGET (tests/fuzz/TARGET.cpp) and fuzzes it for SECONDS (default 60), starting from
tests/fuzz/corpus/TARGET. Targets: fuzz_text (UTF-8 repair, tokenizer, splitter, whole analyzer + JSON),
fuzz_model (model file loading; its seeds are small models made with `lede model pack`).
--build builds every target (one clang build in build/fuzz, shared by all targets) and fuzzes none.
A crash leaves its input in build/fuzz/artifacts/ and exits non-zero.
USAGE
  [ "${1:-}" = "--help" ] && exit 0 || exit 2
fi

# build_fuzz_targets TARGET...: configures build/fuzz (clang-14, libFuzzer, ASan, UBSan; ccache when there
# is one) and builds the targets and what they link, nothing else.
build_fuzz_targets() {
  "$LEDE_ROOT/scripts/setup.sh" >/dev/null
  log "building $* with clang-14 (libFuzzer, ASan, UBSan) in build/fuzz"
  cmake -S "$LEDE_ROOT" -B "$LEDE_ROOT/build/fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DLEDE_FUZZ=ON -DLEDE_TESTS=OFF "$(cmake_launcher)" >/dev/null
  cmake --build "$LEDE_ROOT/build/fuzz" -j "$JOBS" --target "$@"
}

if [ "$1" = "--build" ]; then
  targets=()
  for source in "$LEDE_ROOT"/tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
  build_fuzz_targets "${targets[@]}"
  exit 0
fi
target="$1"
seconds="${2:-60}"
[ -f "$LEDE_ROOT/tests/fuzz/$target.cpp" ] || die "no fuzz target tests/fuzz/$target.cpp"
build_fuzz_targets "$target"
work="$LEDE_ROOT/build/fuzz/corpus-$target"
mkdir -p "$work" "$LEDE_ROOT/build/fuzz/artifacts"
log "fuzzing $target for ${seconds}s"
"$LEDE_ROOT/build/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$LEDE_ROOT/build/fuzz/artifacts/" "$work" "$LEDE_ROOT/tests/fuzz/corpus/$target" 2>&1 | tail -n 12
