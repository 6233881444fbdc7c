#!/usr/bin/env node
// Scores npm `compromise` (people/places/organizations) on CoNLL-2003 as raw text, the yardstick
// README.md compares Lede's own NER with.
//
// Each document's text is rebuilt the way Lede's raw-text evaluation does it: tokens joined with single
// spaces, sentences with "\n". Gold spans come from the IOB tags mapped to character offsets in that
// text; predictions are compromise's match offsets. Scoring is exact character-span match, per type.
// compromise has no MISC, so MISC is ignored on both sides for the 3-type figures; the 4-type view
// counts every gold MISC span as a miss (what compromise would score in a CoNLL-2003 4-type table).
//
// Choices, each lenient to compromise:
// - A predicted span runs from its first term to its last, without the punctuation compromise keeps
//   around them, and is snapped outwards to the CoNLL token grid (whitespace-delimited), so a match
//   that stops inside a token ("Corp" of "Corp.", "Chester-" of "Chester-le-Street") is not counted
//   wrong for tokenization alone; the unsnapped figures are printed too.
// - One character span predicted under two types keeps one: person, then organization, then place.
//
// Usage: node scripts/eval_compromise.mjs [../shared/data/conll2003/valid.txt] [--limit N]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const HELP = `usage: node scripts/eval_compromise.mjs [CONLL_FILE] [--limit DOCS]
Scores npm compromise's people/places/organizations against CoNLL-2003 PER/LOC/ORG on exact
character spans in the space-joined text. Default CONLL_FILE: ../shared/data/conll2003/valid.txt
(relative to the repository root). Prints a table, then one line of JSON.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
let limit = Infinity;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--limit') limit = Number(args[++i]);
  else positional.push(args[i]);
}
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataPath = positional[0] ?? path.join(repoRoot, '..', 'shared', 'data', 'conll2003', 'valid.txt');

// compromise is a devDependency of the repository root; resolve it from there so the script also
// runs when called from another directory.
const require = createRequire(path.join(repoRoot, 'package.json'));
let nlp;
try {
  nlp = require('compromise');
} catch (err) {
  console.error(`error: cannot load npm package compromise (run npm install in ${repoRoot}): ${err.message}`);
  process.exit(2);
}
const compromiseVersion = nlp.version ?? 'unknown';

let raw;
try {
  raw = readFileSync(dataPath, 'utf8');
} catch (err) {
  console.error(`error: cannot read ${dataPath}: ${err.message}`);
  process.exit(2);
}

// ---- CoNLL-2003 reading: documents of sentences of [token, tag] ----
function readConll(text) {
  const docs = [];
  let doc = null;
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) {
      if (!doc) { doc = []; docs.push(doc); }
      doc.push(sentence);
    }
    sentence = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('-DOCSTART-')) {
      endSentence();
      doc = [];
      docs.push(doc);
      continue;
    }
    if (!trimmed) { endSentence(); continue; }
    const cols = trimmed.split(/\s+/);
    sentence.push([cols[0], cols[cols.length - 1]]);
  }
  endSentence();
  return docs.filter((d) => d.length > 0);
}

// Rebuilds the text and returns it with the gold spans ({start, end, type}) and token boundaries.
// Accepts IOB1 and IOB2: a span starts at B-, or at I- after O or a different type.
function rebuildDocument(sentences) {
  let text = '';
  const gold = [];
  const tokenStarts = [];
  const tokenEnds = [];
  sentences.forEach((sentence, si) => {
    if (si > 0) text += '\n';
    let open = null;
    sentence.forEach(([token, tag], ti) => {
      if (ti > 0) text += ' ';
      const start = text.length;
      text += token;
      const end = text.length;
      tokenStarts.push(start);
      tokenEnds.push(end);
      const [prefix, type] = tag === 'O' ? ['O', null] : [tag.slice(0, 1), tag.slice(2)];
      if (prefix === 'O') { open = null; return; }
      if (prefix === 'B' || !open || open.type !== type) {
        open = { start, end, type };
        gold.push(open);
      } else {
        open.end = end;
      }
    });
  });
  return { text, gold, tokenStarts, tokenEnds };
}

