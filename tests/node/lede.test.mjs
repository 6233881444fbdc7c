// Node tests of the web module as a page would use it: build/web/lede.js + lede-core.wasm (made by
// scripts/build.sh). The wasm core must give exactly the native CLI's result for the same text, and the
// JavaScript wrapper must keep its contract (README.md "The JavaScript API"): utf16 offsets that slice
// the caller's string, clear errors, dispose. Run: node --test tests/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const site = new URL('build/web/', root);
const wasmPath = fileURLToPath(new URL('lede-core.wasm', site));
const ledeBin = process.env.LEDE_BIN ?? fileURLToPath(new URL('build/native/lede', root));
for (const [path, what] of [[fileURLToPath(new URL('lede.js', site)), 'the web module'], [wasmPath, 'the web module'], [ledeBin, 'the native CLI']]) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run scripts/build.sh to build ${what}`);
}
const { createAnalyzer, downloadDefaultModel } = await import(new URL('lede.js', site));

// A news-style article with what tends to break offsets: curly quotes, an emoji (a surrogate pair),
// accented names (2-byte UTF-8), CJK (3-byte), dates, money, percents.
const ARTICLE = `São Paulo, 24 April 2018 — Brazil’s finance minister, José Ñúñez-Gonçalves, said on Tuesday that the
government would cut spending by R$ 12.5 billion, or 3.2% of the budget, before the end of 2018.

“We have no other choice,” Ñúñez-Gonçalves told reporters at the Palácio do Planalto 🇧🇷, adding that
inflation had fallen to 2.7 percent in March from 3.1 percent a year earlier. Shares of Petróbras rose 4%
to $18.40 on Wednesday, April 25, while the real gained 0.6% against the dollar 📈.

The plan, first reported by Folha de S.Paulo on 20 April, follows talks with Zoë Müller of the IMF in
Washington on 12–13 March and a visit by Chinese officials (北京代表团) last week. A vote is expected on
May 2, 2018, at 10:30 a.m.; analysts at Itaú estimate savings of about $3.7 billion in 2019 and 15% more
by 2020.
`;

// The same article with a lone surrogate (an emoji cut in half by a careless truncation) in the middle.
const LONE_SURROGATE = ARTICLE.replace('the dollar 📈', 'the dollar \uD83D on 3 May 2018, 7% higher');

function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// The native CLI's lede/1 result for `text` (written to stdin as UTF-8).
function cli(text, args = []) {
  const run = spawnSync(ledeBin, ['analyze', ...args], { input: Buffer.from(text, 'utf8'), maxBuffer: 1 << 30 });
  assert.equal(run.status, 0, `lede analyze ${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.toString('utf8'));
}

function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

const analyzer = await createAnalyzer();

test('version and model match the native CLI', () => {
  const version = spawnSync(ledeBin, ['--version']).stdout.toString().trim();
  assert.equal(`lede ${analyzer.version}`, version);
  assert.deepEqual(analyzer.model, cli('x').model);
});

const CASES = [
  ['default options', {}, []],
  ['tokens', { tokens: true }, ['--tokens']],
  ['document date', { date: '2018-04-25' }, ['--date', '2018-04-25']],
  ['entities pipeline', { pipeline: 'entities' }, ['--pipeline', 'entities']],
  ['everything at once', { tokens: true, date: '2018-04-25', pipeline: 'entities' }, ['--tokens', '--date', '2018-04-25', '--pipeline', 'entities']],
  ['code point offsets', { tokens: true, offsets: 'codepoint' }, ['--tokens', '--offsets', 'codepoint']],
  ['byte offsets', { tokens: true, offsets: 'byte' }, ['--tokens', '--offsets', 'byte']],
];
for (const [name, options, args] of CASES) {
  test(`same result as the native CLI: ${name}`, () => {
    const result = analyzer.analyze(ARTICLE, options);
    assert.equal(result.schema, 'lede/1');
    assert.ok(result.mentions.length > 5, 'the article has mentions');
    assert.deepEqual(result, cli(ARTICLE, args));
  });
}

