// The analysis worker: owns the wasm analyzer, so the page never freezes. Requests are served
// latest-wins: a text is analyzed in steps of the one analysis (analyzer.begin), and between steps the
// worker posts progress and reads its messages, so a newer text abandons an older one within a step.
// Every text, however long, is one Document: the result is the CLI's.
import { createAnalyzer, downloadDefaultModel } from './lede.js';
import { EXAMPLE_ARTICLE } from './example.js';

const STEP_MS = 30;  // wasm work between two looks at the message queue
const WARM_UP_DELAY_MS = 1000;
// The analyzer starts loading as this worker starts (index.html starts it first of all, web/boot.js):
// the model downloads from beside this file while the page compiles the WebAssembly and sends it
// ({type: 'module', module}; null: compile it here). The model is lede.js's default: its bytes, null for
// none (rules only), or undefined when the download failed, for createAnalyzer to try again and report
// the error.
let receiveModule;
const compiled = new Promise((resolve) => { receiveModule = resolve; });
// The build writes the model's file name into the bundled worker (scripts/build.sh: LEDE_MODEL_FILE, what
// lede-model.json says), so the download starts with the model itself, one round trip sooner than reading
// lede-model.json first (30-70 ms of a warm first result). Unbundled, it is not defined and lede.js reads
// lede-model.json.
const modelFile = typeof LEDE_MODEL_FILE === 'undefined' ? undefined : LEDE_MODEL_FILE;
const downloaded = downloadDefaultModel(modelFile).catch(() => undefined);
const ready = Promise.all([compiled, downloaded]).then(([module, model]) => createAnalyzer({
  ...(module ? { wasm: module } : {}),
  ...(model !== undefined ? { model } : {}),
}));

// WebAssembly functions are compiled when first called: the analyzer runs once on the example article
// when the worker is first idle (the reader is still reading or pasting), so that the reader's first text
// runs compiled code. (Doing the same with the rule stages while the model downloads was measured: no
// gain in the first result on 2 cores, where the download and the compiling compete. Nor did a practice
// run in 4 ms steps between the analyzer's loading and the page's first text: docs/decisions.md.)
let modelWarmed = false;
let pending = null;
let running = false;

self.onmessage = (event) => {
  if (event.data.type === 'module') {
    receiveModule(event.data.module);
    return;
  }
  if (event.data.type === 'names-drawn') {
    namesDrawn?.();
    return;
  }
  if (event.data.type in ANSWERS) {
    answer(event.data);
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
      const request = pending;
      pending = null;
      await analyzeJob(analyzer, request);
      await nextTask();
      if (!pending && !modelWarmed) {
        // Not at once: the page is drawing the result just sent, and on a small machine this would
        // compete with it.
        await new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS));
        if (!pending) {
          modelWarmed = true;
          analyzer.analyze(EXAMPLE_ARTICLE);
        }
      }
    }
  } finally {
    running = false;
  }
}

// The first analysis of a worker's life runs every WebAssembly function for the first time, each compiled
// then (the engine compiles lazily): the names (the entities pipeline, no parse, relations or quotes) are
// sent first, to be drawn while the rest is compiled and run, and the whole result follows. Only for a
// text short enough to analyze in one go; a long one is stepped with its progress shown.
const ENTITIES_FIRST_MAX_CHARS = 20000;
const NAMES_DRAWN_TIMEOUT_MS = 300;
let firstJob = true;
let namesDrawn = null;  // ends the wait for the page's 'names-drawn' message

async function analyzeJob(analyzer, request) {
  const started = performance.now();
  const length = typeof request.text === 'string' ? request.text.length : 0;
  const namesFirst = firstJob && length > 0 && length <= ENTITIES_FIRST_MAX_CHARS;
  if (length > 0) firstJob = false;
  if (namesFirst) {
    try {
      const names = analyzer.analyze(request.text, { ...request.options, pipeline: 'entities' });
      self.postMessage({ id: request.id, result: names, ms: performance.now() - started, partial: true });
      // The rest waits until the names are on screen: on two cores the page's first drawing (its code's
      // first run) and this analysis slowed each other down, and the names came no sooner.
      await new Promise((resolve) => {
        namesDrawn = resolve;
        setTimeout(resolve, NAMES_DRAWN_TIMEOUT_MS);
      });
      namesDrawn = null;
    } catch {
      // The whole analysis below reports what went wrong.
    }
    await nextTask();
    if (pending) return;
  }
  let job = null;
  try {
    job = analyzer.begin(request.text, request.options);
    let reported = 0;
    while (!job.done) {
      const progress = job.step(STEP_MS);
      if (job.done) break;
      if (progress - reported >= 0.01) {
        self.postMessage({ id: request.id, progress });
        reported = progress;
      }
      await nextTask();
      if (pending) return;  // a newer text arrived: this result would be stale
    }
    self.postMessage({ id: request.id, result: job.result(), ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ id: request.id, error: error.message || String(error) });
  } finally {
    job?.cancel();
  }
}

// What the page asks of the analyzer besides analyses (web/exports.js ask()): downloads and the library's
// corpus. Answered between analysis steps.
const ANSWERS = {
  export: (analyzer, { format, result, text }) => analyzer.export(result, format, { text }),
  corpus: (analyzer, { articles }) => analyzer.summarizeCorpus(articles),
  'corpus-export': (analyzer, { articles, format }) => analyzer.exportCorpus(articles, format),
};

async function answer(request) {
  try {
    const analyzer = await ready;
    self.postMessage({ type: 'reply', replyId: request.replyId, value: ANSWERS[request.type](analyzer, request) });
  } catch (error) {
    self.postMessage({ type: 'reply', replyId: request.replyId, error: error.message || String(error) });
  }
}
