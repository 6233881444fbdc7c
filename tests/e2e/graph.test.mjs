// Browser tests of the entity graph (web/graph.js): what it draws for an article, selecting through it,
// the same-sentence layer, a graph of many entities that stays readable; and the score threshold, which
// thins the text, the lists and the graph alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cli, openPage, paste, screenshotDir } from './harness.mjs';

// Written for this test: two people, a meeting, a visit and roles, and names that only share sentences.
const STORY = `ISLAMABAD: Foreign Minister Khawaja Asif met Chinese President Xi Jinping in Beijing on Tuesday.

Asif later visited Shanghai, where he spoke to students at Fudan University.

Xi said the two countries would work together. Officials from the World Bank and Japan attended the talks.`;

const VALUE_TYPES = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']);

// The graph as drawn: nodes (entity id, type, label, position, radius) and edges (relation id).
async function drawnGraph(page) {
  return page.$eval('svg[data-graph]', (svg) => ({
    nodes: [...svg.querySelectorAll('[data-node]')].map((node) => {
      const circle = node.querySelector('circle');
      const matrix = node.transform.baseVal.consolidate().matrix;
      return { id: Number(node.dataset.entity), type: node.dataset.type, label: node.textContent,
        x: matrix.e, y: matrix.f, r: Number(circle.getAttribute('r')) };
    }),
    edges: [...svg.querySelectorAll('[data-edge]')].map((edge) => ({
      id: Number(edge.dataset.relation), label: edge.querySelector('text').textContent })),
    cooccurrences: svg.querySelectorAll('[data-cooccurrence]').length,
  }));
}

