// The npm package (scripts/package.sh → build/npm/lede-VERSION.tgz) as a user gets it: installed from the
// packed file into a fresh folder, it analyzes the example article in node (ESM) exactly as the CLI does;
// bundled by esbuild for the browser, it runs in a Web Worker in Chromium; and its worker_threads batch
// example gives `lede analyze --jsonl`'s results.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { EXAMPLE_ARTICLE } from '../../web/example.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ledeBin = process.env.LEDE_BIN ?? join(root, 'build', 'native', 'lede');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const tarball = join(root, 'build', 'npm', `lede-${version}.tgz`);
let folder;

function cli(text, args = []) {
  const run = spawnSync(ledeBin, ['analyze', ...args], { input: Buffer.from(text, 'utf8'), maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, String(run.stderr));
  return JSON.parse(run.stdout.toString('utf8'));
}

function sh(command, args, options = {}) {
  const run = spawnSync(command, args, { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  assert.equal(run.status, 0, `${command} ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'lede-package-'));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);
});
after(() => rmSync(folder, { recursive: true, force: true }));

test('the package holds the module, the model, the types and both licenses', () => {
  const installed = join(folder, 'node_modules', 'lede');
  const files = readdirSync(installed);
  for (const name of ['lede.js', 'lede.d.ts', 'lede-core.mjs', 'lede-core.wasm', 'lede-model.json', 'LICENSE',
    'MODEL-LICENSE.md', 'PROVENANCE.md', 'README.md']) {
    assert.ok(files.includes(name), `${name} is in the package`);
  }
  const manifest = JSON.parse(readFileSync(join(installed, 'lede-model.json'), 'utf8'));
  assert.ok(files.includes(manifest.file), 'the model lede-model.json names is in the package');
  assert.match(readFileSync(join(installed, 'MODEL-LICENSE.md'), 'utf8'), /CC BY-SA 4\.0/);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.types, './lede.d.ts');
  assert.equal(pkg.type, 'module');
});

test('node (ESM): import from the installed package, the CLI\'s result', () => {
  writeFileSync(join(folder, 'analyze.mjs'), `
    import { createAnalyzer } from 'lede';
    import { readFileSync } from 'node:fs';
    const analyzer = await createAnalyzer();
    process.stdout.write(JSON.stringify(analyzer.analyze(readFileSync(0, 'utf8'))));`);
  const result = JSON.parse(sh('node', ['analyze.mjs'], { input: EXAMPLE_ARTICLE }));
  assert.ok(result.mentions.length > 20);
  assert.deepEqual(result, cli(EXAMPLE_ARTICLE));
});

test('worker_threads: the batch example gives lede analyze --jsonl\'s results, in order', () => {
  const lines = EXAMPLE_ARTICLE.split('\n\n').map((text, i) => JSON.stringify({ id: `p${i}`, text }));
  lines.splice(2, 0, '{"id": "bad", "text": ');
  writeFileSync(join(folder, 'corpus.jsonl'), lines.join('\n') + '\n');
  const run = spawnSync('node', [join('node_modules', 'lede', 'examples', 'batch.mjs'), 'corpus.jsonl', '2'],
    { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 1, 'a bad line makes the status 1');
  const out = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const native = spawnSync(ledeBin, ['analyze', '--jsonl', join(folder, 'corpus.jsonl')], { encoding: 'utf8' });
  const expected = native.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(out.length, lines.length);
  assert.deepEqual(out.map((r) => r.id), expected.map((r) => r.id));
  for (let i = 0; i < out.length; ++i) {
    if (expected[i].error) assert.ok(out[i].error, `line ${i} is an error line`);
    else assert.deepEqual(out[i], expected[i]);
  }
});

test('a browser bundle (esbuild) runs in a Web Worker in Chromium', async () => {
  const site = join(folder, 'site');
  writeFileSync(join(folder, 'worker-entry.js'), `
    import { createAnalyzer } from 'lede';
    const analyzer = await createAnalyzer();
    self.onmessage = ({ data }) => self.postMessage(analyzer.analyze(data));
    self.postMessage('ready');`);
  sh(join(root, 'node_modules', '.bin', 'esbuild'), ['worker-entry.js', '--bundle', '--format=esm', '--platform=browser',
    '--outfile=site/worker.js', `--external:node:*`]);
  const installed = join(folder, 'node_modules', 'lede');
  const model = JSON.parse(readFileSync(join(installed, 'lede-model.json'), 'utf8')).file;
  for (const name of ['lede-core.wasm', 'lede-model.json', model]) copyFileSync(join(installed, name), join(site, name));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>bundle</title>');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
  const server = createServer((request, response) => {
    try {
      const body = readFileSync(join(site, new URL(request.url, 'http://x').pathname));
      response.writeHead(200, { 'Content-Type': types[extname(request.url)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const result = await page.evaluate((text) => new Promise((resolve, reject) => {
      const worker = new Worker('worker.js', { type: 'module' });
      worker.onerror = (event) => reject(new Error(event.message));
      worker.onmessage = ({ data }) => (data === 'ready' ? worker.postMessage(text) : resolve(data));
    }), EXAMPLE_ARTICLE);
    assert.deepEqual(result, cli(EXAMPLE_ARTICLE));
  } finally {
    await browser.close();
    server.close();
  }
});
