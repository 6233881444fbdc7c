// Browser end-to-end tests of the page: reading an article (highlights, legend, lists, entity card,
// timeline, date), long texts, opening files, share links and offline use. The harness (harness.mjs)
// serves build/web and drives Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTICLE, cli, context, longArticle, openPage, origin, paste, root, screenshotDir, startLongTasks, stopLongTasks, webDir,
} from './harness.mjs';

test('an article gets highlighted mentions with types and entities', async () => {
  const { page, requests, problems, loadMs } = await openPage();
  await paste(page, ARTICLE);
  const marks = await page.$$eval('#highlighted mark[data-type]', (elements) =>
    elements.map((e) => ({ type: e.dataset.type, entity: e.dataset.entity, text: e.textContent })));
  const find = (text) => marks.find((m) => m.text === text);
  assert.equal(find('Tuesday, April 24th 2018')?.type, 'DATE');
  assert.equal(find('$5 million')?.type, 'MONEY');
  assert.equal(find('4.5%')?.type, 'PERCENT');
  for (const mark of marks) assert.match(mark.entity, /^\d+$/);
  // The highlighted copy holds exactly the pasted text.
  assert.equal(await page.textContent('#highlighted'), ARTICLE);
  // Every type in the text has a legend chip, and the entity list names them.
  const chips = await page.$$eval('#legend button', (elements) => elements.map((e) => e.dataset.type));
  assert.ok(chips.includes('DATE') && chips.includes('MONEY'));
  assert.ok((await page.textContent('#entity-list')).includes('$5 million'));
  for (const url of requests) assert.ok(url.startsWith(origin) || url.startsWith('data:'), `request left the origin: ${url}`);
  // The worker asks for the model by the name the build gave it, without reading lede-model.json first
  // (one round trip less before the first result; scripts/build.sh, web/worker.js).
  const modelFile = JSON.parse(readFileSync(join(webDir, 'lede-model.json'), 'utf8')).file;
  if (modelFile) assert.ok(requests.some((url) => url.endsWith(`/${modelFile}`)), JSON.stringify(requests));
  assert.ok(!requests.some((url) => url.endsWith('/lede-model.json')), JSON.stringify(requests));
  assert.deepEqual(problems, []);
  const firstResultMs = Number(await page.getAttribute('body', 'data-first-result-ms'));
  assert.ok(firstResultMs > 0);
  console.log(`# navigation to first result: ${firstResultMs} ms in the page (${loadMs} ms measured by the test)`);
  await page.close();
});

