// The analysis worker: owns the wasm analyzer, so the page never freezes. Requests are served
// latest-wins: a running wasm call cannot be cancelled, so long texts are analyzed in chunks of whole
// paragraphs, and a newer request abandons an older one between chunks.
import { createAnalyzer } from './lede.js';
import { splitIntoChunks, mergeResults } from './chunks.js';

// The page compiles lede-core.wasm and downloads the model while this worker starts, and sends both
// (module null: compile it here; model undefined: find the default model here; model null: rules only).
let receiveCore;
const ready = new Promise((resolve) => { receiveCore = resolve; })
  .then(({ module, model }) => createAnalyzer({
    ...(module ? { wasm: module } : {}),
    ...(model !== undefined ? { model } : {}),
  }));
let pending = null;
let running = false;

self.onmessage = (event) => {
  if (event.data.type === 'core') {
    receiveCore(event.data);
    return;
  }
  pending = event.data;  // only the newest request matters
  if (!running) run();
};

// Yields to the event loop so that messages sent meanwhile are received.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run() {
  running = true;
  try {
    let analyzer;
    try {
      analyzer = await ready;
    } catch (error) {
      self.postMessage({ id: pending?.id ?? 0, error: `The analyzer could not be loaded: ${error.message}` });
      return;
    }
    self.postMessage({ type: 'loaded', version: analyzer.version });
    while (pending) {
      const job = pending;
      pending = null;
      await analyzeJob(analyzer, job);
      await nextTask();
    }
  } finally {
    running = false;
  }
}

async function analyzeJob(analyzer, job) {
  const started = performance.now();
  try {
    const chunks = splitIntoChunks(job.text);
    const parts = [];
    for (const chunk of chunks) {
      parts.push({ start: chunk.start, result: analyzer.analyze(chunk.text, job.options) });
      if (chunks.length > 1) {
        self.postMessage({ id: job.id, progress: parts.length / chunks.length });
        await nextTask();
        if (pending) return;  // a newer text arrived: this result would be stale
      }
    }
    const result = parts.length === 1 ? parts[0].result : mergeResults(parts);
    self.postMessage({ id: job.id, result, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id: job.id, error: error.message || String(error) });
  }
}
