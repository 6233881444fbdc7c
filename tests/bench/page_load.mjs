// Time from navigation to the example article's analysis on screen in headless Chromium (the page at
// ?example starts with it), served by scripts/static_server.py: a cold load in a fresh profile (nothing
// cached, browser just started), then a warm reload of the same page. Prints one JSON object.
// usage: node tests/bench/page_load.mjs [LOADS]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const loads = Number(process.argv[2] || 5);
const server = spawn('python3', [join(root, 'scripts', 'static_server.py'), join(root, 'build', 'web'), '--port', '0'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
const cold = [];
const warm = [];
const firstResult = async (page) => {
  await page.waitForSelector('body[data-state="ready"]');
  const marks = await page.$$eval('#highlighted mark', (elements) => elements.length);
  if (marks < 10) throw new Error(`the example article is not on screen (${marks} marks)`);
  return Number(await page.getAttribute('body', 'data-first-result-ms'));
};
try {
  for (let i = 0; i < loads; i += 1) {
    const profile = mkdtempSync(join(tmpdir(), 'lede-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await context.newPage();
    await page.goto(`${origin}?example`);
    cold.push(await firstResult(page));
    await page.reload();
    warm.push(await firstResult(page));
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
} finally {
  server.kill();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(JSON.stringify({ loads, cold_ms: cold, warm_ms: warm, cold_median_ms: median(cold), warm_median_ms: median(warm) }));
