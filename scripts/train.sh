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
scores it on EWT dev and GUM dev with `lede eval pos`; then trains the NER tagger (CoNLL-2003 + CoNLL04) and the
dependency parser (UD EWT + GUM, on the new tagger's predicted tags) and packs their sections into the
same file; last the relation classifier (CoNLL04, read by that tagger and parser). Deterministic: the
same data gives the same bytes. A few minutes on one core (the parser
takes most of it).
USAGE
  exit 0
fi
[ -d "$LEDE_DATA/ud-ewt" ] || die "no corpora in $LEDE_DATA (see ../shared/data/README.md)"
cmake -S "$LEDE_ROOT" -B "$LEDE_ROOT/build/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$LEDE_ROOT/build/native" -j "$JOBS" --target lede
lede="$LEDE_ROOT/build/native/lede"
log "training the POS tagger and lemmatizer"
"$lede" train pos --data-dir "$LEDE_DATA" --epochs 8 --bits 8 --prune 1.3
log "scoring on EWT dev and GUM dev"
"$lede" eval pos --data "$LEDE_DATA/ud-ewt/en_ewt-ud-dev.conllu"
"$lede" eval pos --data "$LEDE_DATA/gum/dev"

# --- NER: the "ner" and "ner.gazetteer" sections, packed into the same model file ------------
# CoNLL-2003 train (tuned on its dev split only) + the gazetteer TSVs of core/lexicons/gazetteers/.
# 8-bit weights: against 16 bits, 92.56 against 92.58 on CoNLL-2003 dev given tokens (an early model lost
# ~8 points to one scale per table; the averaged runs keep weights in a narrow range), a 16% smaller
# section, and 16-bit emission sums in the tagger: +10% NER speed. Pruning at 0.7 costs ~0.1.
# --extra conll04 adds CoNLL04 train (its Peop, Org, Loc; "Other" spans and spans with a common
# noun inside unlabeled); --runs 5 averages the weights of 5 runs in different document orders (parameter
# mixing: over shuffle seeds, +0.2 F1 on CoNLL-2003 dev against one run; 3 runs did as well on average,
# seed 1 drew better with 5). Against the model before (7 epochs, CoNLL-2003 only): CoNLL-2003 dev 92.39 ->
# 92.62 given tokens, 91.62 -> 92.14 raw; CoNLL04 dev entities 71.1 -> 84.7 F1 (Org 48.4 -> 75.6),
# relations end to end 42.2 -> 56.6; gold articles names 78.9 -> 79.8, relations 55.4 -> 57.5.
# --tune-type-bias: after training, one bias per type for starting a name and one for going on with it,
# tuned on CoNLL-2003 dev with the saved (8-bit) table by coordinate ascent (the perceptron leaned unknown
# capitalized words to PER). Over shuffle seeds 1, 11, 21, 31, `lede eval ner` given tokens: 93.54, 93.68,
# 93.58, 93.73; ORG 90.31, 90.61, 90.40, 91.01; MISC 90.22, 90.15, 90.20, 89.98 (the trainer's own dev F1
# of the saved table before the biases: 92.75, 93.08, 92.70, 92.83).
model="$("$lede" model info | awk '/^file:/ {print $2}')"
ner_model="$LEDE_ROOT/build/native/ner-section.model"
log "training the NER tagger"
"$lede" train ner --data-dir "$LEDE_DATA" --lexicons "$LEDE_ROOT/core/lexicons/gazetteers" \
  --extra conll04 --runs 5 --epochs 9 --bits 8 --prune 0.7 --tune-type-bias --out "$ner_model"
"$lede" model pack --out "$model" "$model" "$ner_model"
log "scoring NER on CoNLL-2003 dev (given tokens, then raw text)"
"$lede" eval ner --data "$LEDE_DATA/conll2003/valid.txt"
"$lede" eval ner --data "$LEDE_DATA/conll2003/valid.txt" --raw

# --- parser: the "parse" section, packed into the same model file ----------------------------
# UD EWT train + GUM train, tagged by the POS model just trained (the parser runs on predicted tags, so it
# learns on them); per-epoch scores on EWT dev. Greedy arc-hybrid, dynamic oracle (docs/decisions.md).
# Features seen fewer than 20 times are never learned and weights under 2.5 are pruned: the section then
# fits its 1.5 MB budget (PROVENANCE.md lists the alternatives measured).
parse_model="$LEDE_ROOT/build/native/parse-section.model"
log "training the dependency parser"
"$lede" train parse --data-dir "$LEDE_DATA" --model "$model" --epochs 7 --min-count 20 --bits 8 --prune 2.5 \
  --out "$parse_model"
"$lede" model pack --out "$model" "$model" "$parse_model"
log "scoring the parser on EWT dev and GUM dev (predicted tags)"
"$lede" eval parse --data "$LEDE_DATA/ud-ewt/en_ewt-ud-dev.conllu"
"$lede" eval parse --data "$LEDE_DATA/gum/dev"

# --- relations: the "relations" section, packed into the same model file ----------------------
# CoNLL04 train (Roth & Yih 2004), read by the POS tagger and parser just packed into $model on its own
# tokens; candidate pairs from the gold entities and from the entities our NER finds; the epoch and the bias
# against "no relation" are chosen on CoNLL04 dev. 8-bit weights, |w| < 1 pruned: 91 KB instead of 317 KB
# for 0.2 points of dev pair F1. --runs 5 averages the weights of 5 runs in different orders, each at its
# best epoch on dev: end to end 56.15 -> 57.06, with gold entities 73.3 -> 74.6 (means over 3 shuffle seeds).
relations_model="$LEDE_ROOT/build/native/relations-section.model"
log "training the relation classifier"
"$lede" train relations --data-dir "$LEDE_DATA" --model "$model" --runs 5 --epochs 20 --bits 8 --prune 1 \
  --out "$relations_model"
"$lede" model pack --out "$model" "$model" "$relations_model"
log "scoring relations on CoNLL04 dev (end to end, and with gold entities)"
"$lede" eval relations --data "$LEDE_DATA/conll04/dev.txt"
