#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs one of them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ] || [ $# -lt 1 ]; then
  cat <<'USAGE'
usage: scripts/fuzz.sh TARGET [SECONDS]
       scripts/fuzz.sh --all [SECONDS]
       scripts/fuzz.sh --build
Builds build/fuzz/TARGET (tests/fuzz/TARGET.cpp) with clang-14, ASan and UBSan, and fuzzes it for SECONDS
(default 60), starting from the seeds in tests/fuzz/corpus/TARGET. Targets:
  fuzz_text      any bytes through the text layer and the rule stages (no model), with JSON export
  fuzz_pipeline  any bytes through the whole pipeline with the committed model, both pipelines
  fuzz_conll     any bytes as a CoNLL-U file and as a CoNLL-2003 file (the readers, then analysis)
  fuzz_jsonl     any bytes as a line of `lede analyze --jsonl` input
  fuzz_result    any bytes as a lede/1 result for `lede export`, written in every export format
  fuzz_model     any bytes as a model file (seeds: small models made with `lede model pack`)
--all fuzzes every target at once for SECONDS each (default 30) and prints a line per target: runs,
coverage (libFuzzer's cov: edges) and the result. --build builds every target and fuzzes none.
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
# fuzz_for TARGET SECONDS LOG: one run from the committed seeds and the target's own growing corpus.
fuzz_for() {
  local work="$LEDE_ROOT/build/fuzz/corpus-$1"
  mkdir -p "$work" "$LEDE_ROOT/build/fuzz/artifacts"
  "$LEDE_ROOT/build/fuzz/$1" -max_total_time="$2" -max_len=4096 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$LEDE_ROOT/build/fuzz/artifacts/" "$work" "$LEDE_ROOT/tests/fuzz/corpus/$1" >"$3" 2>&1
}

if [ "$1" = "--all" ]; then
  seconds="${2:-30}"
  targets=()
  for source in "$LEDE_ROOT"/tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$source" .cpp)"); done
  build_fuzz_targets "${targets[@]}"
  log "fuzzing ${targets[*]} at once for ${seconds}s each"
  declare -A pids
  for target in "${targets[@]}"; do
    fuzz_for "$target" "$seconds" "$LEDE_ROOT/build/fuzz/$target.log" &
    pids[$target]=$!
  done
  failed=0
  for target in "${targets[@]}"; do
    status=0
    wait "${pids[$target]}" || status=$?
    log_file="$LEDE_ROOT/build/fuzz/$target.log"
    runs=$(grep -o 'number_of_executed_units: [0-9]*' "$log_file" | grep -o '[0-9]*$' || echo "?")
    coverage=$(grep -o 'cov: [0-9]*' "$log_file" | tail -n 1 | grep -o '[0-9]*$' || echo "?")
    if [ "$status" -eq 0 ]; then
      printf '%-14s %9s runs  cov %6s  clean\n' "$target" "$runs" "$coverage"
    else
      printf '%-14s %9s runs  cov %6s  FAILED (status %s)\n' "$target" "$runs" "$coverage" "$status"
      grep -E 'ERROR|invariant broken|SUMMARY' "$log_file" | head -n 5 >&2 || true
      failed=1
    fi
  done
  [ "$failed" -eq 0 ] || die "a fuzz target failed: its log is build/fuzz/TARGET.log, its input in build/fuzz/artifacts/"
  exit 0
fi

target="$1"
seconds="${2:-60}"
[ -f "$LEDE_ROOT/tests/fuzz/$target.cpp" ] || die "no fuzz target tests/fuzz/$target.cpp"
build_fuzz_targets "$target"
log "fuzzing $target for ${seconds}s"
status=0
fuzz_for "$target" "$seconds" "$LEDE_ROOT/build/fuzz/$target.log" || status=$?
tail -n 12 "$LEDE_ROOT/build/fuzz/$target.log"
exit "$status"
