// The library: articles the reader saved on this device ([data-action=save]), listed ([data-library],
// one [data-article] each: reopen, delete), and read together: their entities merged by type and
// canonical name ([data-corpus], one [data-corpus-entity] row each, data-articles = in how many saved
// articles), a graph of the entities that share articles, and the corpus downloads
// ([data-export=corpus-csv|corpus-gexf]). The merge and the files are the core's (analyzer.summarizeCorpus
// and exportCorpus, run in the worker). Everything is kept in IndexedDB (storage.js): the list and the
// corpus read only the small "library" records, so hundreds of saved articles stay quick.
import { transact } from './storage.js';
import { firstLine, VALUE_TYPES } from './dom.js';
import { ask, saveFile } from './exports.js';

const SHOWN_ROWS = 100;   // the corpus table's rows (the download holds them all)

// The article's first line, as a title.
export function titleOf(text) {
  return firstLine(text).slice(0, 120) || 'Untitled';
}

// Saves the article (its text, date, corrected result and corrections) under `key`; a second save of the
// same text replaces the first.
export async function saveArticle({ key, text, result, corrections, date }) {
  const saved = new Date().toISOString();
  const entities = result.entities.filter((e) => !VALUE_TYPES.has(e.type)).map((e) => [e.type, e.name, e.mentions.length]);
  const entry = { key, title: titleOf(text), date: date ?? result.date ?? null, saved, entities };
  await transact(['articles', 'library'], 'readwrite', ({ articles, library }) => {
    articles.put({ key, text, date: entry.date, result, corrections, saved });
    return library.put(entry);
  });
  return entry;
}

// The saved articles' small records, newest first.
export async function listArticles() {
  const entries = await transact(['library'], 'readonly', ({ library }) => library.getAll());
  return entries.sort((a, b) => (a.saved < b.saved ? 1 : a.saved > b.saved ? -1 : 0));
}

export function readArticle(key) {
  return transact(['articles'], 'readonly', ({ articles }) => articles.get(key));
}

export function deleteArticle(key) {
  return transact(['articles', 'library'], 'readwrite', ({ articles, library }) => {
    articles.delete(key);
    return library.delete(key);
  });
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Draws the list and the corpus view into `pane` (library.js owns its insides). `view`: { worker, open(key),
// remove(key), drawGraph(container, result, options) | null }.
export async function renderLibrary(pane, entries, view) {
  const list = pane.querySelector('[data-library]');
  const corpusTable = pane.querySelector('[data-corpus]');
  const caption = pane.querySelector('.corpus-caption');
  pane.querySelector('#library-title').textContent = entries.length ? `Library (${entries.length})` : 'Library';
  if (entries.length === 0) {
    list.replaceChildren(element('li', 'empty', 'Save an article to keep it here, on this device.'));
    corpusTable.replaceChildren();
    caption.textContent = 'Save articles to see the people, places and organizations they share.';
    pane.querySelector('#corpus-graph').replaceChildren();
    return;
  }
  list.replaceChildren(...entries.map((entry) => {
    const item = element('li');
    item.dataset.article = entry.key;
    const open = element('button', 'article-open', entry.title);
    open.type = 'button';
    open.addEventListener('click', () => view.open(entry.key));
    const facts = element('span', 'article-facts',
      `${entry.date ?? 'no date'} · ${entry.entities.length} entit${entry.entities.length === 1 ? 'y' : 'ies'}`);
    const remove = element('button', 'article-delete', 'Delete');
    remove.type = 'button';
    remove.dataset.action = 'delete-article';
    remove.setAttribute('aria-label', `Delete “${entry.title}” from the library`);
    remove.addEventListener('click', () => view.remove(entry.key));
    item.append(open, facts, remove);
    return item;
  }));

  const summary = await ask(view.worker, { type: 'corpus', articles: entries.map((e) => e.entities) });
  const head = element('tr');
  for (const label of ['Entity', 'Type', 'Articles', 'Mentions']) head.append(element('th', null, label));
  const rows = summary.entities.slice(0, SHOWN_ROWS).map((entity) => {
    const row = element('tr');
    row.dataset.corpusEntity = `${entity.type}\t${entity.name}`;
    row.dataset.articles = String(entity.articles);
    row.append(element('td', null, entity.name), element('td', null, entity.type),
      element('td', 'number', String(entity.articles)), element('td', 'number', String(entity.mentions)));
    return row;
  });
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  tbody.append(...rows);
  corpusTable.replaceChildren(thead, tbody);
  caption.textContent = `${summary.entities.length} entities in ${summary.articles} articles` +
    (summary.entities.length > SHOWN_ROWS ? `; the ${SHOWN_ROWS} most widespread shown (the downloads hold all)` : '');
  if (view.drawGraph) {
    await view.drawGraph(pane.querySelector('#corpus-graph'), corpusAsResult(summary), {
      hiddenTypes: new Set(), showCooccurrence: true, onSelectEntity: () => {}, onSelectRelation: () => {},
      caption: 'Lines join entities named in the same articles; the bigger a circle, the more articles name it.',
    });
  }
}

// The merged entities as a lede/1-shaped result for the graph: salience = share of the articles, and each
// pair of entities that share articles a "sentence" they are both named in, so the graph's same-sentence
// layer draws which entities go together across articles.
function corpusAsResult(summary) {
  const top = summary.entities.length;
  const entities = summary.entities.map((e, id) => ({ id, type: e.type, name: e.name, mentions: [],
    titles: [], salience: e.articles / Math.max(1, summary.articles) }));
  const mentions = [];
  const sentences = [];
  // Among many articles, a pair named together once is noise: it takes two then.
  const least = summary.articles > 20 ? 2 : 1;
  for (const [a, b, shared] of summary.pairs) {
    if (a >= top || b >= top || shared < least) continue;
    const sentence = sentences.length;
    sentences.push({ start: 2 * sentence, end: 2 * sentence + 2 });
    mentions.push({ id: mentions.length, start: 2 * sentence, end: 2 * sentence + 1, entity: a, sentence },
      { id: mentions.length + 1, start: 2 * sentence + 1, end: 2 * sentence + 2, entity: b, sentence });
  }
  return { schema: 'lede/1', entities, mentions, sentences, relations: [], quotes: [] };
}

// The corpus downloads.
export async function downloadCorpus(worker, format, entries) {
  const content = await ask(worker, { type: 'corpus-export', format, articles: entries.map((e) => e.entities) });
  const name = `lede-library-${entries.length}-articles.${format}`;
  saveFile(name, content, format === 'csv' ? 'text/csv' : 'application/xml');
  return name;
}

