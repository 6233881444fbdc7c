#!/usr/bin/env bash
# The batch figures of issue 22: --threads 1/2/4 natively, and a 100,000-document synthetic corpus (from the
# CoNLL-2003 training text, 1% of its lines malformed) through GNU parallel --pipe.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/bench_batch.sh [DOCUMENTS]
Builds build/bench/corpus.jsonl: DOCUMENTS (default 100000) documents of 3 consecutive sentences of the
CoNLL-2003 English training text (../shared/data; never committed), every 100th line cut short (malformed).
Then measures `lede analyze --jsonl` words/s with --threads 1, 2 and 4 on its first 5,000 documents, and
the whole corpus through `parallel --pipe --block 1M -j NPROC`: wall time, peak memory of each lede
process, and the error lines. Prints a Markdown table.
USAGE
  exit 0
fi
documents="${1:-100000}"
apt_ensure "${RECIPE_PACKAGES[@]}"
lede="$LEDE_ROOT/build/native/lede"
[ -x "$lede" ] || "$LEDE_ROOT/scripts/build.sh" --no-web
work="$LEDE_ROOT/build/bench"
mkdir -p "$work"
/usr/bin/python3 - "$LEDE_DATA/conll2003/train.txt" "$work/corpus.jsonl" "$documents" <<'PY'
import json, sys
source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
sentences, words = [], []
for line in open(source, encoding="utf-8"):
    line = line.strip()
    if line.startswith("-DOCSTART-"):
        continue
    if not line:
        if words:
            sentences.append(" ".join(words))
        words = []
        continue
    words.append(line.split(" ")[0])
with open(target, "w", encoding="utf-8") as out:
    for i in range(count):
        start = (i * 7) % (len(sentences) - 3)
        line = json.dumps({"id": f"doc-{i}", "text": " ".join(sentences[start:start + 3])}, ensure_ascii=False)
        if i % 100 == 99:
            line = line[: len(line) // 2]  # malformed: cut short
        out.write(line + "\n")
PY
corpus="$work/corpus.jsonl"
total_words=$(/usr/bin/python3 -c 'import json,sys
n=0
for l in open(sys.argv[1]):
    try: n+=len(json.loads(l)["text"].split())
    except ValueError: pass
print(n)' "$corpus")
head -n 5000 "$corpus" > "$work/corpus-5k.jsonl"
words_5k=$(/usr/bin/python3 -c 'import json,sys
print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1]) if l.rstrip().endswith("}")))' "$work/corpus-5k.jsonl")
echo "| run | documents | seconds | words/s | peak memory |"
echo "|---|---:|---:|---:|---:|"
for threads in 1 2 4; do
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/time.txt" "$lede" analyze --jsonl --threads "$threads" "$work/corpus-5k.jsonl" > /dev/null || true
  end=$(date +%s.%N)
  seconds=$(awk "BEGIN { printf \"%.1f\", $end - $start }")
  echo "| --threads $threads | 5,000 | $seconds | $(awk "BEGIN { printf \"%d\", $words_5k / $seconds }") | $(( $(tail -n 1 "$work/time.txt") / 1024 )) MB |"
done
jobs=$(nproc)
rm -f "$work/memory.txt"
start=$(date +%s.%N)
parallel --pipe --block 1M --keep-order -j "$jobs" \
  "/usr/bin/time -f %M -a -o $work/memory.txt $lede analyze --jsonl" < "$corpus" > "$work/results.jsonl" || true
end=$(date +%s.%N)
seconds=$(awk "BEGIN { printf \"%.1f\", $end - $start }")
peak=$(sort -n "$work/memory.txt" | tail -n 1)
processes=$(wc -l < "$work/memory.txt")
echo "| parallel --pipe -j $jobs ($processes processes) | $(wc -l < "$corpus") | $seconds | $(awk "BEGIN { printf \"%d\", $total_words / $seconds }") | $((peak / 1024)) MB per process |"
errors=$(grep -c '"error"' "$work/results.jsonl" || true)
echo
echo "Lines out: $(wc -l < "$work/results.jsonl") for $(wc -l < "$corpus") in; error lines: $errors (expected: every 100th line, $((documents / 100))); first two:"
grep '"error"' "$work/results.jsonl" | head -n 2 | cut -c1-160
