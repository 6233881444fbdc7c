// The reader's corrections: retype, rename, merge or remove an entity, split a mention off or remove it,
// add a mention from a text selection, remove a relation. A correction is kept as an operation anchored on
// character spans of the text (UTF-16, as the page's results count), never on ids, so it applies again to
// a new analysis of the same text, even by a newer model: applyCorrections() replays the list on a fresh
// result and returns a corrected lede/1 result whose ids are renumbered and hold together (the core's
// exporters check that). A correction whose anchor is gone is skipped.
//
// Kept per article in IndexedDB (storage.js, store "corrections"), keyed by a SHA-256 of the text.
import { transact } from './storage.js';

// --- applying ----------------------------------------------------------------------------------------

const sameSpan = (item, span) => item.start === span.start && item.end === span.end;

// The corrected copy of `result` for `text` (the input is left as it was). Changed mentions, entities and
// relations carry `corrected: true`.
export function applyCorrections(result, text, corrections) {
  if (!corrections?.length) return result;
  const work = structuredClone(result);
  const mentions = work.mentions.map((mention) => ({ ...mention }));   // .removed marks a deletion
  const entities = new Map(work.entities.map((entity) => [entity.id, { ...entity }]));
  let relations = work.relations.map((relation) => ({ ...relation }));
  let nextEntity = work.entities.length;
  const mentionAt = (span) => mentions.find((m) => !m.removed && span && sameSpan(m, span));
  const entityOf = (span) => {
    const mention = mentionAt(span);
    return mention ? entities.get(mention.entity) : undefined;
  };
  const dropRelationsOf = (test) => { relations = relations.filter((r) => !test(r)); };
  const removeEntity = (entity) => {
    for (const m of mentions) if (m.entity === entity.id) m.removed = true;
    dropRelationsOf((r) => r.subject === entity.id || r.object === entity.id);
    for (const quote of work.quotes) {
      if (quote.speaker === entity.id) { quote.speaker = null; quote.speaker_mention = null; }
    }
    entities.delete(entity.id);
  };

  for (const c of corrections) {
    switch (c.op) {
      case 'retype': {
        const entity = entityOf(c.mention);
        if (!entity) break;
        entity.type = c.type;
        entity.corrected = true;
        for (const m of mentions) if (m.entity === entity.id) { m.type = c.type; m.corrected = true; }
        break;
      }
      case 'rename': {
        const entity = entityOf(c.mention);
        if (entity && c.name.trim()) { entity.name = c.name.trim(); entity.corrected = true; }
        break;
      }
      case 'merge': {
        const from = entityOf(c.mention);
        const into = entityOf(c.into);
        if (!from || !into || from === into) break;
        for (const m of mentions) if (m.entity === from.id) { m.entity = into.id; m.type = m.pronoun ? into.type : m.type; m.corrected = true; }
        for (const r of relations) {
          if (r.subject === from.id) { r.subject = into.id; r.corrected = true; }
          if (r.object === from.id) { r.object = into.id; r.corrected = true; }
        }
        for (const quote of work.quotes) if (quote.speaker === from.id) quote.speaker = into.id;
        into.titles = [...new Set([...(into.titles ?? []), ...(from.titles ?? [])])];
        into.salience = Math.max(into.salience, from.salience);
        into.corrected = true;
        entities.delete(from.id);
        break;
      }
      case 'split': {
        const mention = mentionAt(c.mention);
        if (!mention) break;
        const others = mentions.filter((m) => !m.removed && m.entity === mention.entity && m !== mention);
        if (others.length === 0) break;   // already alone
        const entity = { id: nextEntity++, type: mention.type, name: mention.text, mentions: [], titles: [], salience: 0, corrected: true };
        entities.set(entity.id, entity);
        mention.entity = entity.id;
        mention.corrected = true;
        for (const r of relations) {
          if (r.subject_mention === mention.id) { r.subject = entity.id; r.corrected = true; }
          if (r.object_mention === mention.id) { r.object = entity.id; r.corrected = true; }
        }
        for (const quote of work.quotes) if (quote.speaker_mention === mention.id) quote.speaker = entity.id;
        break;
      }
      case 'remove-mention': {
        const mention = mentionAt(c.mention);
        if (!mention) break;
        mention.removed = true;
        dropRelationsOf((r) => r.subject_mention === mention.id || r.object_mention === mention.id);
        for (const quote of work.quotes) if (quote.speaker_mention === mention.id) quote.speaker_mention = null;
        const entity = entities.get(mention.entity);
        if (entity && !mentions.some((m) => !m.removed && m.entity === entity.id)) removeEntity(entity);
        break;
      }
      case 'remove-entity': {
        const entity = entityOf(c.mention);
        if (entity) removeEntity(entity);
        break;
      }
      case 'add-mention': {
        const { start, end, type } = c;
        if (!(start < end && end <= text.length)) break;
        if (mentions.some((m) => !m.removed && m.start < end && start < m.end)) break;   // mentions never overlap
        const words = text.slice(start, end);
        let entity = [...entities.values()].find((e) => e.type === type && e.name === words);
        if (!entity) {
          entity = { id: nextEntity++, type, name: words, mentions: [], titles: [], salience: 0, corrected: true };
          entities.set(entity.id, entity);
        }
        const sentence = work.sentences.findIndex((s) => s.start <= start && start < s.end);
        mentions.push({ id: `added-${start}`, start, end, text: words, type, entity: entity.id,
          sentence: Math.max(0, sentence), score: 1, corrected: true });
        break;
      }
      case 'remove-relation':
        dropRelationsOf((r) => r.type === c.relation.type && r.predicate === c.relation.predicate &&
          sameSpan(r, c.relation));
        break;
      default:
        break;   // an operation of a later version: left alone
    }
  }
  return renumbered(work, mentions, entities, relations);
}

