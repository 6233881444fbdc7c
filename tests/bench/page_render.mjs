// A long paste in headless Chromium: the page's long tasks (main-thread work of over 50 ms: while one
// runs, the page cannot paint or answer input) from the paste until the result is on screen, the time
// to get there, and how long a legend toggle then takes. Prints one JSON object.
// usage: node tests/bench/page_render.mjs [CHARACTERS...]   (default 300000 1000000)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { longText } from './long_text.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(300_000, 1_000_000);
const server = spawn('python3', [join(root, 'scripts', 'static_server.py'), join(root, 'build', 'web'), '--port', '0'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
const profile = mkdtempSync(join(tmpdir(), 'lede-bench-'));
const results = [];
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1440, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  for (const size of sizes) {
    const text = longText(size).slice(0, size);
    const page = await context.newPage();
    await page.goto(origin);
    await page.waitForSelector('body[data-state="ready"]');
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ ms: entry.duration, at: entry.startTime });
      }).observe({ entryTypes: ['longtask'] });
    });
    const pasted = await page.evaluate((value) => {
      const textarea = document.querySelector('textarea');
      textarea.value = value;
      textarea.dispatchEvent(new Event('input'));
      return performance.now();
    }, text);
    await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
      document.getElementById('status').textContent.includes('words'), null, { timeout: 300000, polling: 100 });
    const ready = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(() => window.__longTasks);
    // The paste itself (the browser laying out the textarea's new value) is the browser's work, not the
    // page's: reported apart.
    const pasteTask = tasks.find((task) => task.at <= pasted + 1 && task.at + task.ms >= pasted - 1);
    const pageTasks = tasks.filter((task) => task !== pasteTask);
    const toggleMs = await page.evaluate(() => new Promise((resolve) => {
      const started = performance.now();
      document.querySelector('#legend button[data-type="DATE"]').click();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
    }));
    const marks = await page.$$eval('#highlighted mark', (elements) => elements.length);
    results.push({
      characters: text.length, mentions: marks, on_screen_ms: Math.round(ready - pasted),
      longest_task_ms: Math.round(Math.max(0, ...pageTasks.map((task) => task.ms))),
      long_tasks: pageTasks.length, paste_task_ms: Math.round(pasteTask?.ms ?? 0), legend_toggle_ms: Math.round(toggleMs),
    });
    await page.close();
  }
  await context.close();
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify({ results }));