test('a lone surrogate reads as U+FFFD, as the CLI reads it; text slices keep the caller\'s surrogate', () => {
  for (const [options, args] of [[{}, []], [{ tokens: true, date: '2018-04-25' }, ['--tokens', '--date', '2018-04-25']]]) {
    const result = analyzer.analyze(LONE_SURROGATE, options);
    const native = cli(wellFormed(LONE_SURROGATE), args);
    if (options.tokens) {
      const surrogate = result.tokens.find((token) => token.text === '\uD83D');
      assert.ok(surrogate, 'the lone surrogate is a token whose text is the surrogate itself');
      assert.equal(native.tokens[result.tokens.indexOf(surrogate)].text, '\uFFFD');
    }
    for (const item of [...result.mentions, ...(result.tokens ?? [])]) item.text = wellFormed(item.text);
    for (const quote of result.quotes) if (quote.speaker_text !== null) quote.speaker_text = wellFormed(quote.speaker_text);
    assert.deepEqual(result, native);
  }
});

test('--jsonl reads what JSON.stringify writes for a lone surrogate, as the JS API reads the string', () => {
  const line = JSON.stringify({ id: 'half-emoji', text: LONE_SURROGATE });
  assert.ok(line.includes('\\ud83d'), 'JSON.stringify escapes the lone surrogate');
  const run = spawnSync(ledeBin, ['analyze', '--jsonl'], { input: Buffer.from(line + '\n', 'utf8') });
  assert.equal(run.status, 0, String(run.stderr));
  const { id, ...native } = JSON.parse(run.stdout.toString('utf8'));
  assert.equal(id, 'half-emoji');
  assert.deepEqual(native, cli(wellFormed(LONE_SURROGATE)));
});

test('a mention over a lone surrogate: its text is the slice of the caller\'s string', () => {
  const text = 'Talks with Gazprom\uD83D Holdings resumed in Moscow on 3 May 2018.';
  const result = analyzer.analyze(text, { tokens: true });
  for (const item of [...result.mentions, ...result.tokens]) assert.equal(item.text, text.slice(item.start, item.end));
  assert.ok(result.tokens.some((token) => token.text.includes('\uD83D')), 'a token holds the surrogate');
  for (const offsets of ['codepoint', 'byte']) {
    // Other units count the text the core saw (U+FFFD): they do not index the JS string, so nothing is patched.
    assert.deepEqual(analyzer.analyze(text, { offsets }), cli(wellFormed(text), ['--offsets', offsets]));
  }
});

test('utf16 offsets slice the JavaScript string, after an emoji and after a lone surrogate', () => {
  for (const text of [ARTICLE, LONE_SURROGATE]) {
    const repaired = wellFormed(text);
    const result = analyzer.analyze(text, { tokens: true });
    assert.equal(result.offsets, 'utf16');
    for (const mention of result.mentions) {
      assert.equal(text.slice(mention.start, mention.end), mention.text, `mention ${mention.id}`);
      assert.equal(repaired.slice(mention.start, mention.end), wellFormed(mention.text), `mention ${mention.id}`);
    }
    for (const token of result.tokens) assert.equal(text.slice(token.start, token.end), token.text);
    for (const sentence of result.sentences) assert.ok(sentence.start < sentence.end && sentence.end <= text.length);
    const lastEmoji = Math.max(text.lastIndexOf('📈'), text.lastIndexOf('\uD83D'));
    assert.ok(result.mentions.some((m) => m.start > lastEmoji), 'some mention follows the emoji or surrogate');
  }
  const surrogateAt = LONE_SURROGATE.indexOf('\uD83D');
  const after = analyzer.analyze(LONE_SURROGATE).mentions.filter((m) => m.start > surrogateAt);
  assert.ok(after.some((m) => m.text === '3 May 2018'), 'the date after the lone surrogate is found');
  assert.ok(after.some((m) => m.text === '7%'), 'the percent after the lone surrogate is found');
});

test('empty and whitespace-only text', () => {
  for (const text of ['', ' \n\t ']) {
    const result = analyzer.analyze(text);
    assert.deepEqual(result, cli(text));
    assert.deepEqual([result.sentences, result.mentions, result.entities], [[], [], []]);
  }
});

