// How the time of one analysis grows with the text, for the shapes that have been quadratic or could be:
// each shape at SMALL and 4×SMALL characters, natively (`lede bench`, the pipeline alone, no process start
// or model load) and in the wasm (analyze() in node). The figure is the ratio of the two times: linear
// work gives ~4; the budget is ≤ 4.5 (issue 21). Ratios, not absolute times, so a slow machine does not
// change the verdict. Each time is the fastest of RUNS (the run least disturbed by the rest of a shared
// machine: medians of 3 still swung by ±30% here; single runs of one text by ±15%). Prints one JSON object; scripts/bench.sh turns it
// into a table.
// usage: node --expose-gc tests/bench/growth.mjs [SMALL_CHARACTERS] [RUNS]   (default 1000000, 5)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longText } from './long_text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { createAnalyzer } = await import(join(root, 'build', 'web', 'lede.js'));
const ledeBin = process.env.LEDE_BIN ?? join(root, 'build', 'native', 'lede');
const small = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 5);
const BUDGET = 4.5;

// Distinct made-up names from a fixed seed, so every run sees the same text.
function nameMaker() {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'vak', 'sel', 'dun', 'bri', 'mar', 'ten', 'os', 'ul', 'gra', 'fen', 'pim'];
  let state = 12345;
  // 32-bit integer arithmetic: in doubles the product lost its low bits, every syllable was the first
  // and every "distinct" name was "Kaka".
  const next = () => { state = ((Math.imul(state, 1103515245) + 12345) >>> 0) % 2147483648; return state >>> 16; };
  return () => {
    let name = '';
    for (let i = 2 + (next() % 2); i > 0; --i) name += syllables[next() % syllables.length];
    return name[0].toUpperCase() + name.slice(1);
  };
}

// Text of `size` characters made of unit() pieces.
function fill(size, unit) {
  const parts = [];
  let length = 0;
  while (length < size) {
    const piece = unit();
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}

const SHAPES = {
  'news paragraphs (the gold articles, repeated)': (size) => longText(size).slice(0, size),
  'distinct names: "X met Y in Paris." × n': (size) => {
    const name = nameMaker();
    return fill(size, () => `${name()} ${name()} met ${name()} ${name()} in Paris on Monday. `);
  },
  'one sentence of nested reported speech': (size) => {
    const name = nameMaker();
    return `Smith said that ${fill(size - 40, () => `${name()} said that `)} the talks failed.`;
  },
  'direct quotes with named speakers': (size) => {
    const name = nameMaker();
    return fill(size, () => `“We will not give in,” said ${name()} ${name()}, a minister. He added: “Never.”\n`);
  },
  'acronyms defined: "the X Y Agency (XYA)" × n': (size) => {
    const name = nameMaker();
    return fill(size, () => {
      const a = name(); const b = name();
      return `The ${a} ${b} Agency (${a[0]}${b[0]}A) said the ${a[0]}${b[0]}A would act. `;
    });
  },
  'names described as companies: "X Y, a software company, said" × n': (size) => {
    const name = nameMaker();
    return fill(size, () => `${name()} ${name()}, a software company, said ${name()} ${name()} had left. `);
  },
  'one sentence without punctuation': (size) => fill(size, () => 'the talks between the two sides went on ').trimEnd(),
  'one word without spaces': (size) => 'x'.repeat(size),
  'dates and numbers: "On 3 May 2018, 7% ..." × n': (size) => fill(size, () => 'On 3 May 2018, prices rose 7% to $18.40 at 10:30 a.m. '),
};

// Milliseconds of the whole pipeline on `text`, natively: `lede bench --repeat 1` (the pipeline alone, no
// process start or model load), each run in a fresh process, the fastest of RUNS: what `lede analyze`
// does with one document. Repeated runs in one process reuse its heap's pages, which sped up the 1 MB
// runs far more than the 4 MB ones and overstated the ratio by ~15% (names: 4.67 that way, 4.1 this way).
function nativeMs(text, directory) {
  const path = join(directory, 'shape.txt');
  writeFileSync(path, text);
  const times = [];
  for (let i = 0; i < runs; ++i) {
    const run = spawnSync(ledeBin, ['bench', '--repeat', '1', path], { maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`lede bench failed: ${run.stderr}`);
    times.push(JSON.parse(run.stdout.toString().trim().split('\n').at(-1)).total.ms);
  }
  return Math.min(...times);
}

// Milliseconds of analyze() on `text` in the wasm, the fastest of RUNS, each on a fresh analyzer (a fresh
// heap, as natively a fresh process), warmed up first: V8 compiles wasm functions on their first call.
async function wasmMs(text) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; ++i) {
    globalThis.gc?.();  // the analyzers before were disposed: their memory goes now, not during the run
    const analyzer = await createAnalyzer();
    analyzer.analyze(longText(20_000));
    const started = performance.now();
    analyzer.analyze(text);
    times.push(performance.now() - started);
    peak = Math.max(peak, analyzer.memoryBytes);
    analyzer.dispose();
  }
  return { ms: Math.min(...times), heapPerByte: Math.round((peak / Buffer.byteLength(text)) * 10) / 10 };
}

const directory = mkdtempSync(join(tmpdir(), 'lede-growth-'));
const results = [];
try {
  for (const [shape, make] of Object.entries(SHAPES)) {
    const texts = [make(small), make(4 * small)];
    const native = texts.map((text) => nativeMs(text, directory));
    const wasm = [];
    for (const text of texts) wasm.push(await wasmMs(text));
    const round = (value) => Math.round(value * 100) / 100;
    const result = {
      shape,
      native_ms: native.map(Math.round), native_ratio: round(native[1] / native[0]),
      wasm_ms: wasm.map((w) => Math.round(w.ms)), wasm_ratio: round(wasm[1].ms / wasm[0].ms),
      wasm_heap_per_byte: wasm[1].heapPerByte,  // wasm memory after the larger text, per UTF-8 byte of it
    };
    result.within_budget = result.native_ratio <= BUDGET && result.wasm_ratio <= BUDGET;
    results.push(result);
    process.stderr.write(`${shape}: native ${result.native_ms.join(' -> ')} ms (×${result.native_ratio}), `
      + `wasm ${result.wasm_ms.join(' -> ')} ms (×${result.wasm_ratio}), ${result.wasm_heap_per_byte} B of heap per byte\n`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
console.log(JSON.stringify({ small_characters: small, runs, budget: BUDGET, results }));