test('a screen reader hears the words and plain type names, not "ISLAMABADGPE" or "PERSON15"', async () => {
  const { page } = await openPage();
  await paste(page, 'ISLAMABAD: Finance Minister Nadia Rana met bankers on Tuesday.');
  const text = await page.locator('#highlighted').ariaSnapshot();
  assert.match(text, /- mark: ISLAMABAD\n/);
  assert.match(text, /- mark: Nadia Rana\n/);
  assert.doesNotMatch(text, /GPE|PERSON|DATE/);
  const legend = await page.locator('#legend').ariaSnapshot();
  assert.match(legend, /button "People 1 marked" \[pressed\]/);
  assert.doesNotMatch(legend, /button "[A-Z]+\d/);
  assert.equal(await page.getAttribute('#highlighted mark[data-type="GPE"]', 'aria-description'), 'Country or city');
  await page.close();
});

test('the legend hides a type and an entity lights up its mentions', async () => {
  const { page } = await openPage();
  await paste(page, `${ARTICLE}\n\nA second offer of $5 million followed.`);
  await page.click('#legend button[data-type="MONEY"]');
  assert.equal(await page.getAttribute('#legend button[data-type="MONEY"]', 'aria-pressed'), 'false');
  const hidden = await page.$$eval('#highlighted mark[data-type="MONEY"]', (els) => els.every((e) => e.classList.contains('hidden-type')));
  assert.ok(hidden);
  await page.click('#legend button[data-type="MONEY"]');
  const entityButton = page.locator('#entity-list button', { hasText: '$5 million' });
  await entityButton.click();
  const selected = await page.$$eval('#highlighted mark.selected', (els) => els.map((e) => e.textContent));
  assert.deepEqual(selected, ['$5 million', '$5 million']);
  // The design's hook for the selected entity's mentions.
  assert.deepEqual(await page.$$eval('#highlighted [data-selected]', (els) => els.map((e) => e.textContent)), selected);
  await entityButton.click();  // again: nothing is selected
  assert.equal(await page.$$eval('#highlighted [data-selected], #highlighted mark.selected', (els) => els.length), 0);
  await page.close();
});

test('pasted HTML is shown as text and runs nothing', async () => {
  const { page, problems } = await openPage();
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> It closed on Tuesday.';
  await paste(page, hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('#highlighted img, #highlighted script', (els) => els.length), 0);
  assert.equal(await page.textContent('#highlighted'), hostile);
  assert.equal(await page.textContent('#highlighted mark[data-type="DATE"]'), 'Tuesday');
  assert.deepEqual(problems, []);
  await page.close();
});

// The first analysis in a page (every WebAssembly function's first run) sends the names first: they are
// on screen, the page still busy and no relation listed yet, before the whole result (web/worker.js).
test('the names of the first article are drawn first, its relations and quotes after them', async () => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const look = () => {
      const marks = document.querySelectorAll('#highlighted mark[data-type]').length;
      if (marks === 0) {
        requestAnimationFrame(look);
        return;
      }
      window.firstDrawn = {
        marks,
        state: document.body.dataset.state,
        relations: document.querySelectorAll('#relation-list [data-relation]').length,
        relationsText: document.getElementById('relation-list').textContent,
      };
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${origin}/?example`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 15000 });
  const first = await page.evaluate(() => window.firstDrawn);
  assert.ok(first.marks > 10, JSON.stringify(first));
  assert.equal(first.state, 'busy');
  assert.equal(first.relations, 0);
  assert.match(first.relationsText, /Finding relations/);  // not "No relations found" while they are sought
  const relations = await page.$$eval('#relation-list [data-relation]', (elements) => elements.length);
  assert.ok(relations > 0);
  // The whole result's names are the entities pipeline's (a pronoun may resolve otherwise with the parse).
  const marks = await page.$$eval('#highlighted mark[data-type]', (elements) => elements.length);
  assert.ok(Math.abs(marks - first.marks) <= 2, `${marks} marks after ${first.marks}`);
  await page.close();
});

test('the example article and screenshots in light and dark', async () => {
  const { page, requests } = await openPage();
  await page.click('#example-button');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' && document.querySelectorAll('#highlighted mark').length > 10);
  await page.screenshot({ path: join(screenshotDir, 'page-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(screenshotDir, 'page-dark.png'), fullPage: true });
  for (const url of requests) assert.ok(url.startsWith(origin) || url.startsWith('data:'), `request left the origin: ${url}`);
  await page.close();
});

test('a 300 KB article: the page shows the CLI\'s mentions and entities, keeps drawing, and the newest text wins', async () => {
  const { page, problems } = await openPage();
  const long = longArticle();
  assert.ok(long.length >= 300_000);
  await startLongTasks(page);
  const started = Date.now();
  await page.evaluate((text) => {
    const textarea = document.querySelector('textarea');
    textarea.value = 'An older text from Monday.';
    textarea.dispatchEvent(new Event('input'));
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
  }, long);
  // Progress is shown while it works.
  await page.waitForFunction(() => /Analyzing… \d+%/.test(document.getElementById('status').textContent), null, { timeout: 60000 });
  assert.ok(await page.isVisible('progress[data-progress]'), 'the progress bar shows');
  // Polled on the status line, not on the text: reading 300 KB of marked text is itself a long task.
  await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
    document.getElementById('status').textContent.includes('words'), null, { timeout: 120000, polling: 100 });
  const readyMs = Date.now() - started;
  const longTasks = await stopLongTasks(page);
  const worst = Math.max(0, ...longTasks);
  console.log(`# 300 KB paste: on screen in ${readyMs} ms; ${longTasks.length} long tasks, the longest ${worst.toFixed(0)} ms`);
  writeFileSync(join(screenshotDir, 'long-paste.txt'),
    `${long.length} characters on screen in ${readyMs} ms; longest main-thread task ${worst.toFixed(0)} ms\n`);
  // A task of a second would be a frozen page (the budget, 250 ms, is measured by scripts/bench.sh).
  assert.ok(worst < 1000, `the page froze for ${worst.toFixed(0)} ms`);
  assert.ok(await page.isHidden('progress[data-progress]'), 'the progress bar is gone once the result is drawn');
  await page.screenshot({ path: join(screenshotDir, 'page-long.png') });
  assert.equal(await page.textContent('#highlighted'), long);
  const expected = cli(long);
  const marks = await page.$$eval('#highlighted mark[data-mention]', (elements) =>
    elements.map((e) => [Number(e.dataset.mention), e.dataset.type, e.textContent, e.dataset.entity]));
  assert.equal(marks.length, expected.mentions.length);
  assert.deepEqual(marks, expected.mentions.map((m) => [m.id, m.type, m.text, String(m.entity ?? '')]));
  const entities = await page.$$eval('#entity-list button[data-entity]', (elements) =>
    elements.map((e) => [Number(e.dataset.entity), e.dataset.type, e.querySelector('.count').textContent]));
  entities.sort((a, b) => a[0] - b[0]);
  assert.deepEqual(entities, expected.entities.map((e) => [e.id, e.type, `×${e.mentions.length}`]));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a newer text abandons a long analysis that is under way', async () => {
  const { page, problems } = await openPage();
  const long = longArticle(150_000);  // long enough for several steps
  await page.fill('textarea', long);
  await page.waitForSelector('progress[data-progress]', { timeout: 60000 });
  const short = 'The talks ended on Friday in Geneva.';
  await page.fill('textarea', short);
  await page.waitForFunction((expected) => document.body.dataset.state === 'ready' &&
    document.getElementById('highlighted').textContent === expected, short, { timeout: 60000 });
  // The long text's result never replaces it.
  await page.waitForTimeout(1500);
  assert.equal(await page.textContent('#highlighted'), short);
  assert.equal(await page.textContent('#highlighted mark[data-type="DATE"]'), 'Friday');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a click that redraws while a long result is being drawn still ends in ready', async () => {
  const { page, problems } = await openPage();
  await paste(page, 'Foreign Minister Khawaja Asif met Chinese President Xi Jinping in Beijing on Tuesday.');
  const long = longArticle(150_000);  // thousands of mentions: drawn in slices
  await page.evaluate((text) => {
    const textarea = document.querySelector('textarea');
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
  }, long);
  // While the long result is drawn (the relation list still shows the short text's), a relation is clicked.
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Drawing…', null,
    { timeout: 60000, polling: 'raf' });
  await page.click('#relation-list button[data-relation]');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
    document.getElementById('status').textContent.includes('words'), null, { timeout: 60000, polling: 100 });
  assert.equal(await page.evaluate(() => document.getElementById('highlighted').textContent.length), long.length);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the article date: found in a closing Published line, changed by the reader, found again when emptied', async () => {
  const { page, problems } = await openPage();
  // Written for this test: the credit line closes the article, after enough story that it is not "the top".
  const story = Array.from({ length: 30 }, () => 'The minister spoke to reporters about the plan.').join(' ');
  const text = `Budget passes\n\n${story} The vote came last week.\n\nPublished in Dawn, April 24th, 2018`;
  await paste(page, text);
  const lastWeek = () => page.getAttribute('#highlighted mark[data-type="DATE"]:text-is("last week")', 'data-value');
  assert.equal(await page.inputValue('#document-date'), '2018-04-24');
  assert.match(await page.textContent('#document-date-source'), /Published/);
  assert.equal(await lastWeek(), '2018-W16');
  // The reader sets another date: "last week" is counted from it.
  await page.fill('#document-date', '2019-01-10');
  await page.dispatchEvent('#document-date', 'change');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
    /set by you/.test(document.getElementById('document-date-source').textContent));
  assert.equal(await lastWeek(), '2019-W01');
  assert.equal(await page.inputValue('#document-date'), '2019-01-10');
  // Emptied, the field shows the date found in the text again.
  await page.fill('#document-date', '');
  await page.dispatchEvent('#document-date', 'change');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
    /Published/.test(document.getElementById('document-date-source').textContent));
  await page.locator('#article').focus();
  assert.equal(await lastWeek(), '2018-W16');
  assert.equal(await page.inputValue('#document-date'), '2018-04-24');
  assert.deepEqual(problems, []);
  await page.close();
});