test('the wasm given as bytes: Uint8Array, ArrayBuffer, a compiled module', async () => {
  const bytes = readFileSync(wasmPath);
  const expected = analyzer.analyze(ARTICLE);
  const sources = [bytes, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), new WebAssembly.Module(bytes), wasmPath];
  for (const wasm of sources) {
    const other = await createAnalyzer({ wasm });
    assert.deepEqual(other.analyze(ARTICLE), expected);
    other.dispose();
  }
});

test('loading errors reject with a clear Error', async () => {
  const missing = fileURLToPath(new URL('build/web/no-such-file.wasm', root));
  await assert.rejects(createAnalyzer({ wasm: missing }), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /could not load the WebAssembly module from .*no-such-file\.wasm.*ENOENT/);
    return true;
  });
  await assert.rejects(createAnalyzer({ wasm: new TextEncoder().encode('this is not WebAssembly') }), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /WebAssembly module from the given bytes is not valid/);
    return true;
  });
  // A valid module that is not lede-core.wasm: it lacks the imports and exports the glue expects.
  const empty = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  await assert.rejects(createAnalyzer({ wasm: empty }), /from the given bytes does not match lede-core\.mjs/);
  await assert.rejects(createAnalyzer({ wasm: 42 }), TypeError);
  await assert.rejects(createAnalyzer({ model: {} }), TypeError);
});

// A small model file made by the native CLI (`lede model pack`), its sections raw bytes.
function packModel(dir, name, version) {
  writeFileSync(join(dir, 'pos.bin'), 'weights of a test section');
  writeFileSync(join(dir, 'provenance.txt'), 'made by tests/node/lede.test.mjs\n');
  const path = join(dir, `${name}-${version}.model`);
  const run = spawnSync(ledeBin, ['model', 'pack', '--out', path, '--name', name, '--version', version,
    '--section', `pos=${join(dir, 'pos.bin')}`, '--provenance', join(dir, 'provenance.txt')]);
  assert.equal(run.status, 0, `lede model pack failed: ${run.stderr}`);
  return path;
}

test('a model file loads from a path, a file: URL or bytes, as the CLI loads it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-node-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = packModel(dir, 'lede-test', '9.8.7');
  const bytes = readFileSync(path);
  const expected = cli(ARTICLE, ['--model', path]);
  assert.deepEqual(expected.model, { name: 'lede-test', version: '9.8.7' });
  // Bytes at an odd offset inside a larger buffer: the core copies them into aligned memory.
  const unaligned = new Uint8Array(bytes.length + 3);
  unaligned.set(bytes, 3);
  for (const model of [path, new URL(`file://${path}`), bytes, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), unaligned.subarray(3)]) {
    const other = await createAnalyzer({ model });
    assert.deepEqual(other.model, { name: 'lede-test', version: '9.8.7' });
    assert.deepEqual(other.analyze(ARTICLE), expected);
    other.dispose();
  }
});

test('model: null is rules only; the default is the model the build staged, as the CLI\'s default', async () => {
  const rules = await createAnalyzer({ model: null });
  assert.equal(rules.model.name, 'lede-rules');
  assert.deepEqual(rules.analyze(ARTICLE), cli(ARTICLE, ['--no-model']));
  rules.dispose();
  const manifest = JSON.parse(readFileSync(new URL('lede-model.json', site), 'utf8'));
  assert.ok(manifest.file === null || /^lede-[a-z]+-\d+\.\d+\.\d+.*\.model$/.test(manifest.file), JSON.stringify(manifest));
  assert.deepEqual(analyzer.model, cli('x').model);
  if (manifest.file !== null) assert.notEqual(analyzer.model.name, 'lede-rules');
});

test('downloadDefaultModel gives the bytes of the model lede-model.json names, which load as the default', async () => {
  const manifest = JSON.parse(readFileSync(new URL('lede-model.json', site), 'utf8'));
  const bytes = await downloadDefaultModel();
  // Given what lede-model.json says (as the page's bundled worker is), the same without reading it.
  assert.deepEqual(await downloadDefaultModel(manifest.file), bytes);
  assert.equal(await downloadDefaultModel(null), null);
  if (manifest.file === null) {
    assert.equal(bytes, null);
    return;
  }
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual(Buffer.from(bytes), readFileSync(new URL(manifest.file, site)));
  const given = await createAnalyzer({ model: bytes });
  assert.deepEqual(given.model, analyzer.model);
  assert.deepEqual(given.analyze(ARTICLE), analyzer.analyze(ARTICLE));
  given.dispose();
});

