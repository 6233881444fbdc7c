// Throughput in node, in one process, on the same documents: Lede's wasm module, compromise and
// wink-nlp, words counted the same way for all (whitespace-separated). Prints one JSON object.
// usage: node tests/bench/bench_node.mjs CORPUS.txt [RUNS]   (documents separated by blank lines)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [corpusPath, runsArg] = process.argv.slice(2);
if (!corpusPath) {
  console.error('usage: node tests/bench/bench_node.mjs CORPUS.txt [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg || 5);
const documents = readFileSync(corpusPath, 'utf8').split(/\n\s*\n/).filter((d) => d.trim());
const words = documents.reduce((sum, d) => sum + d.split(/\s+/).filter(Boolean).length, 0);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Runs `analyze` over every document `runs` times (after one warm-up) and reports the median.
function measure(name, analyze) {
  for (const d of documents) analyze(d);
  const times = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    for (const d of documents) analyze(d);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { name, ms: Math.round(ms * 10) / 10, words_per_s: Math.round(words / (ms / 1000)) };
}

const loadStart = performance.now();
const { createAnalyzer } = await import(join(root, 'build', 'web', 'lede.js'));
const analyzer = await createAnalyzer();
const loadMs = performance.now() - loadStart;

const results = [
  measure('lede wasm (full)', (d) => analyzer.analyze(d)),
  measure('lede wasm (entities)', (d) => analyzer.analyze(d, { pipeline: 'entities' })),
];

try {
  const nlp = (await import('compromise')).default;
  results.push(measure('compromise (people, places, organizations)', (d) => {
    const doc = nlp(d);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  }));
} catch (error) {
  results.push({ name: 'compromise', error: error.message });
}
try {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const wink = winkNLP(model);
  results.push(measure('wink-nlp (entities)', (d) => wink.readDoc(d).entities().out()));
} catch (error) {
  results.push({ name: 'wink-nlp', error: error.message });
}
// Per-stage throughput inside the wasm, the way `lede bench` measures it natively (median of runs).
const stageRuns = [];
for (let r = 0; r < runs; r += 1) {
  const totals = {};
  let tokens = 0;
  for (const d of documents) {
    const timing = analyzer.timeStages(d);
    tokens += timing.tokens;
    for (const [stage, seconds] of Object.entries(timing.stages)) totals[stage] = (totals[stage] ?? 0) + seconds;
  }
  stageRuns.push({ tokens, totals });
}
const wasmStages = {};
for (const stage of Object.keys(stageRuns[0].totals)) {
  const runSeconds = stageRuns.map((run) => run.totals[stage]);
  const seconds = median(runSeconds);
  // The fastest run too: on a shared machine, the one least slowed down by others.
  const best = Math.min(...runSeconds);
  wasmStages[stage] = {
    ms: Math.round(seconds * 1e4) / 10,
    tokens_per_s: Math.round(stageRuns[0].tokens / seconds),
    best_tokens_per_s: Math.round(stageRuns[0].tokens / best),
  };
}
analyzer.dispose();
console.log(JSON.stringify({ documents: documents.length, words, runs, lede_load_ms: Math.round(loadMs * 10) / 10, results, wasm_stages: wasmStages }));
