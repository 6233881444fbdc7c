// Browser tests of the downloads ([data-export=FORMAT]): each file is what the CLI writes for the same
// text (`lede analyze --format FORMAT`), made in the page with nothing sent anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, openPage, origin, paste, root, screenshotDir } from './harness.mjs';

// Written for this test: names, a meeting, a quote, and an emoji so that UTF-16 and code points differ.
const STORY = `Ferry deal signed 🚢

BERGEN, Norway — Transport Minister Ingrid Solberg met Chinese President Xi Jinping in Oslo on Tuesday, April 24th 2018.

"We are close," Solberg told reporters. Nordhavn Shipping will build two ships.`;

function native(format, text) {
  const run = spawnSync(join(root, 'build', 'native', 'lede'), ['analyze', '--format', format], { input: Buffer.from(text) });
  assert.equal(run.status, 0, String(run.stderr));
  return run.stdout.toString('utf8');
}

test('every download holds what the CLI writes for the same text, named after the article', async () => {
  const { page, problems, requests } = await openPage();
  await paste(page, STORY);
  await page.click('details.exports summary');
  const formats = await page.$$eval('details.exports [data-export]', (buttons) => buttons.map((b) => b.dataset.export));
  assert.deepEqual(formats, ['json', 'csv', 'csv-mentions', 'csv-relations', 'csv-quotes', 'brat', 'displacy', 'gexf']);
  for (const format of formats) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
    const content = readFileSync(await download.path(), 'utf8');
    assert.match(download.suggestedFilename(), /^ferry-deal-signed\./, format);
    if (format === 'json') {
      assert.deepEqual(JSON.parse(content), cli(STORY));
    } else {
      assert.equal(content, native(format, STORY), format);
    }
  }
  assert.match(await page.textContent('#export-status'), /^Saved ferry-deal-signed\.gexf\.$/);
  await page.screenshot({ path: join(screenshotDir, 'page-exports.png') });
  for (const url of requests) assert.ok(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'), url);
  assert.deepEqual(problems, []);
  await page.close();
});
