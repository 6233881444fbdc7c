// The wasm memory one analysis needs: a fresh analyzer per text (wasm memory only grows), analyze() and
// the stepped begin/step/result, per byte of UTF-8 text. Prints one JSON object.
// usage: node tests/bench/memory.mjs [CHARACTERS...]   (default 1000000 10000000)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longText } from './long_text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { createAnalyzer } = await import(join(root, 'build', 'web', 'lede.js'));
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(1_000_000, 10_000_000);
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
const results = [];
for (const size of sizes) {
  const text = longText(size).slice(0, size);
  const bytes = Buffer.byteLength(text);
  for (const mode of ['analyze', 'step']) {
    const analyzer = await createAnalyzer();
    const loaded = analyzer.memoryBytes;
    const started = performance.now();
    let result;
    if (mode === 'analyze') {
      result = analyzer.analyze(text);
    } else {
      const job = analyzer.begin(text);
      while (!job.done) job.step(50);
      result = job.result();
    }
    results.push({
      bytes, mode, mentions: result.mentions.length, seconds: Math.round(performance.now() - started) / 1000,
      loaded_mb: mb(loaded), peak_mb: mb(analyzer.memoryBytes),
      heap_per_byte: Math.round(((analyzer.memoryBytes - loaded) / bytes) * 10) / 10,
    });
    analyzer.dispose();
  }
}
console.log(JSON.stringify({ results }));
