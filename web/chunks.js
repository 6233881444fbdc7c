// Long texts are analyzed in chunks of whole paragraphs; the chunk results are merged back into one
// lede/1 result whose offsets and ids refer to the whole text.

export const CHUNK_SIZE = 200_000;  // UTF-16 code units: a chunk is one worker message, so progress moves and a newer request can win between chunks

// Splits at paragraph breaks (else line breaks, else spaces) so that no chunk exceeds `size`.
export function splitIntoChunks(text, size = CHUNK_SIZE) {
  const chunks = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start) cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.lastIndexOf(' ', limit);
    if (cut <= start) cut = limit;
    // Never split a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    chunks.push({ start, text: text.slice(start, cut) });
    start = cut;
  }
  chunks.push({ start, text: text.slice(start) });
  return chunks;
}

const shift = (span, by) => ({ ...span, start: span.start + by, end: span.end + by });

// Merges results of consecutive chunks ({start, result}) into one. Entities with the same type and
// name are one entity across chunks, as they are within one.
export function mergeResults(parts) {
  const first = parts[0].result;
  const merged = { ...first, sentences: [], mentions: [], entities: [], relations: [], quotes: [], dates: [], timeline: [] };
  if (first.tokens) merged.tokens = [];
  const entityByKey = new Map();
  for (const { start, result } of parts) {
    const sentenceBase = merged.sentences.length;
    const mentionBase = merged.mentions.length;
    const tokenBase = merged.tokens ? merged.tokens.length : 0;
    const entityMap = result.entities.map((entity) => {
      const key = `${entity.type}\u0000${entity.name}`;
      let id = entityByKey.get(key);
      if (id === undefined) {
        id = merged.entities.length;
        entityByKey.set(key, id);
        merged.entities.push({ ...entity, id, mentions: [], titles: [...entity.titles] });
      }
      return id;
    });
    const remapEntity = (id) => (id === null || id === undefined ? id : entityMap[id]);
    for (const sentence of result.sentences) merged.sentences.push(shift(sentence, start));
    if (merged.tokens && result.tokens) {
      for (const token of result.tokens) {
        const moved = shift(token, start);
        if (typeof token.head === 'number' && token.head >= 0) moved.head = token.head + tokenBase;
        merged.tokens.push(moved);
      }
    }
    for (const mention of result.mentions) {
      const entity = remapEntity(mention.entity);
      const id = merged.mentions.length;
      merged.mentions.push({ ...shift(mention, start), id, entity, sentence: mention.sentence + sentenceBase });
      if (entity !== null && entity !== undefined) merged.entities[entity].mentions.push(id);
    }
    for (const relation of result.relations) {
      merged.relations.push({
        ...shift(relation, start), id: merged.relations.length,
        subject: remapEntity(relation.subject), object: remapEntity(relation.object),
        subject_mention: relation.subject_mention + mentionBase,
        object_mention: relation.object_mention === null ? null : relation.object_mention + mentionBase,
        sentence: relation.sentence + sentenceBase,
      });
    }
    const relationBase = merged.relations.length - result.relations.length;
    const quoteBase = merged.quotes.length;
    for (const quote of result.quotes) {
      const moved = { ...shift(quote, start), speaker: remapEntity(quote.speaker), sentence: quote.sentence + sentenceBase };
      if (typeof quote.speaker_mention === 'number') moved.speaker_mention = quote.speaker_mention + mentionBase;
      if (typeof quote.speaker_start === 'number') {
        moved.speaker_start = quote.speaker_start + start;
        moved.speaker_end = quote.speaker_end + start;
      }
      merged.quotes.push(moved);
    }
    for (const date of result.dates) merged.dates.push({ ...date, mention: date.mention + mentionBase });
    for (const entry of result.timeline ?? []) {
      merged.timeline.push({ ...entry, index: entry.index + (entry.kind === 'quote' ? quoteBase : relationBase) });
    }
  }
  // Each chunk's timeline is in date order: one date order for the whole text (sort is stable).
  merged.timeline.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const total = Math.max(1, merged.mentions.length);
  for (const entity of merged.entities) entity.salience = Math.round((100 * entity.mentions.length) / total) / 100;
  return merged;
}