test('the graph draws the entities and relations the CLI finds; a node or an edge selects everywhere', async () => {
  const { page, problems } = await openPage();
  await paste(page, STORY);
  await page.waitForSelector('svg[data-graph] [data-node]');
  const result = cli(STORY);
  const graph = await drawnGraph(page);
  // Every named entity is a node of its type, sized by salience; values (the date) are not.
  const named = result.entities.filter((entity) => !VALUE_TYPES.has(entity.type));
  assert.deepEqual(graph.nodes.map((node) => node.id).sort((a, b) => a - b), named.map((entity) => entity.id));
  for (const node of graph.nodes) assert.equal(node.type, result.entities[node.id].type);
  // ... and named as the entity: the made-up graph the page lays out while the first analysis runs
  // (graph.js warmUp) never shows.
  for (const node of graph.nodes) assert.ok(node.label.includes(result.entities[node.id].name), node.label);
  assert.equal(await page.$$eval('svg[data-graph]', (svgs) => svgs.length), 1);
  const bySalience = [...graph.nodes].sort((a, b) => result.entities[b.id].salience - result.entities[a.id].salience);
  assert.ok(bySalience[0].r > bySalience.at(-1).r, 'the most salient node is drawn larger than the least');
  // Every relation between two drawn entities is an edge, labelled with its predicate.
  const drawable = result.relations.filter((r) => r.object !== null && r.object !== undefined &&
    named.some((e) => e.id === r.subject) && named.some((e) => e.id === r.object) && r.subject !== r.object);
  assert.ok(drawable.length > 0, 'the story has relations between names');
  assert.deepEqual(graph.edges.map((edge) => edge.id).sort((a, b) => a - b), drawable.map((r) => r.id).sort((a, b) => a - b));
  for (const edge of graph.edges) assert.ok(edge.label.length > 0);

  // A node selects its entity in the text, the list and the card.
  const asif = result.entities.find((entity) => entity.name === 'Khawaja Asif');
  assert.ok(asif, JSON.stringify(result.entities.map((e) => e.name)));
  await page.click(`svg[data-graph] [data-node][data-entity="${asif.id}"]`);
  const selectedMarks = await page.$$eval('#highlighted [data-selected]', (els) => els.map((e) => e.dataset.entity));
  assert.equal(selectedMarks.length, asif.mentions.length);
  assert.ok(selectedMarks.every((id) => id === String(asif.id)));
  assert.equal(await page.getAttribute(`#entity-list button[data-entity="${asif.id}"]`, 'aria-pressed'), 'true');
  assert.equal(await page.textContent('[data-entity-card] h3, [data-entity-card] h2'), 'Khawaja Asif');
  assert.ok(await page.$(`svg[data-graph] [data-node][data-entity="${asif.id}"][data-selected]`));
  // His edges are marked with him.
  const asifEdges = drawable.filter((r) => r.subject === asif.id || r.object === asif.id).map((r) => String(r.id)).sort();
  const markedEdges = await page.$$eval('svg[data-graph] [data-edge][data-selected]', (els) => els.map((e) => e.dataset.relation).sort());
  assert.deepEqual(markedEdges, asifEdges);
  await page.screenshot({ path: join(screenshotDir, 'graph-selected-node.png'), fullPage: true });
  await page.locator('.graph-pane').screenshot({ path: join(screenshotDir, 'graph-small.png') });
  // By keyboard too: Enter on a focused node selects it (and selecting it again clears the selection).
  await page.focus(`svg[data-graph] [data-node][data-entity="${asif.id}"]`);
  await page.keyboard.press('Enter');
  assert.equal(await page.$$eval('#highlighted [data-selected]', (els) => els.length), 0);

  // An edge selects its relation: the list's button is pressed and its two mentions are lit up.
  const relation = drawable[0];
  await page.click(`svg[data-graph] [data-edge][data-relation="${relation.id}"] .graph-edge-label`);
  await page.waitForFunction((id) => document.body.dataset.state === 'ready' &&
    document.querySelector(`#relation-list button[data-relation="${id}"]`)?.getAttribute('aria-pressed') === 'true', relation.id);
  const args = await page.$$eval('#highlighted mark.relation-arg', (els) => els.map((e) => e.dataset.entity));
  assert.ok(args.includes(String(relation.subject)) && args.includes(String(relation.object)), JSON.stringify(args));
  assert.ok(await page.$(`svg[data-graph] [data-edge][data-relation="${relation.id}"][data-selected]`));

  // The legend hides a type in the graph too.
  const gpeNodes = graph.nodes.filter((node) => node.type === 'GPE').length;
  assert.ok(gpeNodes > 0);
  await page.click('#legend button[data-type="GPE"]');
  assert.equal((await drawnGraph(page)).nodes.filter((node) => node.type === 'GPE').length, 0);
  await page.click('#legend button[data-type="GPE"]');
  assert.equal((await drawnGraph(page)).nodes.filter((node) => node.type === 'GPE').length, gpeNodes);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the same-sentence layer links the names that share a sentence, when the reader asks for it', async () => {
  const { page } = await openPage();
  await paste(page, STORY);
  await page.waitForSelector('svg[data-graph] [data-node]');
  assert.equal(await page.isVisible('svg[data-graph] [data-cooccurrence]'), false);
  await page.check('#graph-cooccurrence');
  const lines = await page.$$eval('svg[data-graph] [data-cooccurrence]', (els) => els.map((e) => e.dataset.cooccurrence));
  // Expected from the CLI's result: pairs of drawn entities with mentions in one sentence.
  const result = cli(STORY);
  const named = new Set(result.entities.filter((entity) => !VALUE_TYPES.has(entity.type)).map((entity) => entity.id));
  const expected = new Set();
  for (const sentence of result.sentences) {
    const ids = [...new Set(result.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end &&
      named.has(m.entity)).map((m) => m.entity))].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; ++i) for (let j = i + 1; j < ids.length; ++j) expected.add(`${ids[i]}-${ids[j]}`);
  }
  assert.deepEqual(lines.sort(), [...expected].sort());
  assert.equal(await page.isVisible('svg[data-graph] [data-cooccurrence]'), true);
  await page.uncheck('#graph-cooccurrence');
  assert.equal(await page.isVisible('svg[data-graph] [data-cooccurrence]'), false);
  await page.close();
});