test("a dateline without its year takes the reader's year", async () => {
  const { page, problems } = await openPage();
  // Written for this test: wire copy states the day alone; every 1 January up to today is this year's.
  await paste(page, 'NAIROBI, Jan 1 (Reuters) - The central bank cut its main rate on Tuesday, officials said.');
  const year = await page.evaluate(() => new Date().getFullYear());
  assert.equal(await page.inputValue('#document-date'), `${year}-01-01`);
  assert.match(await page.textContent('#document-date-source'), /dateline/);
  const tuesday = await page.getAttribute('#highlighted mark[data-type="DATE"]:text-is("Tuesday")', 'data-value');
  assert.match(tuesday, new RegExp(`^(${year}|${year - 1})-(12|01)-\\d\\d$`));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a share link holds the article and its date, and opening it restores and analyzes them', async () => {
  const { page, problems } = await openPage();
  const text = 'Talks resumed in Geneva last week, said Finance Minister Nadia Rana. “We are close,” she said.';
  await paste(page, text);
  await page.fill('#document-date', '2021-03-04');
  await page.dispatchEvent('#document-date', 'change');
  await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
    /set by you/.test(document.getElementById('document-date-source').textContent));
  await page.click('[data-action=share]');
  await page.waitForFunction(() => location.hash.startsWith('#a='));
  assert.match(await page.textContent('#share-status'), /holds the article's text/);
  const link = await page.evaluate(() => location.href);
  assert.ok(!link.includes('Geneva'), 'the text is compressed, not readable in the address');
  // Opened in another tab: the same article, the same date, analyzed.
  const other = await context.newPage();
  const otherProblems = [];
  other.on('pageerror', (error) => otherProblems.push(error.message));
  await other.goto(link);
  await other.waitForFunction((expected) => document.body.dataset.state === 'ready' &&
    document.getElementById('highlighted').textContent === expected, text);
  assert.equal(await other.inputValue('textarea'), text);
  assert.equal(await other.inputValue('#document-date'), '2021-03-04');
  assert.equal(await other.getAttribute('#highlighted mark[data-type="DATE"]', 'data-value'), '2021-W08');
  assert.deepEqual(otherProblems, []);
  // A damaged link says so, and the page stays usable.
  await other.goto(`${link.slice(0, link.indexOf('#a=') + 12)}`);
  await other.reload();
  await other.waitForSelector('body[data-state="error"]');
  assert.match(await other.textContent('#error'), /link is damaged/);
  await paste(other, 'It closed on Tuesday.');
  assert.equal(await other.isHidden('#error'), true);
  await other.close();
  // An article too long for a link gets a clear message instead.
  const long = Array.from({ length: 60000 }, (_, i) => `w${(i * 7919) % 100003}`).join(' ');
  await page.fill('textarea', long);
  await page.click('[data-action=share]');
  await page.waitForFunction(() => /too long for a link/.test(document.getElementById('share-status').textContent));
  assert.deepEqual(problems, []);
  await page.close();
});

