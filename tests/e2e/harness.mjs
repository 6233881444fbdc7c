// What every browser test file shares: the page in build/web served like scripts/serve.sh serves it, one
// Debian Chromium driven by playwright-core per file, and helpers that act as a reader would.
// Screenshots go to build/screenshots/.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// LEDE_WEB_DIR / LEDE_SCREENSHOT_DIR: another staged site (e.g. one built with a trial model) and where
// its screenshots go.
export const webDir = process.env.LEDE_WEB_DIR || join(root, 'build', 'web');
export const screenshotDir = process.env.LEDE_SCREENSHOT_DIR || join(root, 'build', 'screenshots');

export const ARTICLE = `Harbour talks resume

BERGEN: Negotiators met on Tuesday, April 24th 2018, after a $5 million offer was rejected.

"We are close," the mediator said at 10:30 a.m. Wages rose 4.5% last year.`;

let server;
export let origin;
export let context;
let profileDir;

function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn('python3', [join(root, 'scripts', 'static_server.py'), webDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server.on('error', reject);
    server.stdout.once('data', (data) => resolve(String(data).trim().replace(/\/$/, '')));
  });
}

before(async () => {
  origin = await startServer();
  profileDir = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  mkdirSync(screenshotDir, { recursive: true });
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await context?.close();
  server?.kill();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

// Opens the page, recording every request and every error it produces.
export async function openPage() {
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  const started = Date.now();
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
  return { page, requests, problems, loadMs: Date.now() - started };
}

// Types text as a user pasting it would, and waits for its analysis.
export async function paste(page, text) {
  await page.fill('textarea', text);
  await page.waitForFunction(
    (expected) => document.body.dataset.state === 'ready' && document.getElementById('highlighted').textContent.includes(expected),
    text.slice(-20), { timeout: 15000 });
}

// News of about `characters` (300 KB by default): the gold articles' texts (tests/gold/*.json), over and over.
export function longArticle(characters = 300_000) {
  const dir = join(root, 'tests', 'gold');
  const once = readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).text).join('\n\n');
  return Array.from({ length: Math.ceil(characters / once.length) }, () => once).join('\n\n');
}

// The native CLI's lede/1 result for `text`.
export function cli(text) {
  const run = spawnSync(join(root, 'build', 'native', 'lede'), ['analyze'], { input: text, maxBuffer: 1 << 30 });
  assert.equal(run.status, 0, String(run.stderr));
  return JSON.parse(run.stdout.toString('utf8'));
}

// Records, from now on, the page's long tasks (main-thread work of over 50 ms, during which it cannot
// paint or answer input: the frame gaps it causes); stopLongTasks() returns their durations in ms.
export async function startLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    });
    window.__longTaskObserver.observe({ entryTypes: ['longtask'] });
  });
}
export async function stopLongTasks(page) {
  return page.evaluate(() => {
    window.__longTaskObserver.disconnect();
    return window.__longTasks;
  });
}

