// Node tests of the web module as a page would use it: build/web/lede.js + lede-core.wasm (made by
// scripts/build.sh). The wasm core must give exactly the native CLI's result for the same text, and the
// JavaScript wrapper must keep its contract (DESIGN.md "The JavaScript API"): utf16 offsets that slice
// the caller's string, clear errors, dispose. Run: node --test tests/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const site = new URL('build/web/', root);
const wasmPath = fileURLToPath(new URL('lede-core.wasm', site));
const ledeBin = process.env.LEDE_BIN ?? fileURLToPath(new URL('build/native/lede', root));
for (const [path, what] of [[fileURLToPath(new URL('lede.js', site)), 'the web module'], [wasmPath, 'the web module'], [ledeBin, 'the native CLI']]) {
  if (!existsSync(path)) throw new Error(`${path} is missing: run scripts/build.sh to build ${what}`);
}
const { createAnalyzer } = await import(new URL('lede.js', site));

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

test('a lone surrogate is U+FFFD, as the CLI reads it', () => {
  for (const [options, args] of [[{}, []], [{ tokens: true, date: '2018-04-25' }, ['--tokens', '--date', '2018-04-25']]]) {
    assert.deepEqual(analyzer.analyze(LONE_SURROGATE, options), cli(wellFormed(LONE_SURROGATE), args));
  }
});

test('utf16 offsets slice the JavaScript string, after an emoji and after a lone surrogate', () => {
  for (const text of [ARTICLE, LONE_SURROGATE]) {
    const repaired = wellFormed(text);
    const result = analyzer.analyze(text, { tokens: true });
    assert.equal(result.offsets, 'utf16');
    for (const mention of result.mentions) {
      assert.equal(repaired.slice(mention.start, mention.end), mention.text, `mention ${mention.id}`);
      if (!mention.text.includes('\uFFFD')) assert.equal(text.slice(mention.start, mention.end), mention.text);
    }
    for (const token of result.tokens) assert.equal(repaired.slice(token.start, token.end), token.text);
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
    const other = await createAnalyzer({ wasm, model: new Uint8Array(4) });
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

test('bad arguments throw clear errors', () => {
  assert.throws(() => analyzer.analyze(42), { name: 'TypeError', message: /text as a string, not a number/ });
  assert.throws(() => analyzer.analyze(), TypeError);
  assert.throws(() => analyzer.analyze(new String('x')), TypeError);
  assert.throws(() => analyzer.analyze('x', { date: '2018-02-30' }), { name: 'Error', message: /'2018-02-30'/ });
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

test('dispose frees the analyzer; analyze afterwards throws', async () => {
  const other = await createAnalyzer();
  assert.equal(other.analyze('On 3 May 2018.').mentions.length, 1);
  other.dispose();
  assert.throws(() => other.analyze('On 3 May 2018.'), { name: 'Error', message: /analyzer disposed/ });
  other.dispose();  // twice is harmless
  assert.equal(analyzer.analyze('On 3 May 2018.').mentions.length, 1, 'other analyzers are unaffected');
});

test('a 5 MB text: memory grows, the result is complete, in reasonable time', (t) => {
  const copies = Math.ceil((5 << 20) / Buffer.byteLength(ARTICLE));
  const big = ARTICLE.repeat(copies);
  const single = analyzer.analyze(ARTICLE).mentions.length;
  const started = performance.now();
  const result = analyzer.analyze(big);
  const seconds = (performance.now() - started) / 1000;
  assert.equal(result.mentions.length, single * copies);
  for (const mention of result.mentions.slice(-single)) assert.equal(big.slice(mention.start, mention.end), mention.text);
  assert.ok(seconds < 60, `took ${seconds.toFixed(1)} s`);
  t.diagnostic(`5 MB: ${countWords(big)} words in ${seconds.toFixed(2)} s (${Math.round(countWords(big) / seconds)} words/s)`);
});
