// Lede's JavaScript API (README "The JavaScript API"): a small wrapper over the generated Emscripten
// module lede-core.mjs that works in a page, in a worker and in node.
//
//   import { createAnalyzer } from './lede.js';
//   const analyzer = await createAnalyzer();                 // lede-core.wasm and the model from beside this file
//   const result = analyzer.analyze(text, { date: '2018-04-25' });   // a lede/1 object
//   const job = analyzer.begin(longText);  while (!job.done) job.step(10);  job.result();   // the same, in steps
//   analyzer.dispose();
//
// Text crosses into wasm as UTF-8 bytes from TextEncoder, never as a JS string: this Emscripten's Embind
// converts a lone surrogate wrongly and would shift every later offset. TextEncoder turns a lone
// surrogate into U+FFFD, which is one UTF-16 unit too, so the result's utf16 offsets index the caller's
// own string.
//
// The default model: lede-model.json beside this file ({"file": "lede-en-0.1.0.model"}, written by the
// build) names the model file beside it; {"file": null}, or no lede-model.json at all, means rules only.
// The model's name carries its version, so a cached old model never meets a new wasm.
import createLedeCore from './lede-core.mjs';

const PIPELINES = ['full', 'entities'];
const OFFSET_UNITS = ['utf16', 'codepoint', 'byte'];
const OPTION_NAMES = ['tokens', 'date', 'today', 'pipeline', 'offsets'];
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// The longest text one analysis takes, in UTF-8 bytes. The core needs ~45 bytes of wasm memory per
// byte of text and wasm32 memory stops at 2 GB, so a longer text would abort mid-way; it is refused
// before anything is allocated. The CLI has no such limit. (bindings/wasm/lede_wasm.cpp checks it too.)
export const MAX_TEXT_BYTES = 24 * 1024 * 1024;
// Past this much wasm memory after an analysis, the analyzer moves to a fresh core (releaseMemory()).
export const RENEW_ABOVE_BYTES = 128 * 1024 * 1024;
// The formats of analyzer.export() (../shared/DESIGN.md "Exports").
export const EXPORT_FORMATS = Object.freeze(['csv', 'csv-mentions', 'csv-relations', 'csv-quotes', 'brat', 'displacy', 'gexf']);

const isNode = typeof process !== 'undefined' && !!process.versions?.node;
const encoder = new TextEncoder();
// The result comes back the same way, as UTF-8 bytes (lede_wasm.cpp's PieceSink): one native decode
// instead of Embind's loops over every byte.
const utf8 = new TextDecoder();

// Every failure of the core, the model or a bad option value (a subclass of Error, so `catch` and
// `instanceof Error` keep working; its name tells a caller's logs where the error came from).
export class LedeError extends Error {
  constructor(message, cause) {
    super(`lede: ${message}`, cause === undefined ? undefined : { cause });
    this.name = 'LedeError';
  }
}

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Error) return value.message;
  return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : `a ${typeof value}`;
}