test('a bad model rejects with an Error naming the reason', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-node-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const bytes = readFileSync(packModel(dir, 'lede-test', '1.0.0'));
  const corrupt = Uint8Array.from(bytes);
  corrupt[corrupt.length - 40] ^= 1;
  const newer = Uint8Array.from(bytes);
  newer[8] = 2;  // the format version
  const cases = [
    [new Uint8Array(0), /the model from the given bytes is not valid: empty file/],
    [bytes.subarray(0, 100), /not valid: truncated/],
    [corrupt, /not valid: checksum mismatch: the file is corrupt/],
    [newer, /not valid: format version 2 is newer than this build reads \(1\)/],
    [new TextEncoder().encode('not a model at all, just text'), /not valid: not a Lede model \(bad magic\)/],
    [join(dir, 'missing.model'), /could not load the model from .*missing\.model.*ENOENT/],
  ];
  for (const [model, message] of cases) {
    await assert.rejects(createAnalyzer({ model }), (error) => {
      assert.ok(error instanceof Error);
      assert.match(error.message, message);
      return true;
    });
  }
});

test("the reader's day gives a year to a dateline without one, as the CLI's --today does", () => {
  const wire = `NAIROBI, Dec 3 (Reuters) - ${ARTICLE}`;
  assert.equal(analyzer.analyze(wire).date, null);
  const result = analyzer.analyze(wire, { today: '2024-12-20' });
  assert.equal(result.date, '2024-12-03');
  assert.equal(result.date_source, 'dateline');
  assert.deepEqual(result, cli(wire, ['--today', '2024-12-20']));
  // A date the caller gives wins; a bad day is refused like a bad date.
  assert.equal(analyzer.analyze(wire, { date: '2020-01-01', today: '2024-12-20' }).date, '2020-01-01');
  assert.throws(() => analyzer.analyze(wire, { today: '2024-02-30' }), { name: 'LedeError', message: /today.*'2024-02-30'/ });
  assert.throws(() => analyzer.analyze(wire, { today: 20241220 }), TypeError);
});

test('bad arguments throw clear errors', () => {
  assert.throws(() => analyzer.analyze(42), { name: 'TypeError', message: /text as a string, not a number/ });
  assert.throws(() => analyzer.analyze(), TypeError);
  assert.throws(() => analyzer.analyze(new String('x')), TypeError);
  assert.throws(() => analyzer.analyze('x', { date: '2018-02-30' }), { name: 'LedeError', message: /'2018-02-30'/ });
  assert.throws(() => analyzer.analyze('x', { date: '25 April 2018' }), /'25 April 2018'/);
  assert.throws(() => analyzer.analyze('x', { date: '2018-4-25' }), /YYYY-MM-DD/);
  assert.throws(() => analyzer.analyze('x', { date: 20180425 }), TypeError);
  assert.throws(() => analyzer.analyze('x', { pipeline: 'fast' }), /unknown pipeline 'fast' \(full, entities\)/);
  assert.throws(() => analyzer.analyze('x', { offsets: 'utf8' }), /unknown offset unit 'utf8'/);
  assert.throws(() => analyzer.analyze('x', { tokens: 'yes' }), TypeError);
  assert.throws(() => analyzer.analyze('x', { token: true }), /unknown analyze\(\) option 'token'/);
  assert.throws(() => analyzer.analyze('x', 'full'), TypeError);
  // A leap day is a real date; null and '' mean no date.
  assert.equal(analyzer.analyze('x', { date: '2020-02-29' }).date, '2020-02-29');
  assert.equal(analyzer.analyze('x', { date: null }).date, null);
  assert.equal(analyzer.analyze('x', { date: '' }).date, null);
  // The analyzer still works after rejecting bad calls.
  assert.deepEqual(analyzer.analyze(ARTICLE), cli(ARTICLE));
});