test('after one visit the page loads and analyzes with the network off', async () => {
  const { page } = await openPage();
  // The service worker is registered after the first result and caches the site.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === 'activated';
  }, null, { timeout: 30000 });
  await context.setOffline(true);
  try {
    const offline = await context.newPage();
    const failed = [];
    const requested = [];
    offline.on('requestfailed', (request) => failed.push(request.url()));
    offline.on('request', (request) => requested.push(request.url()));
    await offline.goto(`${origin}/`);
    await offline.waitForSelector('body[data-state="ready"]', { timeout: 30000 });
    await paste(offline, ARTICLE);
    assert.equal(await offline.textContent('#highlighted mark[data-type="MONEY"]'), '$5 million');
    assert.deepEqual(failed, []);
    for (const url of requested) assert.ok(url.startsWith(origin), `request left the origin: ${url}`);
    await offline.close();
  } finally {
    await context.setOffline(false);
  }
  await page.close();
});

test('opening a file: HTML reduced to its article (nothing in it runs or loads), Markdown without markup, text as is', async () => {
  const { page, problems, requests } = await openPage();
  // Written for this test: a news page with navigation, a script, an outside image and a style sheet.
  const paragraphs = [
    'ISLAMABAD: Finance Minister Nadia Rana presented the budget to the National Assembly on Wednesday, promising to cut the deficit.',
    'The budget sets aside Rs 2.1 trillion for defence and Rs 1.4 trillion for development spending, officials said.',
    'Opposition leader Umar Farooq Khattak said his party would vote against it when the house meets next week.',
  ];
  const html = `<!doctype html><html><head><title>Budget passes | The Daily Example</title>
    <link rel="stylesheet" href="https://cdn.example.com/site.css"><script>window.__ran = 1</script></head>
    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a> Subscribe now</nav>
    <article><h1>Budget passes</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}
    <img src="https://images.example.com/photo.jpg" onerror="window.__ran = 2"></article>
    <footer>Copyright The Daily Example. Cookie settings.</footer></body></html>`;
  await page.setInputFiles('#open-file', { name: 'budget.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.body.dataset.state === 'ready' &&
    document.querySelector('textarea').value.includes('Khattak'), null, { timeout: 30000 });
  const text = await page.inputValue('textarea');
  for (const paragraph of paragraphs) assert.ok(text.includes(paragraph), paragraph);
  for (const chrome of ['Subscribe now', 'Cookie settings', 'Sport']) assert.ok(!text.includes(chrome), `kept "${chrome}"`);
  assert.ok(text.includes('\n\n'), 'paragraphs stay apart');
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  for (const url of requests) assert.ok(url.startsWith(origin), `request left the origin: ${url}`);
  assert.equal(await page.textContent('#highlighted mark[data-type="PERSON"]'), 'Nadia Rana');
  // Markdown: the words without the markup.
  const markdown = '# Talks resume\n\n**Negotiators** met in [Geneva](https://example.com/geneva) on _Tuesday_.\n';
  await page.setInputFiles('#open-file', { name: 'talks.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await page.waitForFunction(() => document.querySelector('textarea').value.startsWith('Talks resume'));
  assert.equal(await page.inputValue('textarea'), 'Talks resume\n\nNegotiators met in Geneva on Tuesday.\n');
  // Plain text: as it is.
  const plain = 'It closed on Tuesday. *Not* markup here.';
  await page.setInputFiles('#open-file', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from(plain) });
  await page.waitForFunction((expected) => document.querySelector('textarea').value === expected, plain);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the entity card: everything about the selected entity; its mentions reached by click and by the keys n and p', async () => {
  const { page, problems } = await openPage();
  // Written for this test.
  const text = 'LAHORE: Finance Minister Nadia Rana presented the budget on Wednesday.\n\n' +
    '“We will not raise taxes this year,” Rana told reporters. Critics said Rana had no plan.\n\n' +
    'Later, Rana met the governor of the central bank.';
  await paste(page, text);
  const listed = page.locator('#entity-list button[data-type="PERSON"]').first();
  const count = Number((await listed.locator('.count').textContent()).replace('×', ''));
  await listed.click();
  const card = page.locator('[data-entity-card]');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.locator('.card-name').textContent(), 'Nadia Rana');
  assert.match(await card.locator('.card-facts').textContent(), new RegExp(`^Person · ${count} mentions`));
  assert.match(await card.textContent(), /Finance Minister/);
  const mentions = await card.locator('.card-mention').allTextContents();
  assert.equal(mentions.length, count);
  assert.ok(count >= 4, `Nadia Rana is named four times (${count} mentions)`);
  assert.ok(mentions.some((m) => /“We will not raise taxes this year,” Rana told/.test(m)), JSON.stringify(mentions));
  assert.ok(await card.locator('.card-quote').count() >= 1, 'her quote is on the card');
  // A mention in the card goes to it in the text.
  await card.locator('.card-mention').nth(2).click();
  const current = () => page.evaluate(() => {
    const mark = document.querySelector('#highlighted mark.current');
    return mark && { id: mark.dataset.mention, focused: document.activeElement === mark };
  });
  const third = await current();
  assert.equal(third.focused, true);
  assert.equal(third.id, await card.locator('.card-mention').nth(2).getAttribute('data-mention'));
  // The keys step on, and around.
  const mentionId = (index) => card.locator('.card-mention').nth(index).getAttribute('data-mention');
  await page.keyboard.press('n');
  assert.equal((await current()).id, await mentionId(3));
  for (let i = 4; i <= count; i += 1) await page.keyboard.press('n');
  assert.equal((await current()).id, await mentionId(0));
  await page.keyboard.press('p');
  assert.equal((await current()).id, await mentionId(count - 1));
  await page.screenshot({ path: join(screenshotDir, 'page-entity-card.png') });
  // An edit keeps the card of the same entity; another article drops it.
  await paste(page, `${text} Rana left.`);
  assert.equal(await card.locator('.card-name').textContent(), 'Nadia Rana');
  await paste(page, 'The talks in Geneva ended on Friday without a deal.');
  assert.equal(await card.isHidden(), true);
  await paste(page, text);
  await listed.click();
  // Closing the card clears the selection.
  await card.locator('.card-close').click();
  assert.equal(await card.isHidden(), true);
  assert.equal(await page.$$eval('#highlighted [data-selected]', (els) => els.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the timeline puts dated relations and quotes on a date axis; an item selects its relation or quote', async () => {
  const { page, problems } = await openPage();
  // Written for this test.
  const text = 'ISLAMABAD: Foreign Minister Khawaja Asif met Chinese President Xi Jinping in Beijing on March 3, 2021.\n\n' +
    'In June 2021, Asif visited Moscow, where he met Russian Foreign Minister Sergei Lavrov.\n\n' +
    '"We are close to a deal," Lavrov said on July 9, 2021.';
  await paste(page, text);
  const dots = await page.$$eval('[data-timeline] .timeline-dot', (elements) => elements.map((e) => ({
    date: e.dataset.date, kind: e.dataset.kind, left: parseFloat(e.style.left) })));
  const items = await page.$$eval('[data-timeline] li [data-date]', (elements) => elements.map((e) => e.dataset.date));
  assert.ok(dots.length >= 3, JSON.stringify(dots));
  assert.deepEqual(dots.map((d) => d.date), items, 'one dot per listed item');
  const at = (date) => dots.find((d) => d.date === date)?.left;
  assert.equal(at('2021-03-03'), 0);
  assert.equal(at('2021-07-09'), 100);
  // A month stands at its middle: June 15, between March 3 and July 9 (days at their noon).
  const expected = (Date.UTC(2021, 5, 15) - Date.UTC(2021, 2, 3, 12)) / (Date.UTC(2021, 6, 9, 12) - Date.UTC(2021, 2, 3, 12));
  assert.ok(Math.abs(at('2021-06') - expected * 100) < 0.5, `June 2021 at ${at('2021-06')}%`);
  // The quote's item selects the quote; a relation's item selects the relation.
  await page.click('[data-timeline] li [data-kind="quote"]');
  assert.equal(await page.getAttribute('#quote-list button[data-quote="0"]', 'aria-pressed'), 'true');
  await page.click('[data-timeline] li [data-kind="relation"][data-date="2021-06"]');
  await page.waitForFunction(() => document.querySelectorAll('#highlighted mark.relation-arg').length > 0);
  assert.equal(await page.$$eval('#relation-list button[aria-pressed="true"]', (els) => els.length), 1);
  await page.locator('[data-timeline]').screenshot({ path: join(screenshotDir, 'page-timeline.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('relations are listed beside the entities and light up their mentions and evidence', async () => {
  const { page, problems } = await openPage();
  // Written for this test. The role relation needs no parser; the meeting does, when the model has one.
  const text = 'ISLAMABAD: Foreign Minister Khawaja Asif met Chinese President Xi Jinping in Beijing on Tuesday.\n\n' +
    'The two sides agreed to keep talking.';
  await paste(page, text);
  const items = await page.$$eval('#relation-list button[data-relation]', (elements) =>
    elements.map((e) => ({ id: e.dataset.relation, type: e.dataset.relationType, text: e.textContent })));
  const role = items.find((item) => item.type === 'role' && item.text.startsWith('Khawaja Asif'));
  assert.ok(role, JSON.stringify(items));
  assert.ok(role.text.includes('Foreign Minister'), role.text);
  assert.ok(role.text.includes('Foreign Minister Khawaja Asif met Chinese President Xi Jinping'), 'the evidence sentence is shown');
  // The relation's mentions are marked in the text.
  const related = await page.$$eval('#highlighted mark.related', (elements) => elements.map((e) => e.textContent));
  assert.ok(related.includes('Khawaja Asif') && related.includes('Foreign Minister'), JSON.stringify(related));
  // Selecting it lights up its two mentions and its evidence, and leaves the text as it was.
  await page.click(`#relation-list button[data-relation="${role.id}"]`);
  assert.equal(await page.getAttribute(`#relation-list button[data-relation="${role.id}"]`, 'aria-pressed'), 'true');
  const argumentsMarked = await page.$$eval('#highlighted mark.relation-arg', (elements) => elements.map((e) => e.textContent));
  assert.deepEqual(argumentsMarked.sort(), ['Foreign Minister', 'Khawaja Asif']);
  const evidence = await page.$$eval('#highlighted .evidence', (elements) => elements.map((e) => e.textContent).join(''));
  assert.equal(evidence, 'Foreign Minister Khawaja Asif');
  assert.equal(await page.textContent('#highlighted'), text);
  const met = items.find((item) => item.type === 'met');
  if (met) {
    assert.match(met.text, /^Khawaja Asif.*met.*Xi Jinping/);
    await page.click(`#relation-list button[data-relation="${met.id}"]`);
    const marked = await page.$$eval('#highlighted mark.relation-arg', (elements) => elements.map((e) => e.textContent));
    assert.deepEqual(marked.sort(), ['Khawaja Asif', 'Xi Jinping']);
  } else {
    console.log('# the model has no parser: no meeting relation to check');
  }
  await page.screenshot({ path: join(screenshotDir, 'page-relations.png'), fullPage: true });
  // Selecting it again clears the selection.
  await page.click(`#relation-list button[data-relation="${met ? met.id : role.id}"]`);
  assert.equal(await page.$$eval('#highlighted mark.relation-arg, #highlighted .evidence', (els) => els.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('quotes are listed with their speakers; selecting one lights up the quote and the speaker', async () => {
  const { page, problems } = await openPage();
  // Written for this test.
  const text = 'LAHORE: Finance Minister Nadia Rana presented the budget on Wednesday, June 12, 2024.\n\n' +
    '“We will not raise taxes this year,” Rana told reporters. “The deficit will fall,” a senior official said.';
  await paste(page, text);
  const items = await page.$$eval('#quote-list button[data-quote]', (elements) =>
    elements.map((e) => ({ id: e.dataset.quote, speaker: e.querySelector('.speaker').textContent,
      words: e.querySelector('.words').textContent })));
  const rana = items.find((item) => item.words === 'We will not raise taxes this year');
  assert.ok(rana, JSON.stringify(items));
  assert.equal(rana.speaker, 'Nadia Rana');
  const unnamed = items.find((item) => item.words === 'The deficit will fall');
  assert.equal(unnamed?.speaker, 'a senior official');
  // Selecting the quote highlights its words and its speaker's mention; the text stays as it was.
  await page.click(`#quote-list button[data-quote="${rana.id}"]`);
  assert.equal(await page.getAttribute(`#quote-list button[data-quote="${rana.id}"]`, 'aria-pressed'), 'true');
  const highlighted = await page.evaluate(() => {
    const quote = CSS.highlights.get('lede-quote');
    const speaker = CSS.highlights.get('lede-quote-speaker');
    return { quote: [...quote].map((r) => r.toString()), speaker: [...speaker].map((r) => r.toString()) };
  });
  assert.deepEqual(highlighted.quote, ['We will not raise taxes this year']);
  assert.deepEqual(highlighted.speaker, ['Rana']);
  assert.deepEqual(await page.$$eval('#highlighted mark.quote-speaker', (els) => els.map((e) => e.textContent)), ['Rana']);
  assert.equal(await page.textContent('#highlighted'), text);
  // Hovering a date shows its normalized value.
  const dateTitle = await page.getAttribute('#highlighted mark[data-type="DATE"]', 'title');
  assert.match(dateTitle, /2024-06-12/);
  await page.screenshot({ path: join(screenshotDir, 'page-quotes.png'), fullPage: true });
  // Selecting it again clears both highlights.
  await page.click(`#quote-list button[data-quote="${rana.id}"]`);
  assert.equal(await page.evaluate(() => CSS.highlights.has('lede-quote')), false);
  assert.equal(await page.$$eval('#highlighted mark.quote-speaker', (els) => els.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