function isBytes(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function toUint8Array(value) {
  return value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function describeSource(source) {
  if (source instanceof WebAssembly.Module) return 'the given WebAssembly.Module';
  return isBytes(source) ? 'the given bytes' : String(source);
}

function isLocation(value) {
  return typeof value === 'string' || value instanceof URL;
}

// The bytes (or, in a browser, the fetch Response) at a URL or path: fetch in pages and workers; the
// file system in node, for paths and file: URLs (node's fetch cannot read files).
async function fetchResource(location, what) {
  const name = String(location);
  try {
    if (isNode && !/^(https?|data|blob):/i.test(name)) {
      const { readFile } = await import('node:fs/promises');
      const path = location instanceof URL || /^file:/i.test(name) ? new URL(name) : name;
      return new Uint8Array(await readFile(path));
    }
    const response = await fetch(location, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    return response;
  } catch (error) {
    throw new LedeError(`could not load ${what} from ${name}: ${describe(error)}`, error);
  }
}

// Compiles and instantiates lede-core.wasm from bytes, a precompiled WebAssembly.Module, or a URL/path,
// streaming the compilation when the server labels the file application/wasm.
async function instantiateCore(source, imports) {
  const where = describeSource(source);
  try {
    if (source instanceof WebAssembly.Module) return { instance: await WebAssembly.instantiate(source, imports), module: source };
    if (isBytes(source)) return await WebAssembly.instantiate(toUint8Array(source), imports);
    const resource = await fetchResource(source, 'the WebAssembly module');
    if (resource instanceof Uint8Array) return await WebAssembly.instantiate(resource, imports);
    const streamable = typeof WebAssembly.instantiateStreaming === 'function'
      && (resource.headers.get('Content-Type') ?? '').startsWith('application/wasm');
    if (streamable) return await WebAssembly.instantiateStreaming(resource, imports);
    return await WebAssembly.instantiate(await resource.arrayBuffer(), imports);
  } catch (error) {
    if (error instanceof LedeError) throw error;
    if (error instanceof WebAssembly.LinkError) {
      throw new LedeError(`the WebAssembly module from ${where} does not match lede-core.mjs (a stale or foreign lede-core.wasm?): ${error.message}`, error);
    }
    throw new LedeError(`the WebAssembly module from ${where} is not valid: ${describe(error)}`, error);
  }
}

// Starts the Emscripten module with our own instantiation, so a load failure rejects with our message
// instead of Emscripten's abort (which would leave its own promise to report a bare "Aborted()").
// Resolves with { core, module }: the module is kept to start a fresh core without compiling again.
function startCore(wasm) {
  return new Promise((resolve, reject) => {
    let failed = false;
    let compiled = null;
    const fail = (error) => {
      if (failed) return;
      failed = true;
      reject(error instanceof LedeError ? error : new LedeError(`the WebAssembly core failed to start: ${describe(error)}`, error));
    };
    createLedeCore({
      instantiateWasm(imports, receiveInstance) {
        instantiateCore(wasm, imports)
          .then(({ instance, module }) => {
            compiled = module;
            try {
              receiveInstance(instance, module);
            } catch (error) {
              throw new LedeError(`the WebAssembly module from ${describeSource(wasm)} does not match lede-core.mjs (a stale or foreign lede-core.wasm?): ${describe(error)}`, error);
            }
          })
          .catch(fail);
        return {};  // exports arrive asynchronously
      },
    }).then((core) => { if (!failed) resolve({ core, module: compiled }); }, fail);
  });
}

function checkSource(value, option) {
  if (value === undefined || value === null || isLocation(value) || isBytes(value)) return;
  if (option === 'wasm' && value instanceof WebAssembly.Module) return;
  throw new TypeError(`lede: the ${option} option must be a URL, a path or bytes (ArrayBuffer or Uint8Array), not ${describe(value)}`);
}

// Throws a TypeError naming the first option of `options` that is not among `names`.
function rejectUnknownOptions(options, names, method) {
  for (const name of Object.keys(options)) {
    if (!names.includes(name)) throw new TypeError(`lede: unknown ${method}() option '${name}' (${names.join(', ')})`);
  }
}

function readOptions(options, method = 'analyze') {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`lede: ${method}() options must be an object, not ${describe(options)}`);
  }
  rejectUnknownOptions(options, OPTION_NAMES, method);
  const { tokens = false, date = '', today = '', pipeline = 'full', offsets = 'utf16' } = options;
  if (typeof tokens !== 'boolean') throw new TypeError(`lede: the tokens option must be true or false, not ${describe(tokens)}`);
  for (const [name, value] of [['date', date], ['today', today]]) {
    if (value !== null && typeof value !== 'string') {
      throw new TypeError(`lede: the ${name} option must be a string written YYYY-MM-DD, not ${describe(value)}`);
    }
  }
  if (!PIPELINES.includes(pipeline)) throw new LedeError(`unknown pipeline '${pipeline}' (${PIPELINES.join(', ')})`);
  if (!OFFSET_UNITS.includes(offsets)) throw new LedeError(`unknown offset unit '${offsets}' (${OFFSET_UNITS.join(', ')})`);
  return { tokens, date: date ?? '', today: today ?? '', pipeline, offsets };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Checked after every analysis: the engine's own isWellFormed() where there is one (node 20, Chrome 111),
// the regular expression elsewhere.
function hasLoneSurrogate(text) {
  return typeof text.isWellFormed === 'function' ? !text.isWellFormed() : LONE_SURROGATE.test(text);
}

// The rule for a lone surrogate (half of a UTF-16 pair, which no UTF-8 can hold): the core reads it as
// U+FFFD, one UTF-16 unit like the surrogate, so offsets index the caller's string unchanged; and every
// text field that is a slice of the text (a mention's and a token's text, a quote's speaker_text) is
// that slice of the caller's own string, surrogate included: `text.slice(m.start, m.end) === m.text`
// always holds in utf16 offsets. (Names, which are normalized, keep U+FFFD.)
function agreeOnLoneSurrogates(text, result) {
  if (result.offsets !== 'utf16' || !hasLoneSurrogate(text)) return result;
  for (const mention of result.mentions ?? []) mention.text = text.slice(mention.start, mention.end);
  for (const token of result.tokens ?? []) token.text = text.slice(token.start, token.end);
  for (const quote of result.quotes ?? []) {
    if (typeof quote.speaker_start === 'number' && typeof quote.speaker_end === 'number') {
      quote.speaker_text = text.slice(quote.speaker_start, quote.speaker_end);
    }
  }
  return result;
}

// Runs write(receive), a core call that hands the lede/1 JSON over in pieces and returns "" (or an
// error JSON), and parses the result.
function readResult(write) {
  const pieces = [];
  const error = write((bytes) => { pieces.push(utf8.decode(bytes)); });
  if (error !== '') throw new LedeError(`${JSON.parse(error).error}`);
  return JSON.parse(pieces.join(''));
}

// One analysis in steps (analyzer.begin). The native job is freed by result() and cancel().
class Job {
  #native;
  #call;
  #finish;
  #progress = 0;

  // finish(result) is told once, when the job ends: with its result, or undefined when cancelled.
  constructor(native, call, finish) {
    this.#native = native;
    this.#call = call;
    this.#finish = finish;
  }

  // The core reports exactly 1 once the last stage has run.
  get done() { return this.#progress === 1; }
  get progress() { return this.#progress; }

  step(ms = 10) {
    if (this.#native === null) throw new LedeError('the job is finished or cancelled');
    if (typeof ms !== 'number' || !(ms >= 0)) throw new TypeError(`lede: step() takes a budget in milliseconds, not ${describe(ms)}`);
    this.#progress = this.#call(() => this.#native.step(ms));
    return this.#progress;
  }

  result() {
    if (this.#native === null) throw new LedeError('the job is finished or cancelled');
    if (this.#progress !== 1) throw new LedeError('the analysis is not finished: call step() until done');
    const result = this.#call(() => readResult((receive) => this.#native.result(receive)));
    this.#end();
    return this.#finish(result);
  }

  cancel() {
    if (this.#native === null) return;
    this.#end();
    this.#finish(undefined);
  }

  #end() {
    this.#native.delete();
    this.#native = null;
  }
}

// Copies a model file into the core's memory with one native copy (HEAPU8.set) and loads it there:
// "" or the reason it was rejected. The view of the memory is taken after reserving, which may grow it.
function loadModelBytes(core, native, bytes) {
  const at = native.reserveModel(bytes.length);
  if (at === 0 && bytes.length > 0) return `no memory for a model of ${bytes.length} bytes`;
  core.HEAPU8.set(bytes, at);
  return native.loadReserved();
}

// A native analyzer in `core` with `model` ({ bytes, where } or null: rules only) loaded.
function openNative(core, model) {
  const native = new core.Analyzer();
  if (!model) return native;
  let reason;
  try {
    reason = loadModelBytes(core, native, model.bytes);
  } catch (error) {
    reason = `the WebAssembly core failed (out of memory?): ${describe(error)}`;
  }
  if (reason !== '') {
    native.delete();
    throw new LedeError(`the model from ${model.where} is not valid: ${reason}`);
  }
  return native;
}

class Analyzer {
  #core;
  #module;
  #model;
  #native;
  #failure = null;
  #liveJobs = 0;
  #renewal = null;
  #swap = null;

  // `model`: { bytes, where } or null (rules only); `module`: the compiled lede-core.wasm.
  constructor({ core, module }, model) {
    this.#core = core;
    this.#module = module;
    this.#model = model;
    this.#native = openNative(core, model);
    this.version = core.version();
    this.model = Object.freeze({ name: this.#native.modelName(), version: this.#native.modelVersion() });
    Object.freeze(this);
  }

  // WebAssembly memory never shrinks: after a big text the heap keeps its size while the analyzer lives
  // (a 16 MB text leaves ~1 GB). Past RENEW_ABOVE_BYTES the analyzer starts a fresh core from the
  // compiled module (no download, no compiling) and moves to it once no job is running; the old memory
  // is then garbage. Resolves when that is done (at once when there is nothing to release).
  releaseMemory() {
    if (!this.#native) return Promise.resolve();
    if (this.#renewal) return this.#renewal;
    if (this.memoryBytes <= RENEW_ABOVE_BYTES || !this.#module) return Promise.resolve();
    const renewal = startCore(this.#module).then(({ core }) => {
      const native = openNative(core, this.#model);
      return new Promise((done) => {
        this.#swap = () => {
          this.#swap = null;
          if (!this.#native) {
            native.delete();  // disposed meanwhile
          } else {
            this.#native.delete();
            this.#native = native;
            this.#core = core;
          }
          done();
        };
        if (this.#liveJobs === 0) this.#swap();  // else the last job to end swaps (a job uses the old memory)
      });
    }).catch(() => {}).finally(() => { this.#renewal = null; });  // no fresh core: the old one goes on
    this.#renewal = renewal;
    return renewal;
  }

  analyze(text, options) {
    const call = this.#prepare('analyze', text, options);
    const result = this.#call(() => readResult((receive) =>
      this.#native.analyze(call.bytes, call.tokens, call.date, call.today, call.pipeline, call.offsets, receive)));
    this.releaseMemory();
    return agreeOnLoneSurrogates(text, result);
  }

  // A long text in steps: job.step(ms) runs about `ms` of the analysis and returns the progress (0..1)
  // until job.done; job.result() then gives what analyze() gives for the same text and options. A
  // worker posts progress and reads its messages between steps; job.cancel() drops an unfinished job.
  begin(text, options) {
    const call = this.#prepare('begin', text, options);
    const native = this.#call(() => this.#native.begin(call.bytes, call.tokens, call.date, call.today, call.pipeline, call.offsets));
    if (!native) throw new LedeError('the core rejected the options');  // checked above: not expected
    ++this.#liveJobs;
    return new Job(native, (run) => this.#call(run), (result) => {
      if (--this.#liveJobs === 0 && this.#swap) this.#swap();
      if (result !== undefined) this.releaseMemory();
      return result === undefined ? undefined : agreeOnLoneSurrogates(text, result);
    });
  }

  // `result` (a lede/1 object: from analyze(), saved, or corrected) in an export format as a string: the
  // bytes `lede export --format FORMAT` writes for it. brat and displacy count code points in the text,
  // which a result does not hold: pass it as options.text. The formats are EXPORT_FORMATS.
  export(result, format, options = {}) {
    if (!this.#native) throw new LedeError('analyzer disposed');
    if (!EXPORT_FORMATS.includes(format)) {
      throw new TypeError(`lede: export() takes a format among ${EXPORT_FORMATS.join(', ')}, not ${describe(format)}`);
    }
    if (result === null || typeof result !== 'object') throw new TypeError(`lede: export() takes a lede/1 result object, not ${describe(result)}`);
    const text = options?.text;
    if (text !== undefined && typeof text !== 'string') throw new TypeError(`lede: export()'s text must be a string, not ${describe(text)}`);
    const bytes = text === undefined ? new Uint8Array() : encoder.encode(text);
    const answer = this.#call(() => this.#core.exportResult(result, bytes, format));
    if (answer.error !== undefined) throw new LedeError(answer.error);
    return answer.text;
  }

  // Many articles' entities merged by type and canonical name: `articles` is an array, one per article, of
  // [type, name, mentions] per entity. Returns { articles, entities: [{type, name, articles, mentions}]
  // (most widespread first), pairs: [[i, j, n]] (entities i and j named together in n articles) }.
  summarizeCorpus(articles) {
    if (!this.#native) throw new LedeError('analyzer disposed');
    if (!Array.isArray(articles)) throw new TypeError(`lede: summarizeCorpus() takes an array of articles, not ${describe(articles)}`);
    return this.#call(() => this.#core.summarizeCorpus(articles));
  }

  // The same corpus as a file: 'csv' (type, name, articles, mentions) or 'gexf' (GEXF 1.3), a string.
  exportCorpus(articles, format) {
    if (!this.#native) throw new LedeError('analyzer disposed');
    if (!Array.isArray(articles)) throw new TypeError(`lede: exportCorpus() takes an array of articles, not ${describe(articles)}`);
    const answer = this.#call(() => this.#core.exportCorpus(articles, String(format)));
    if (answer.error !== undefined) throw new LedeError(answer.error);
    return answer.text;
  }

  // Checks the analyzer, the text and the options of analyze()/begin(); the text as UTF-8 bytes.
  #prepare(method, text, options) {
    if (!this.#native) throw new LedeError('analyzer disposed');
    if (this.#failure) throw new LedeError(`the analyzer stopped after an earlier failure (${this.#failure}); create a new one`);
    if (typeof text !== 'string') throw new TypeError(`lede: ${method}() takes the text as a string, not ${describe(text)}`);
    const { tokens, date, today, pipeline, offsets } = readOptions(options, method);
    for (const [name, value] of [['date', date], ['today', today]]) {
      if (value !== '' && !(DATE_SHAPE.test(value) && this.#core.isValidDate(value))) {
        throw new LedeError(`the ${name} must be a real calendar day written YYYY-MM-DD, not '${value}'`);
      }
    }
    // Refused before encoding when even 1 byte per UTF-16 unit is too many (3 bytes per unit is the most).
    const tooLong = (bytes) => new LedeError(`the text is ${(bytes / 1048576).toFixed(1)} MB; one analysis takes at most ${MAX_TEXT_BYTES / 1048576} MB (split it, or use the lede command)`);
    if (text.length > MAX_TEXT_BYTES) throw tooLong(text.length);
    const bytes = encoder.encode(text);
    if (bytes.length > MAX_TEXT_BYTES) throw tooLong(bytes.length);
    return { bytes, tokens, date, today, pipeline, offsets };
  }

  // Runs a call into the module; a trap (out of memory, a bug) means its state cannot be trusted any more.
  #call(run) {
    if (this.#failure) throw new LedeError(`the analyzer stopped after an earlier failure (${this.#failure}); create a new one`);
    try {
      return run();
    } catch (error) {
      if (error instanceof LedeError) throw error;  // a clear answer of the core, not a trap
      this.#failure = describe(error);
      throw new LedeError(`the WebAssembly core failed (out of memory?): ${this.#failure}`, error);
    }
  }

  // Seconds spent in each pipeline stage (and the JSON export) analyzing `text`, measured inside the
  // wasm like `lede bench` measures natively: the per-stage figures of scripts/bench.sh.
  timeStages(text) {
    if (!this.#native) throw new LedeError('analyzer disposed');
    if (typeof text !== 'string') throw new TypeError(`lede: timeStages() takes the text as a string, not ${describe(text)}`);
    return JSON.parse(this.#native.timeStages(encoder.encode(text)));
  }

  // The size of the analyzer's WebAssembly memory in bytes. It only grows, so it is the most the
  // analyzer has needed so far (scripts/bench.sh reports it per byte of text).
  get memoryBytes() {
    return this.#core?.HEAPU8?.buffer.byteLength ?? 0;
  }

  dispose() {
    if (!this.#native) return;
    this.#native.delete();
    this.#native = null;
    this.#core = null;
  }
}

// The bytes of a model given as bytes, a URL or a path.
async function loadModel(source) {
  if (isBytes(source)) return { bytes: toUint8Array(source), where: 'the given bytes' };
  const resource = await fetchResource(source, 'the model');
  const bytes = resource instanceof Uint8Array ? resource : new Uint8Array(await resource.arrayBuffer());
  return { bytes, where: String(source) };
}

// The default model: the file lede-model.json beside this module names, or null (rules only) when it
// names none or is missing.
async function loadDefaultModel() {
  const manifestUrl = new URL('./lede-model.json', import.meta.url);
  let manifest;
  try {
    if (isNode) {
      const { readFile } = await import('node:fs/promises');
      manifest = JSON.parse(await readFile(manifestUrl, 'utf8'));
    } else {
      // no-cache: revalidate, so a new build's manifest (and the model it names) is seen at once.
      const response = await fetch(manifestUrl, { credentials: 'same-origin', cache: 'no-cache' });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      manifest = await response.json();
    }
  } catch (error) {
    if (error?.code === 'ENOENT') return null;
    throw new LedeError(`could not read the default model's name from ${manifestUrl}: ${describe(error)}`, error);
  }
  if (manifest?.file === null || manifest?.file === undefined) return null;
  if (typeof manifest.file !== 'string') throw new LedeError(`${manifestUrl} does not name a model file`);
  return loadModel(new URL(manifest.file, manifestUrl));
}

// The default model's bytes (what createAnalyzer loads when given no model), or null when the build has
// none: for a caller that starts the download before it has the wasm (the page's worker does). `file`:
// what lede-model.json says, when the caller knows it already (the page's worker has it from the build),
// so the model is the first request; omitted, lede-model.json is read first.
export async function downloadDefaultModel(file) {
  if (file === undefined) return (await loadDefaultModel())?.bytes ?? null;
  if (file === null) return null;
  if (typeof file !== 'string') throw new TypeError(`lede: downloadDefaultModel() takes a file name or null, not ${describe(file)}`);
  return (await loadModel(new URL(file, import.meta.url))).bytes;
}

const CREATE_OPTION_NAMES = ['wasm', 'model'];

export async function createAnalyzer(options = {}) {
  if (options === null || typeof options !== 'object' || Array.isArray(options) || isBytes(options) || options instanceof URL) {
    throw new TypeError(`lede: createAnalyzer() takes an options object { wasm, model } or nothing, not ${describe(options)}`);
  }
  rejectUnknownOptions(options, CREATE_OPTION_NAMES, 'createAnalyzer');
  const { wasm, model } = options;
  checkSource(wasm, 'wasm');
  checkSource(model, 'model');
  // The model downloads while the wasm compiles.
  const [started, modelBytes] = await Promise.all([
    startCore(wasm ?? new URL('./lede-core.wasm', import.meta.url)),
    model === undefined ? loadDefaultModel() : model === null ? null : loadModel(model),
  ]);
  return new Analyzer(started, modelBytes);
}
