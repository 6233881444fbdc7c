// Node tests of the page's corrections (web/corrections.js): each operation replayed on a fresh result
// gives a lede/1 result that holds together (the core's exporter checks every id and span), says what
// the reader said, and applies again to a new analysis of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../../', import.meta.url);
const { createAnalyzer } = await import(new URL('build/web/lede.js', root));
const { applyCorrections } = await import(new URL('web/corrections.js', root));

// Written for this test.
const TEXT = `ISLAMABAD: Foreign Minister Khawaja Asif met Chinese President Xi Jinping in Beijing on Tuesday.

Asif later visited Shanghai. Xi said the two countries would work together, and Asif thanked him.
The Fudan Group and the World Bank sent observers.`;

const analyzer = await createAnalyzer();
const result = analyzer.analyze(TEXT);
const span = (words, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; ++i) at = TEXT.indexOf(words, at + 1);
  assert.ok(at >= 0, words);
  return { start: at, end: at + words.length };
};
const entityNamed = (r, name) => r.entities.find((e) => e.name === name);
const mentionsOf = (r, entity) => entity.mentions.map((id) => r.mentions[id].text);
// A corrected result must pass the core's own check (export() refuses one that does not hold together).
const holdsTogether = (r) => assert.ok(analyzer.export(r, 'csv').startsWith('id,type,name'));

test('retype and rename an entity, in its mentions too, and mark what changed', () => {
  const fixed = applyCorrections(result, TEXT, [
    { op: 'retype', mention: span('Beijing'), type: 'ORG' },
    { op: 'rename', mention: span('Khawaja Asif'), name: 'Khawaja Muhammad Asif' },
  ]);
  holdsTogether(fixed);
  const beijing = fixed.mentions.find((m) => m.text === 'Beijing');
  assert.equal(beijing.type, 'ORG');
  assert.equal(beijing.corrected, true);
  assert.equal(fixed.entities[beijing.entity].type, 'ORG');
  assert.ok(entityNamed(fixed, 'Khawaja Muhammad Asif'));
  assert.equal(result.mentions.find((m) => m.text === 'Beijing').type, 'GPE', 'the input result is left as it was');
});

test('merge two entities and split a mention off again; relations and quotes follow', () => {
  const shanghai = entityNamed(result, 'Shanghai');
  assert.ok(shanghai);
  const merged = applyCorrections(result, TEXT, [{ op: 'merge', mention: span('Shanghai'), into: span('Beijing') }]);
  holdsTogether(merged);
  assert.equal(merged.entities.length, result.entities.length - 1);
  assert.deepEqual(mentionsOf(merged, entityNamed(merged, 'Beijing')), ['Beijing', 'Shanghai']);
  for (const relation of merged.relations) assert.ok(relation.subject < merged.entities.length);
  const split = applyCorrections(result, TEXT, [
    { op: 'merge', mention: span('Shanghai'), into: span('Beijing') },
    { op: 'split', mention: span('Shanghai') },
  ]);
  holdsTogether(split);
  assert.equal(split.entities.length, result.entities.length);
  assert.deepEqual(mentionsOf(split, entityNamed(split, 'Beijing')), ['Beijing']);
});

test('remove a mention, an entity and a relation; add a mention from a span', () => {
  const asif = entityNamed(result, 'Khawaja Asif');
  const relationsOfAsif = result.relations.filter((r) => r.subject === asif.id || r.object === asif.id);
  assert.ok(relationsOfAsif.length > 0);
  const removed = applyCorrections(result, TEXT, [{ op: 'remove-entity', mention: span('Khawaja Asif') }]);
  holdsTogether(removed);
  assert.equal(entityNamed(removed, 'Khawaja Asif'), undefined);
  assert.equal(removed.relations.length, result.relations.length - relationsOfAsif.length);
  assert.ok(!removed.mentions.some((m) => m.text === 'Asif'));

  const oneLess = applyCorrections(result, TEXT, [{ op: 'remove-mention', mention: span('Asif', 2) }]);
  holdsTogether(oneLess);
  assert.equal(oneLess.mentions.length, result.mentions.length - 1);

  const relation = result.relations[0];
  const noRelation = applyCorrections(result, TEXT, [{ op: 'remove-relation',
    relation: { type: relation.type, predicate: relation.predicate, start: relation.start, end: relation.end } }]);
  holdsTogether(noRelation);
  assert.equal(noRelation.relations.length, result.relations.length - 1);

  const added = applyCorrections(result, TEXT, [
    { op: 'add-mention', ...span('observers'), type: 'NORP' },
    { op: 'add-mention', ...span('ISLAM'), type: 'PERSON' },   // overlaps ISLAMABAD: skipped
  ]);
  holdsTogether(added);
  const observers = added.mentions.find((m) => m.text === 'observers');
  assert.ok(observers && observers.type === 'NORP' && observers.corrected);
  assert.equal(added.entities[observers.entity].name, 'observers');
  assert.equal(added.mentions.length, result.mentions.length + 1);
  // The mentions stay in text order, their ids in that order.
  assert.deepEqual(added.mentions.map((m) => m.id), added.mentions.map((_, i) => i));
  assert.ok(added.mentions.every((m, i) => i === 0 || added.mentions[i - 1].start < m.start));
});

test('corrections apply again to a new analysis of the same text, and a correction whose anchor is gone is skipped', () => {
  const corrections = [{ op: 'retype', mention: span('Beijing'), type: 'ORG' }, { op: 'retype', mention: { start: 1, end: 3 }, type: 'ORG' }];
  const again = applyCorrections(analyzer.analyze(TEXT), TEXT, corrections);
  holdsTogether(again);
  assert.equal(again.mentions.find((m) => m.text === 'Beijing').type, 'ORG');
  assert.deepEqual(applyCorrections(result, TEXT, []), result);
});