// Smallest token-grid span covering [start, end): token starts/ends are sorted, so binary search.
function snapToTokens(start, end, tokenStarts, tokenEnds) {
  let lo = 0, hi = tokenEnds.length - 1, first = -1;
  while (lo <= hi) {  // first token whose end > start
    const mid = (lo + hi) >> 1;
    if (tokenEnds[mid] > start) { first = mid; hi = mid - 1; } else lo = mid + 1;
  }
  lo = 0; hi = tokenStarts.length - 1;
  let last = -1;
  while (lo <= hi) {  // last token whose start < end
    const mid = (lo + hi) >> 1;
    if (tokenStarts[mid] < end) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (first < 0 || last < 0 || last < first) return null;
  return [tokenStarts[first], tokenEnds[last]];
}

const METHODS = [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']];

function predict(text, tokenStarts, tokenEnds) {
  const doc = nlp(text);
  const raw = new Map();
  const snapped = new Map();
  for (const [method, type] of METHODS) {
    for (const match of doc[method]().json({ offset: true })) {
      // The match offset includes punctuation around the words ("Hussain ,", ", H. Morris"); the
      // terms' own offsets do not, so the span runs from the first term to the end of the last.
      const terms = match.terms;
      if (!terms || !terms.length) continue;
      const start = terms[0].offset.start;
      const last = terms[terms.length - 1].offset;
      const end = last.start + last.length;
      if (start >= end) continue;
      const rawKey = `${start}:${end}`;
      if (!raw.has(rawKey)) raw.set(rawKey, type);
      const grid = snapToTokens(start, end, tokenStarts, tokenEnds);
      if (!grid) continue;
      const key = `${grid[0]}:${grid[1]}`;
      if (!snapped.has(key)) snapped.set(key, type);
    }
  }
  return { raw, snapped };
}

function newCounts() {
  const c = {};
  for (const t of ['PER', 'LOC', 'ORG', 'MISC']) c[t] = { tp: 0, pred: 0, gold: 0 };
  return c;
}

function score(counts, predicted, gold) {
  const goldByKey = new Map(gold.map((g) => [`${g.start}:${g.end}`, g.type]));
  for (const g of gold) counts[g.type].gold++;
  for (const [key, type] of predicted) {
    counts[type].pred++;
    if (goldByKey.get(key) === type) counts[type].tp++;
  }
}

function prf(tp, pred, gold) {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: p, recall: r, f1: f, tp, pred, gold };
}

function summarize(counts) {
  const perType = {};
  let tp = 0, pred = 0, gold = 0;
  for (const t of ['PER', 'LOC', 'ORG']) {
    perType[t] = prf(counts[t].tp, counts[t].pred, counts[t].gold);
    tp += counts[t].tp; pred += counts[t].pred; gold += counts[t].gold;
  }
  return {
    per_type: perType,
    micro3: prf(tp, pred, gold),
    micro4: prf(tp, pred, gold + counts.MISC.gold),
  };
}

const documents = readConll(raw).slice(0, limit);
const rawCounts = newCounts();
const snapCounts = newCounts();
let words = 0;
const t0 = process.hrtime.bigint();
let nlpNanos = 0n;
for (const sentences of documents) {
  const { text, gold, tokenStarts, tokenEnds } = rebuildDocument(sentences);
  words += tokenStarts.length;
  const n0 = process.hrtime.bigint();
  const { raw: rawPred, snapped } = predict(text, tokenStarts, tokenEnds);
  nlpNanos += process.hrtime.bigint() - n0;
  score(rawCounts, rawPred, gold);
  score(snapCounts, snapped, gold);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const nlpSeconds = Number(nlpNanos) / 1e9;

const main = summarize(snapCounts);
const unsnapped = summarize(rawCounts);
const pct = (x) => (100 * x).toFixed(2).padStart(6);
const row = (name, s) =>
  `${name.padEnd(22)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(6)} ${String(s.pred).padStart(6)} ${String(s.gold).padStart(6)}`;

console.log(`compromise ${compromiseVersion} on ${dataPath}`);
console.log(`${documents.length} documents, ${words} tokens, ${seconds.toFixed(1)} s (compromise incl. offsets ${nlpSeconds.toFixed(1)} s, ${Math.round(words / nlpSeconds)} tokens/s)`);
console.log('');
console.log(`${'type'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(6)} ${'pred'.padStart(6)} ${'gold'.padStart(6)}`);
for (const t of ['PER', 'LOC', 'ORG']) console.log(row(t, main.per_type[t]));
console.log(row('micro PER+LOC+ORG', main.micro3));
console.log(row('micro 4 types', main.micro4));
console.log(row('unsnapped micro 3', unsnapped.micro3));
console.log(row('unsnapped micro 4', unsnapped.micro4));
console.log(`(MISC gold spans: ${snapCounts.MISC.gold}; spans snapped outward to CoNLL token boundaries)`);

const round = (s) => ({
  precision: +(100 * s.precision).toFixed(2), recall: +(100 * s.recall).toFixed(2), f1: +(100 * s.f1).toFixed(2),
  tp: s.tp, pred: s.pred, gold: s.gold,
});
console.log(JSON.stringify({
  tool: 'compromise', version: compromiseVersion, data: path.basename(dataPath),
  documents: documents.length, tokens: words, seconds: +seconds.toFixed(2),
  tokens_per_second: Math.round(words / nlpSeconds),
  per_type: Object.fromEntries(Object.entries(main.per_type).map(([k, v]) => [k, round(v)])),
  micro: round(main.micro3), micro_4types: round(main.micro4),
  unsnapped: { micro: round(unsnapped.micro3), micro_4types: round(unsnapped.micro4) },
}));
