// Browser tests of the reader's corrections (web/corrections.js): made through the entity card, a text
// selection and the relation list; kept over a reload; carried into every download and the share link;
// undone and reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context, openPage, paste, root, screenshotDir } from './harness.mjs';

// Written for this test.
const TEXT = `ISLAMABAD: Foreign Minister Khawaja Asif met Chinese President Xi Jinping in Beijing on Tuesday.

Asif later visited Shanghai. Xi said the two countries would work together, and Asif thanked him.
The Fudan Group and the World Bank sent observers.`;

const marks = (page) => page.$$eval('#highlighted mark[data-type]', (els) => els.map((e) => ({
  text: e.textContent, type: e.dataset.type, entity: e.dataset.entity, corrected: e.hasAttribute('data-corrected') })));
const entityId = (page, name) => page.$eval('#entity-list', (list, wanted) =>
  [...list.querySelectorAll('button[data-entity]')].find((b) => b.querySelector('.name').firstChild.textContent === wanted)?.dataset.entity, name);
const ready = (page) => page.waitForFunction(() => document.body.dataset.state === 'ready');

async function selectEntity(page, name) {
  const id = await entityId(page, name);
  assert.ok(id !== undefined, `no entity ${name}`);
  if (await page.getAttribute(`#entity-list button[data-entity="${id}"]`, 'aria-pressed') !== 'true') {
    await page.click(`#entity-list button[data-entity="${id}"]`);
  }
  await page.waitForSelector('[data-entity-card] select[data-edit=type]');
}

async function download(page, format) {
  if (!await page.isVisible(`[data-export="${format}"]`)) await page.click('details.exports summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
  return readFileSync(await file.path(), 'utf8');
}

test('corrections: retype, merge, remove and add mentions, remove a relation; kept over a reload and in every export', async () => {
  const { page, problems } = await openPage();
  await paste(page, TEXT);
  // Retype Beijing (a place) as an organization, in the card.
  await selectEntity(page, 'Beijing');
  await page.selectOption('[data-entity-card] select[data-edit=type]', 'ORG');
  await ready(page);
  let now = await marks(page);
  assert.deepEqual(now.filter((m) => m.text === 'Beijing').map((m) => [m.type, m.corrected]), [['ORG', true]]);
  // Merge Shanghai into Beijing.
  await selectEntity(page, 'Shanghai');
  const beijing = await entityId(page, 'Beijing');
  await page.selectOption('[data-entity-card] select[data-edit=merge]', beijing);
  await ready(page);
  now = await marks(page);
  assert.equal(now.find((m) => m.text === 'Shanghai').entity, now.find((m) => m.text === 'Beijing').entity);
  // Remove the last "Asif": click it in the text (it becomes the card's mention), then remove it.
  const asifMarks = await page.$$('#highlighted mark[data-type]:text-is("Asif")');
  assert.equal(asifMarks.length, 2);
  await asifMarks[1].click();
  await page.click('[data-entity-card] [data-action=remove-mention]');
  await ready(page);
  assert.equal((await marks(page)).filter((m) => m.text === 'Asif').length, 1);
  // Add "observers" from a text selection.
  await page.evaluate(() => {
    const view = document.getElementById('highlighted');
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf('observers');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'observers'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return;
    }
  });
  await page.selectOption('select[data-edit=new-type]', 'NORP');
  await page.click('[data-action=add-mention]');
  await ready(page);
  assert.deepEqual((await marks(page)).filter((m) => m.text === 'observers').map((m) => [m.type, m.corrected]), [['NORP', true]]);
  // Remove a relation, undo it, remove it again.
  const relations = () => page.$$eval('#relation-list button[data-relation]', (els) => els.length);
  const before = await relations();
  assert.ok(before > 0);
  await page.click('#relation-list [data-action=remove-relation]');
  await ready(page);
  assert.equal(await relations(), before - 1);
  await page.click('[data-action=undo]');
  await ready(page);
  assert.equal(await relations(), before);
  await page.click('#relation-list [data-action=remove-relation]');
  await ready(page);
  assert.match(await page.textContent('#corrections-status'), /^5 corrections, kept on this device/);
  await page.screenshot({ path: join(screenshotDir, 'page-corrected.png'), fullPage: true });
  const corrected = await marks(page);

  // Every export carries them: the JSON download is the corrected result, and the CLI exports it to the
  // same bytes as the page's other downloads.
  const json = JSON.parse(await download(page, 'json'));
  assert.equal(json.mentions.find((m) => m.text === 'Beijing').type, 'ORG');
  assert.equal(json.relations.length, before - 1);
  const dir = mkdtempSync(join(tmpdir(), 'lede-corrected-'));
  try {
    writeFileSync(join(dir, 'result.json'), JSON.stringify(json));
    writeFileSync(join(dir, 'article.txt'), TEXT);
    for (const format of ['csv', 'csv-mentions', 'csv-relations', 'csv-quotes', 'brat', 'displacy', 'gexf']) {
      const cli = spawnSync(join(root, 'build', 'native', 'lede'),
        ['export', '--format', format, '--text', join(dir, 'article.txt'), join(dir, 'result.json')]);
      assert.equal(cli.status, 0, String(cli.stderr));
      const bytes = await download(page, format);
      assert.equal(bytes, cli.stdout.toString('utf8'), format);
      if (format === 'csv') assert.match(bytes, /,ORG,Beijing,2,/);
      if (format === 'brat') assert.match(bytes, /\tNORP \d+ \d+\tobservers\n/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The share link holds them: opened in another tab, the article comes back corrected.
  await page.click('[data-action=share]');
  await page.waitForFunction(() => location.hash.startsWith('#a='));
  const link = await page.evaluate(() => location.href);
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForFunction((text) => document.body.dataset.state === 'ready' &&
    document.querySelector('textarea').value === text && document.querySelector('#highlighted mark[data-corrected]'), TEXT);
  assert.deepEqual(await marks(other), corrected);
  await other.close();

  // A reload: the same text gets its corrections back from this device.
  await page.goto(page.url().replace(/#.*$/, ''));
  await page.waitForSelector('body[data-state="ready"]');
  await paste(page, TEXT);
  await page.waitForFunction(() => document.querySelectorAll('#highlighted mark[data-corrected]').length > 0);
  await ready(page);
  assert.deepEqual(await marks(page), corrected);
  // Reset drops them all; undo brings them back.
  await page.click('[data-action=reset-corrections]');
  await ready(page);
  assert.equal((await marks(page)).filter((m) => m.corrected).length, 0);
  await page.click('[data-action=undo]');
  await ready(page);
  assert.deepEqual(await marks(page), corrected);
  assert.deepEqual(problems, []);
  await page.close();
});