// The result with the surviving mentions, entities and relations numbered afresh and every reference
// following them.
function renumbered(work, mentions, entities, relations) {
  const kept = mentions.filter((m) => !m.removed && entities.has(m.entity)).sort((a, b) => a.start - b.start);
  const mentionId = new Map(kept.map((m, index) => [m.id, index]));
  const firstStart = new Map();
  for (const m of kept) if (!firstStart.has(m.entity)) firstStart.set(m.entity, m.start);
  const order = [...entities.values()].filter((e) => firstStart.has(e.id))
    .sort((a, b) => firstStart.get(a.id) - firstStart.get(b.id));
  const entityId = new Map(order.map((e, index) => [e.id, index]));
  const mapMention = (id) => (id === null || id === undefined || !mentionId.has(id) ? null : mentionId.get(id));
  const mapEntity = (id) => (id === null || id === undefined || !entityId.has(id) ? null : entityId.get(id));

  work.mentions = kept.map((m) => {
    const { removed, ...mention } = m;
    return { ...mention, id: mentionId.get(m.id), entity: entityId.get(m.entity) };
  });
  work.entities = order.map((e) => ({
    ...e, id: entityId.get(e.id), mentions: work.mentions.filter((m) => m.entity === entityId.get(e.id)).map((m) => m.id),
  }));
  const relationId = new Map();
  work.relations = relations
    .filter((r) => entityId.has(r.subject) && (r.object === null || r.object === undefined || entityId.has(r.object)))
    .map((r, index) => {
      relationId.set(r.id, index);
      return { ...r, id: index, subject: mapEntity(r.subject), object: mapEntity(r.object),
        subject_mention: mapMention(r.subject_mention), object_mention: mapMention(r.object_mention) };
    });
  work.quotes = work.quotes.map((q) => ({ ...q, speaker: mapEntity(q.speaker), speaker_mention: mapMention(q.speaker_mention) }));
  work.dates = (work.dates ?? []).filter((d) => mentionId.has(d.mention)).map((d) => ({ ...d, mention: mentionId.get(d.mention) }));
  work.timeline = (work.timeline ?? []).filter((t) => t.kind !== 'relation' || relationId.has(t.index))
    .map((t) => (t.kind === 'relation' ? { ...t, index: relationId.get(t.index) } : t));
  return work;
}

// --- what a correction says, for the list of corrections ---------------------------------------------

export function describeCorrection(c, text) {
  const words = (span) => (span ? `“${text.slice(span.start, span.end)}”` : '');
  switch (c.op) {
    case 'retype': return `${words(c.mention)} is ${c.type}`;
    case 'rename': return `${words(c.mention)} is named “${c.name}”`;
    case 'merge': return `${words(c.mention)} is ${words(c.into)}`;
    case 'split': return `${words(c.mention)} is someone else`;
    case 'remove-mention': return `${words(c.mention)} is no name`;
    case 'remove-entity': return `${words(c.mention)} and its mentions removed`;
    case 'add-mention': return `${words(c)} added as ${c.type}`;
    case 'remove-relation': return `a ${c.relation.type} relation removed`;
    default: return c.op;
  }
}

// --- keeping them ------------------------------------------------------------------------------------

// The key of an article's corrections: the SHA-256 of its text, in hex.
export async function textKey(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The corrections kept for `key` ([] when none).
export async function loadCorrections(key) {
  const entry = await transact(['corrections'], 'readonly', ({ corrections }) => corrections.get(key));
  return Array.isArray(entry?.corrections) ? entry.corrections : [];
}

// Keeps `corrections` for `key` (none: the entry is deleted). Rejects with the browser's reason.
export function saveCorrections(key, list) {
  return transact(['corrections'], 'readwrite', ({ corrections }) => (list.length
    ? corrections.put({ key, corrections: list, saved: new Date().toISOString() }) : corrections.delete(key)));
}
