#!/usr/bin/env bash
# Rebuilds the committed model (core/models/, the file name CMake's LEDE_MODEL_FILE gives) from
# ../shared/data in one command: builds the CLI, trains, and prints the dev scores to copy into
# core/models/PROVENANCE.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/train.sh
Builds build/native/lede (Release), runs `lede train pos` on UD EWT train + GUM train from
$LEDE_DATA (default ../shared/data), writes the build's default model file under core/models/, then
scores it on EWT dev and GUM dev with `lede eval pos`. Deterministic: the same data gives the same bytes.
Training takes well under a minute on one core.
USAGE
  exit 0
fi
[ -d "$LEDE_DATA/ud-ewt" ] || die "no corpora in $LEDE_DATA (see ../shared/data/README.md)"
cmake -S "$LEDE_ROOT" -B "$LEDE_ROOT/build/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$LEDE_ROOT/build/native" -j "$JOBS" --target lede
lede="$LEDE_ROOT/build/native/lede"
log "training the POS tagger and lemmatizer"
"$lede" train pos --data-dir "$LEDE_DATA" --epochs 8 --bits 8 --prune 1
log "scoring on EWT dev and GUM dev"
"$lede" eval pos --data "$LEDE_DATA/ud-ewt/en_ewt-ud-dev.conllu"
"$lede" eval pos --data "$LEDE_DATA/gum/dev"
