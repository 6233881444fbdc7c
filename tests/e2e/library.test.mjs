// Browser tests of the library (web/library.js): save, list, reopen, delete; the corpus of saved articles
// (entities merged across them, its downloads, its graph); 500 saved articles; a browser that keeps nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { context, openPage, origin, paste, screenshotDir, startLongTasks, stopLongTasks } from './harness.mjs';

// Written for this test: two articles that share two names.
const FIRST = `Ferry talks resume

BERGEN: Transport Minister Ingrid Solberg met shipbuilders from Nordhavn Shipping in Bergen on Tuesday.`;
const SECOND = `Shipyard wins order

OSLO: Nordhavn Shipping will build two ferries, Transport Minister Ingrid Solberg said in Oslo on Friday.`;

const articles = (page) => page.$$eval('[data-library] [data-article]', (items) => items.map((i) => i.querySelector('.article-open').textContent));
const corpusRow = (page, type, name) => page.$eval('[data-corpus]', (table, key) =>
  [...table.querySelectorAll('[data-corpus-entity]')].find((r) => r.dataset.corpusEntity === key)?.dataset.articles ?? null, `${type}\t${name}`);

// Empties the library (a test that failed half way may have left articles in it).
async function emptyLibrary(page) {
  await page.evaluate(async () => {
    const library = await import('./library.js');
    for (const entry of await library.listArticles()) await library.deleteArticle(entry.key);
  });
}

async function save(page, text, expected) {
  await paste(page, text);
  await page.click('[data-action=save]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-library] [data-article]').length === n &&
    document.querySelectorAll('[data-corpus] [data-corpus-entity]').length > 0, expected);
}

test('save two articles, see what they share, download the corpus, reopen one and delete the other', async () => {
  const { page, problems } = await openPage();
  await emptyLibrary(page);
  await save(page, FIRST, 1);
  await save(page, SECOND, 2);
  assert.deepEqual(await articles(page), ['Shipyard wins order', 'Ferry talks resume']);
  assert.equal(await corpusRow(page, 'PERSON', 'Ingrid Solberg'), '2');
  assert.equal(await corpusRow(page, 'GPE', 'OSLO'), '1');
  assert.ok(await page.$('#corpus-graph svg[data-graph] [data-node]'), 'the corpus graph is drawn');
  // The corpus downloads: every merged entity with its counts; GEXF with a node per entity.
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="corpus-csv"]')]);
  const rows = readFileSync(await csvFile.path(), 'utf8').trim().split('\r\n');
  assert.equal(rows[0], 'type,name,articles,mentions');
  assert.ok(rows.includes('PERSON,Ingrid Solberg,2,4'), rows.join(' | '));   // her title counts as a mention
  const [gexfFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="corpus-gexf"]')]);
  const gexf = readFileSync(await gexfFile.path(), 'utf8');
  assert.match(gexf, /<node id="n\d+" label="Ingrid Solberg"><attvalues><attvalue for="type" value="PERSON"\/><attvalue for="articles" value="2"\/>/);
  assert.equal((gexf.match(/<node /g) ?? []).length, rows.length - 1);
  await page.locator('#library').screenshot({ path: join(screenshotDir, 'library.png') });
  // Reopen the first: its text comes back and is analyzed.
  await page.click('[data-library] [data-article]:nth-child(2) .article-open');
  await page.waitForFunction((text) => document.querySelector('textarea').value === text &&
    document.body.dataset.state === 'ready' && document.getElementById('highlighted').textContent === text, FIRST);
  // Delete the second: the corpus is the first's alone.
  await page.click('[data-library] [data-article]:nth-child(1) [data-action=delete-article]');
  await page.waitForFunction(() => document.querySelectorAll('[data-library] [data-article]').length === 1);
  await page.waitForFunction(() => !document.querySelector('[data-corpus-entity="GPE\tOSLO"]'));
  assert.equal(await corpusRow(page, 'PERSON', 'Ingrid Solberg'), '1');
  // Still there after a reload.
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  await paste(page, 'A short note about Bergen.');
  await page.waitForFunction(() => document.querySelectorAll('[data-library] [data-article]').length === 1);
  assert.deepEqual(await articles(page), ['Ferry talks resume']);
  await page.click('[data-library] [data-action=delete-article]');
  await page.waitForFunction(() => document.querySelectorAll('[data-library] [data-article]').length === 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('500 saved articles: listed, merged and drawn without freezing the page', async () => {
  const { page, problems } = await openPage();
  await emptyLibrary(page);
  // 500 articles saved through the library's own code, each naming a few of 60 people and 20 places.
  await page.evaluate(async () => {
    const library = await import('./library.js');
    for (let i = 0; i < 500; ++i) {
      const names = [`Person ${i % 60}`, `Person ${(i * 7) % 60}`, `City ${i % 20}`];
      const entities = names.map((name, id) => ({ id, type: name.startsWith('City') ? 'GPE' : 'PERSON', name,
        mentions: [id], titles: [], salience: 0.3 }));
      await library.saveArticle({ key: `test-${i}`, text: `Article ${i}\n\nAbout ${names.join(', ')}.`,
        result: { schema: 'lede/1', entities, mentions: [], relations: [], quotes: [] }, corrections: [], date: null });
    }
  });
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  await startLongTasks(page);
  const started = Date.now();
  await paste(page, FIRST);
  await page.waitForFunction(() => document.querySelectorAll('[data-library] [data-article]').length === 500 &&
    document.querySelectorAll('[data-corpus] [data-corpus-entity]').length === 80 &&
    document.querySelector('#corpus-graph svg[data-graph]'), null, { timeout: 30000 });
  const shownMs = Date.now() - started;
  const longTasks = await stopLongTasks(page);
  const worst = Math.max(0, ...longTasks);
  console.log(`# 500 saved articles: the analysis and the library on screen in ${shownMs} ms; longest main-thread task ${worst.toFixed(0)} ms`);
  assert.ok(worst < 1000, `the page froze for ${worst} ms`);
  assert.equal(await corpusRow(page, 'GPE', 'City 0'), '25');
  await emptyLibrary(page);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a browser that keeps nothing (private mode, no storage): a clear message, and the page goes on', async () => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new Error('storage is disabled'); } });
  });
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-state="ready"]');
  await paste(page, FIRST);
  await page.click('[data-action=save]');
  await page.waitForFunction(() => /could not be saved \(.*storage is disabled/.test(document.getElementById('library-status').textContent));
  // Analysis and corrections still work (kept in the page, and it says so).
  await page.click('#entity-list button[data-entity]');
  await page.selectOption('[data-entity-card] select[data-edit=type]', 'ORG');
  await page.waitForFunction(() => document.querySelector('#highlighted mark[data-corrected]') &&
    /could not be kept on this device/.test(document.getElementById('corrections-status').textContent));
  await page.close();
});
