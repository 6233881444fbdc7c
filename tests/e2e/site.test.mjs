// Browser tests of the site as a whole: installable (web app manifest, service worker), accessible (axe-core
// finds no serious or critical violation, in light and dark), and usable on a 390 px wide phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { context, openPage, root, screenshotDir } from './harness.mjs';

const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// The example article, analyzed and drawn.
async function openExample(page) {
  await page.click('#example-button');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
    document.querySelectorAll('svg[data-graph] [data-node]').length > 3, null, { timeout: 15000 });
}

test('the page is installable: Chromium finds no installability error in its manifest and service worker', async () => {
  const { page } = await openPage();
  await openExample(page);   // the service worker is registered after the first result
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready, null);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.short_name, 'Lede');
  assert.equal(manifest.display, 'standalone');
  const session = await context.newCDPSession(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  await page.close();
});

// axe-core's serious and critical violations, as "rule: target" lines.
async function axeViolations(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

test('axe-core finds no serious or critical accessibility violation, with a result and a selection, light and dark', async () => {
  const { page } = await openPage();
  assert.deepEqual(await axeViolations(page), [], 'the empty page');
  await openExample(page);
  await page.click('#entity-list button[data-entity]');   // a selection and its card
  assert.deepEqual(await axeViolations(page), [], 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await axeViolations(page), [], 'dark');
  await page.close();
});

test('on a 390 px wide phone nothing is cut off or needs scrolling sideways', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${(await import('./harness.mjs')).origin}/`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
  await openExample(page);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth,
    wide: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => e.tagName + (e.id ? `#${e.id}` : '')).slice(0, 5) }));
  assert.ok(widths.page <= widths.screen, JSON.stringify(widths));
  assert.deepEqual(widths.wide, []);
  await page.screenshot({ path: join(screenshotDir, 'page-390.png') });
  await page.locator('#highlighted').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotDir, 'page-390-text.png') });
  await page.close();
});