// A made-up report naming 200 different people, organizations and places (more than the graph draws).
function manyEntities() {
  const first = ['Amina', 'Boris', 'Chen', 'Dara', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
  const last = ['Okafor', 'Petrov', 'Quispe', 'Rahman', 'Silva', 'Tanaka', 'Ulloa', 'Vargas', 'Weber', 'Yilmaz'];
  const places = ['Lagos', 'Lima', 'Oslo', 'Dhaka', 'Quito', 'Accra', 'Hanoi', 'Porto', 'Tunis', 'Kigali'];
  const lines = [];
  for (let i = 0; i < 100; ++i) {
    const person = `${first[i % 10]} ${last[Math.floor(i / 10)]}`;
    const place = places[(i * 3) % 10];
    lines.push(`${person} met officials of the ${last[i % 10]} ${['Bank', 'Group', 'Trust', 'Union'][i % 4]} ${i + 1} in ${place} on Monday.`);
  }
  return lines.join('\n\n');
}

test('a graph of many entities: at most 150 nodes, none on top of another, and the caption says so', async () => {
  const { page, problems } = await openPage();
  const text = manyEntities();
  await paste(page, text);
  await page.waitForSelector('svg[data-graph] [data-node]');
  const graph = await drawnGraph(page);
  const total = cli(text).entities.filter((entity) => !VALUE_TYPES.has(entity.type)).length;
  assert.ok(total > 150, `${total} entities`);
  assert.equal(graph.nodes.length, 150);
  assert.match(await page.textContent('.graph-caption'), /150 most salient of \d+ entities/);
  // Readable: no two nodes overlap (the layout keeps their circles apart).
  let overlaps = 0;
  for (let i = 0; i < graph.nodes.length; ++i) {
    for (let j = i + 1; j < graph.nodes.length; ++j) {
      const a = graph.nodes[i];
      const b = graph.nodes[j];
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) ++overlaps;
    }
  }
  assert.equal(overlaps, 0);
  // Only the most salient carry a visible name, so the labels do not bury the picture.
  const visibleLabels = await page.$$eval('svg[data-graph] .graph-node-label', (els) => els.filter((e) => !e.hasAttribute('hidden')).length);
  assert.ok(visibleLabels > 0 && visibleLabels <= 40, `${visibleLabels} labels`);
  // The lists above it finish their layout as they come into view: look once they have.
  await page.locator('.graph-pane').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.locator('.graph-pane').screenshot({ path: join(screenshotDir, 'graph-many.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the score threshold hides weak pronoun links and relations in the text, the lists and the graph', async () => {
  const { page, problems } = await openPage();
  // Written for this test: pronouns the resolver links with varying confidence, and relations of varying scores.
  const text = `${STORY}\n\nHe thanked Xi for the visit. She said it went well, and they left for Karachi.`;
  await paste(page, text);
  await page.waitForSelector('svg[data-graph] [data-node]');
  const result = cli(text);
  const scores = [...new Set([...result.relations, ...result.mentions].map((item) => item.score))].sort();
  // A threshold between the scores that occur, reached by the keyboard (steps of 5%).
  const threshold = scores.find((score) => score > scores[0] && score < 1) ?? 0.85;
  const steps = Math.ceil(threshold / 0.05 - 1e-9);
  const cut = Math.round(steps * 5) / 100;
  const hiddenRelations = result.relations.filter((r) => r.score < cut).length;
  const weakMentions = result.mentions.filter((m) => m.score < cut).length;
  assert.ok(hiddenRelations > 0 && weakMentions > 0, `at ${cut}: ${hiddenRelations} relations, ${weakMentions} mentions`);
  await page.focus('#score-threshold');
  for (let i = 0; i < steps; ++i) await page.keyboard.press('ArrowRight');
  assert.equal(await page.textContent('#score-threshold-value'), `${Math.round(cut * 100)}%`);
  await page.waitForFunction((expected) => document.body.dataset.state === 'ready' &&
    document.querySelectorAll('#relation-list button[data-relation]').length === expected,
  result.relations.filter((r) => r.score >= cut).length, { timeout: 10000 });
  const listed = await page.$$eval('#relation-list button[data-relation]', (els) => els.map((e) => Number(e.dataset.relation)));
  assert.deepEqual(listed.sort((a, b) => a - b), result.relations.filter((r) => r.score >= cut).map((r) => r.id));
  const edges = (await drawnGraph(page)).edges.map((edge) => edge.id);
  for (const id of edges) assert.ok(result.relations[id].score >= cut);
  // Weak mentions are shown as plain text; the others keep their highlight.
  const weak = await page.$$eval('#highlighted mark.weak', (els) => els.map((e) => Number(e.dataset.mention)).sort((a, b) => a - b));
  assert.deepEqual(weak, result.mentions.filter((m) => m.score < cut).map((m) => m.id));
  // Back to 0: everything is shown again.
  await page.keyboard.press('Home');
  await page.waitForFunction((expected) => document.body.dataset.state === 'ready' &&
    document.querySelectorAll('#relation-list button[data-relation]').length === expected, result.relations.length);
  assert.equal(await page.$$eval('#highlighted mark.weak', (els) => els.length), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