test('the generated glue needs no eval (the page\'s Content-Security-Policy forbids it)', () => {
  const glue = readFileSync(new URL('lede-core.mjs', site), 'utf8');
  assert.doesNotMatch(glue, /new Function\b|\beval\(/, 'build with -sDYNAMIC_EXECUTION=0');
});

// ~360 KB of news: the gold articles' texts (tests/gold/*.json) and ARTICLE, over and over.
function longArticle() {
  const dir = new URL('tests/gold/', root);
  const articles = readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')).text);
  const once = [...articles, ARTICLE].join('\n\n');
  return Array.from({ length: Math.ceil(360_000 / once.length) }, () => once).join('\n\n');
}

for (const [name, options, args] of [['full', {}, []], ['entities, with tokens', { pipeline: 'entities', tokens: true }, ['--pipeline', 'entities', '--tokens']]]) {
  test(`a long text in steps (begin/step/result) is analyze()'s result and the CLI's: ${name}`, () => {
    const text = longArticle();
    assert.ok(text.length > 300_000);
    const job = analyzer.begin(text, options);
    const progress = [];
    while (!job.done) progress.push(job.step(2));
    assert.ok(progress.length > 10, `several steps (${progress.length})`);
    for (let i = 1; i < progress.length; i += 1) assert.ok(progress[i] >= progress[i - 1], 'progress only moves forward');
    assert.equal(progress.at(-1), 1);
    assert.ok(progress.slice(0, -1).every((value) => value < 1));
    const stepped = job.result();
    assert.ok(stepped.mentions.length > 5000, `thousands of mentions (${stepped.mentions.length})`);
    assert.deepEqual(stepped, analyzer.analyze(text, options));
    assert.deepEqual(stepped, cli(text, args));
  });
}

test('a job: result before done, and anything after result or cancel, throw clear errors', () => {
  const job = analyzer.begin(ARTICLE.repeat(20), { date: '2018-04-25' });
  assert.equal(job.progress, 0);
  assert.throws(() => job.result(), { name: 'LedeError', message: /not finished/ });
  assert.throws(() => job.step(-1), TypeError);
  assert.throws(() => job.step('10'), TypeError);
  while (!job.done) job.step(1);
  assert.deepEqual(job.result(), analyzer.analyze(ARTICLE.repeat(20), { date: '2018-04-25' }));
  assert.throws(() => job.step(1), { name: 'LedeError', message: /finished or cancelled/ });
  assert.throws(() => job.result(), { name: 'LedeError', message: /finished or cancelled/ });
  const dropped = analyzer.begin(ARTICLE);
  dropped.step(0);
  dropped.cancel();
  dropped.cancel();  // twice is harmless
  assert.throws(() => dropped.step(1), { name: 'LedeError' });
  assert.throws(() => analyzer.begin(ARTICLE, { pipeline: 'fast' }), { name: 'LedeError', message: /unknown pipeline/ });
  assert.throws(() => analyzer.begin(42), { name: 'TypeError', message: /begin\(\) takes the text/ });
  const empty = analyzer.begin('');
  while (!empty.done) empty.step(10);
  assert.deepEqual(empty.result(), analyzer.analyze(''));
});

test('a job outlives the analyzer that began it', async () => {
  const other = await createAnalyzer();
  const job = other.begin(ARTICLE, { date: '2018-04-25' });
  job.step(0);
  other.dispose();
  while (!job.done) job.step(5);
  assert.deepEqual(job.result(), analyzer.analyze(ARTICLE, { date: '2018-04-25' }));
});

test('dispose frees the analyzer; analyze afterwards throws', async () => {
  const other = await createAnalyzer();
  assert.equal(other.analyze('On 3 May 2018.').mentions.length, 1);
  other.dispose();
  assert.throws(() => other.analyze('On 3 May 2018.'), { name: 'LedeError', message: /analyzer disposed/ });
  other.dispose();  // twice is harmless
  assert.equal(analyzer.analyze('On 3 May 2018.').mentions.length, 1, 'other analyzers are unaffected');
});

test('a 5 MB text: memory grows, the result is complete, in reasonable time', async (t) => {
  const copies = Math.ceil((5 << 20) / Buffer.byteLength(ARTICLE));
  const big = ARTICLE.repeat(copies);
  // Nothing is lost: the rules alone (no document-level memory, unlike the name tagger) find exactly the
  // mentions of one copy in every copy.
  const rules = await createAnalyzer({ model: null });
  const single = rules.analyze(ARTICLE).mentions.length;
  assert.equal(rules.analyze(big).mentions.length, single * copies);
  rules.dispose();
  const started = performance.now();
  const result = analyzer.analyze(big);
  const seconds = (performance.now() - started) / 1000;
  const last = result.mentions.at(-1);
  assert.ok(last.end > big.length - ARTICLE.length, 'mentions reach the last copy');
  for (const mention of result.mentions.slice(-20)) assert.equal(big.slice(mention.start, mention.end), mention.text);
  t.diagnostic(`5 MB: ${countWords(big)} words in ${seconds.toFixed(2)} s (${Math.round(countWords(big) / seconds)} words/s)`);
});

test('createAnalyzer takes an options object or nothing: anything else is a clear error', async () => {
  for (const bad of [null, 42, 'lede-core.wasm', [], new URL('file:///x.wasm')]) {
    await assert.rejects(createAnalyzer(bad), { name: 'TypeError', message: /createAnalyzer\(\) takes an options object/ });
  }
  await assert.rejects(createAnalyzer({ modle: null }), { name: 'TypeError', message: /unknown createAnalyzer\(\) option 'modle'/ });
  const fine = await createAnalyzer(undefined);
  assert.deepEqual(fine.model, analyzer.model);
  fine.dispose();
});

test('after a big text the analyzer lets its memory go, and analyzes as before', async () => {
  const { RENEW_ABOVE_BYTES } = await import(new URL('lede.js', site));
  const own = await createAnalyzer();
  const small = own.memoryBytes;
  const expected = own.analyze(ARTICLE);
  const big = ARTICLE.repeat(Math.ceil((8 << 20) / Buffer.byteLength(ARTICLE)));
  own.analyze(big);
  assert.ok(own.memoryBytes > RENEW_ABOVE_BYTES, `8 MB needs more than the threshold (${own.memoryBytes} bytes)`);
  await own.releaseMemory();
  assert.ok(own.memoryBytes < RENEW_ABOVE_BYTES / 2, `memory falls back (${own.memoryBytes} bytes, ${small} at the start)`);
  assert.deepEqual(own.analyze(ARTICLE), expected);
  // A job that is still running keeps the old memory until it ends, and its result is whole.
  own.analyze(big);
  const job = own.begin(ARTICLE);
  const released = own.releaseMemory();
  while (!job.done) job.step(50);
  assert.deepEqual(job.result(), expected);
  await released;
  assert.ok(own.memoryBytes < RENEW_ABOVE_BYTES / 2);
  own.dispose();
});

test('a text over the limit is refused at once with a clear error, and the analyzer goes on', async () => {
  const { MAX_TEXT_BYTES } = await import(new URL('lede.js', site));
  const huge = 'Talks resumed on Tuesday. '.repeat(Math.ceil((50 << 20) / 26));  // 50 MB
  for (const call of [() => analyzer.analyze(huge), () => analyzer.begin(huge)]) {
    const started = performance.now();
    assert.throws(call, { name: 'LedeError', message: /the text is 50\.0 MB; one analysis takes at most 24 MB/ });
    assert.ok(performance.now() - started < 2000, 'refused before the work');
  }
  // Over the limit in UTF-8 bytes though not in UTF-16 units: 3 bytes per CJK character.
  const wide = '北'.repeat(Math.floor(MAX_TEXT_BYTES / 3) + 10);
  assert.ok(wide.length < MAX_TEXT_BYTES);
  assert.throws(() => analyzer.analyze(wide), { name: 'LedeError', message: /one analysis takes at most/ });
  assert.equal(analyzer.analyze('On 3 May 2018.').mentions.length, 1, 'the analyzer still works');
});

test('timeStages reports every stage and the token count analyze() sees', () => {
  const timing = analyzer.timeStages(ARTICLE);
  assert.deepEqual(Object.keys(timing.stages), ['tokenize', 'split', 'pos', 'parse', 'ner', 'rules', 'resolve', 'relations', 'events', 'export']);
  for (const seconds of Object.values(timing.stages)) assert.ok(seconds >= 0 && seconds < 10);
  assert.equal(timing.tokens, analyzer.analyze(ARTICLE, { tokens: true }).tokens.length);
  assert.throws(() => analyzer.timeStages(42), TypeError);
});

test('export() writes the bytes of lede analyze --format F for every format, and of lede export for an edited result', () => {
  const result = analyzer.analyze(ARTICLE);
  for (const format of ['csv', 'csv-mentions', 'csv-relations', 'csv-quotes', 'brat', 'displacy', 'gexf']) {
    const native = spawnSync(ledeBin, ['analyze', '--format', format], { input: Buffer.from(ARTICLE, 'utf8') });
    assert.equal(native.status, 0, String(native.stderr));
    assert.equal(analyzer.export(result, format, { text: ARTICLE }), native.stdout.toString('utf8'), format);
  }
  // A result edited as the page's corrections edit one (an entity renamed and retyped), saved as JSON.
  const edited = structuredClone(result);
  edited.entities[0].name = 'Renamed, "quoted"';
  edited.entities[0].type = 'ORG';
  const dir = mkdtempSync(join(tmpdir(), 'lede-export-'));
  try {
    writeFileSync(join(dir, 'result.json'), JSON.stringify(edited));
    writeFileSync(join(dir, 'article.txt'), ARTICLE);
    for (const format of ['csv', 'gexf', 'brat']) {
      const native = spawnSync(ledeBin, ['export', '--format', format, '--text', join(dir, 'article.txt'), join(dir, 'result.json')]);
      assert.equal(native.status, 0, String(native.stderr));
      const bytes = analyzer.export(edited, format, { text: ARTICLE });
      assert.equal(bytes, native.stdout.toString('utf8'), format);
    }
    assert.ok(analyzer.export(edited, 'csv').includes('"Renamed, ""quoted"""'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('export() refuses a broken result, an unknown format and a missing text with clear errors', () => {
  const result = analyzer.analyze(ARTICLE);
  const broken = structuredClone(result);
  broken.mentions[0].entity = 9999;
  assert.throws(() => analyzer.export(broken, 'csv'), { name: 'LedeError', message: /mention 0: entity 9999 does not exist/ });
  assert.throws(() => analyzer.export({ schema: 'other' }, 'csv'), { name: 'LedeError', message: /not a lede\/1 result/ });
  assert.throws(() => analyzer.export({ ...result, mentions: 'none' }, 'gexf'), { name: 'LedeError', message: /"mentions" is not an array/ });
  assert.throws(() => analyzer.export(result, 'xlsx'), { name: 'TypeError', message: /csv, csv-mentions/ });
  assert.throws(() => analyzer.export(null, 'csv'), TypeError);
  assert.throws(() => analyzer.export(result, 'brat'), { name: 'LedeError', message: /give the analyzed text/ });
  // The analyzer goes on working.
  assert.equal(analyzer.export(result, 'csv', { text: ARTICLE }).split('\r\n')[0], 'id,type,name,mentions,salience,titles');
});

test('lede corpus summarize merges as the page\'s library does (exportCorpus, same bytes)', () => {
  const texts = [ARTICLE, LONE_SURROGATE, 'Zoë Müller of the IMF met officials in Washington on Monday.'];
  const results = texts.map((text) => analyzer.analyze(text));
  const articles = results.map((result) => result.entities.map((e) => [e.type, e.name, e.mentions.length]));
  const jsonl = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n';
  const analyzed = spawnSync(ledeBin, ['analyze', '--jsonl'], { input: Buffer.from(jsonl, 'utf8') });
  assert.equal(analyzed.status, 0, String(analyzed.stderr));
  for (const format of ['csv', 'gexf']) {
    const summary = spawnSync(ledeBin, ['corpus', 'summarize', '--format', format], { input: analyzed.stdout });
    assert.equal(summary.status, 0, String(summary.stderr));
    assert.equal(summary.stdout.toString('utf8'), analyzer.exportCorpus(articles, format), format);
  }
});
