// The page: sends the article to the analysis worker and shows what comes back. User text is only
// ever inserted as text nodes, never as HTML. The worker, the WebAssembly and the model were started by
// boot.js before this module ran: loading the analyzer is the longest step before the first result.
import { Slicer, STALE } from './slicer.js';
import { isShareFragment, readShareFragment, shareFragment } from './share.js';
import { relationLabel, showEmpty } from './dom.js';
import { applyCorrections, describeCorrection, loadCorrections, saveCorrections, textKey } from './corrections.js';

const { worker, early: earlyWorkerEvents } = window.ledeBoot;
// The quotes, timeline and date tooltips (events-panel.js), loaded after the worker has started; the
// first result takes far longer, and a result that comes first is drawn again once it is here.
let eventsPanel = null;
import('./events-panel.js').then((module) => {
  eventsPanel = module;
  if (current.result) render().catch((error) => showError(`The result could not be drawn: ${error.message}`));
});

// The entity graph (graph.js, d3-force bundled by scripts/build.sh), loaded the same way.
let graphModule = null;
const WARM_UP_SLICE_MS = 4;
import('./graph.js').then((module) => {
  graphModule = module;
  if (current.result) {
    renderGraph().catch(ignoreStale);
  } else {
    // While the first analysis runs, the graph's code gets its first (slow) run on a made-up graph; it
    // gives way within a few milliseconds when the result arrives.
    module.warmUp(new Slicer(() => current.result === null, WARM_UP_SLICE_MS)).catch(ignoreStale);
  }
});

const TYPE_ORDER = [
  'PERSON', 'TITLE', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'WORK', 'LAW', 'PRODUCT', 'MISC',
  'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL',
];
const TYPE_LABELS = {
  PERSON: 'People', TITLE: 'Titles', ORG: 'Organizations', GPE: 'Countries & cities', LOC: 'Places',
  FAC: 'Buildings', NORP: 'Nationalities & groups', EVENT: 'Events', WORK: 'Works', LAW: 'Laws',
  PRODUCT: 'Products', MISC: 'Other names', DATE: 'Dates', TIME: 'Times', MONEY: 'Money',
  PERCENT: 'Percentages', QUANTITY: 'Quantities', CARDINAL: 'Numbers', ORDINAL: 'Ordinals',
};
// One entity's type in plain words (the entity card).
const TYPE_NAMES = {
  PERSON: 'Person', TITLE: 'Title', ORG: 'Organization', GPE: 'Country or city', LOC: 'Place',
  FAC: 'Building or facility', NORP: 'Nationality or group', EVENT: 'Event', WORK: 'Work', LAW: 'Law',
  PRODUCT: 'Product', MISC: 'Other name', DATE: 'Date', TIME: 'Time', MONEY: 'Amount of money',
  PERCENT: 'Percentage', QUANTITY: 'Quantity', CARDINAL: 'Number', ORDINAL: 'Ordinal',
};
const DEBOUNCE_MS = 200;

const textarea = document.getElementById('article');
const statusLine = document.getElementById('status');
const progressBar = document.getElementById('progress');
const entityCard = document.getElementById('entity-card');
const dateField = document.getElementById('document-date');
const dateSource = document.getElementById('document-date-source');
const errorBox = document.getElementById('error');
const highlighted = document.getElementById('highlighted');
const legend = document.getElementById('legend');
const entityList = document.getElementById('entity-list');
const relationList = document.getElementById('relation-list');
const quoteList = document.getElementById('quote-list');
const timelineList = document.getElementById('timeline');
const graphBox = document.getElementById('graph');
const thresholdInput = document.getElementById('score-threshold');
const thresholdValue = document.getElementById('score-threshold-value');
const cooccurrenceToggle = document.getElementById('graph-cooccurrence');

const hiddenTypes = new Set();
// Mentions (pronouns linked by the resolver; names score 1) and relations scored below this are hidden.
let scoreThreshold = 0;
const isShown = (item) => (item.score ?? 1) >= scoreThreshold;
let selectedEntity = null;
let selectedRelation = null;
let selectedQuote = null;  // index into result.quotes
let lastRequest = 0;  // id of the newest text sent to the worker
let debounceTimer = 0;
// raw: the analyzer's result; result: with corrections; partial: the names only, the rest on its way
let current = { text: '', result: null, raw: null, partial: false };
// The reader's corrections of the article in view (corrections.js): replayed on every analysis of its text.
const fixes = { text: null, list: [], undo: [], key: null, stored: null };
// The article date the reader typed (YYYY-MM-DD), or null: the analyzer finds one in the text.
let readerDate = null;
let renderGeneration = 0;  // the newest drawing; older ones stop at their next pause
// What to do once a new result is all on screen: run by whichever drawing finishes it (a selection or the
// events panel arriving may start a newer drawing of the same result before the first one is done).
let whenDrawn = null;
let drawnText = null;  // the text the highlighted view shows, once drawn whole
// The marks drawn for the current result, by entity id and by type: selecting and hiding touch only these.
let marksByEntity = new Map();
let marksByType = new Map();
const pendingText = new Map();  // request id -> text, so a result is shown with the text it belongs to
let partialDrawing = null;  // the drawing of a partial result, while the whole one may be on its way

worker.onmessage = (event) => onWorkerMessage(event.data);
worker.onerror = (event) => showError(`The analysis worker failed: ${event.message || 'unknown error'}`);
for (const event of earlyWorkerEvents.splice(0)) (event.type === 'error' ? worker.onerror : worker.onmessage)(event);

function setState(state) {
  document.body.dataset.state = state;
}

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
  statusLine.textContent = 'Something went wrong.';
  setState('error');
}

// The reader's local day, YYYY-MM-DD: it gives a year to a dateline that states none ("NAIROBI, Dec 3").
function readersDay() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function requestAnalysis() {
  clearTimeout(debounceTimer);
  const text = textarea.value;
  lastRequest += 1;
  setState('busy');
  statusLine.textContent = text ? 'Analyzing…' : 'Paste an article to begin.';
  pendingText.set(lastRequest, text);
  worker.postMessage({ id: lastRequest, text, options: readerDate ? { date: readerDate } : { today: readersDay() } });
}

function onWorkerMessage(message) {
  if (message.type === 'reply') {
    exportsModule?.onReply(message);
    return;
  }
  if (message.type === 'loaded') {
    statusLine.dataset.version = message.version;
    return;
  }
  if (message.id !== lastRequest) {  // a stale answer: a newer text is on its way
    pendingText.delete(message.id);
    return;
  }
  if (message.progress !== undefined) {
    statusLine.textContent = `Analyzing… ${Math.round(message.progress * 100)}%`;
    showProgress(message.progress);
    return;
  }
  // A partial result (the names, sent first while the worker finishes the rest: web/worker.js) is drawn
  // as the first result; the whole one follows for the same request, and waits until the names are on
  // screen (drawing it at once would throw the names' drawing away and show nothing sooner).
  const partial = message.partial === true;
  if (!partial && partialDrawing) {
    const drawing = partialDrawing;
    partialDrawing = null;
    drawing.finally(() => onWorkerMessage(message));
    return;
  }
  const text = pendingText.get(message.id) ?? '';
  if (!partial) pendingText.clear();
  if (message.error) {
    showError(message.error);
    return;
  }
  errorBox.hidden = true;
  if (text !== current.text) selectedRelation = null;  // relation ids belong to one result
  if (text !== current.text) selectedQuote = null;
  // Entity ids are per result: the selection (and its card) stays only on the same entity.
  if (selectedEntity !== null) {
    const before = current.result?.entities[selectedEntity];
    const now = message.result.entities[selectedEntity];
    if (!before || !now || before.name !== now.name || before.type !== now.type) selectedEntity = null;
  }
  if (text !== fixes.text) startCorrections(text);
  current = { text, raw: message.result, result: applyCorrections(message.result, text, fixes.list), partial };
  const words = text.split(/\s+/).filter(Boolean).length;
  const summary = text
    ? `${message.result.mentions.length} mentions, ${(message.result.relations ?? []).length} relations in ${groupDigits(words)} words · ${message.ms.toFixed(0)} ms`
    : 'Paste an article to begin.';
  if (message.result.mentions.length > 2000) statusLine.textContent = 'Drawing…';
  whenDrawn = () => {
    // Time from navigation to the first analysis on screen, for the benchmarks and the tests.
    document.body.dataset.firstResultMs ??= String(Math.round(performance.now()));
    if (partial) {
      statusLine.textContent = 'Finding relations and quotes…';
      worker.postMessage({ type: 'names-drawn' });  // the worker goes on with the rest (web/worker.js)
      return;  // still busy: ready once the whole result is on screen
    }
    showProgress(null);
    showDocumentDate(message.result);
    statusLine.textContent = summary;
    setState('ready');
    registerOfflineCache();
    if (!libraryShown) showLibrary();
  };
  const drawing = render().catch((error) => showError(`The result could not be drawn: ${error.message}`));
  if (partial) partialDrawing = drawing;
}

// 12345 -> "12,345". Not toLocaleString: its first call loads the locale data, which took 50-170 ms on
// the path to the first result (measured in Chromium on a cold load).
function groupDigits(count) {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// Where the date in use came from, in the reader's words.
const DATE_SOURCES = {
  option: 'set by you: relative dates ("last week") count from it',
  published: 'found in a "Published" line',
  dateline: 'found in the dateline',
};

// The article date field: the date in use and where it came from (a reader's date stays as typed).
function showDocumentDate(result) {
  const date = result?.date ?? null;
  if (document.activeElement !== dateField) dateField.value = readerDate ?? date ?? '';
  dateSource.textContent = date ? DATE_SOURCES[result.date_source] ?? ''
    : current.text ? 'none found: relative dates ("yesterday") stay unresolved until you set one' : '';
}

// After the first result (not to compete with it), the service worker (sw.js) keeps the site for offline use.
let offlineRegistered = false;
function registerOfflineCache() {
  if (offlineRegistered || !('serviceWorker' in navigator)) return;
  offlineRegistered = true;
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch(() => {
    // not offline-capable here (a file: page, a private window): the page works as before
  });
}

// The progress bar of a long analysis (null hides it).
function showProgress(fraction) {
  progressBar.hidden = fraction === null;
  if (fraction !== null) {
    progressBar.value = fraction;
    progressBar.dataset.progress = String(Math.round(fraction * 100));
  }
}

// Draws the current result: the text with its marks, then the lists, a slice at a time (slicer.js), so
// a result with thousands of mentions never freezes the page. Resolves true once all of it is on
// screen (and runs whenDrawn), false when a newer drawing took over.
async function render() {
  const generation = ++renderGeneration;
  const slicer = new Slicer(() => generation === renderGeneration);
  try {
    renderLegend();
    await renderHighlights(slicer);
    await renderEntities(slicer);
    await renderRelations(slicer);
    // A legend toggle meanwhile lays the graph out anew (and finishes it); a newer result ends this drawing.
    await renderGraph().catch(ignoreStale);
    if (generation !== renderGeneration) return false;
    eventsPanel?.renderQuotes(quoteList, document.getElementById('quotes-title'), current.result, current.text,
      selectedQuote, selectQuote, current.partial);
    eventsPanel?.renderTimeline(timelineList, document.getElementById('timeline-title'), current.result, current.text,
      (entry) => (entry.kind === 'quote' ? selectQuote(entry.index) : selectRelation(entry.index)), isShown);
    await showEntityCard();
    const done = whenDrawn;
    whenDrawn = null;
    done?.();
    return true;
  } catch (error) {
    if (error === STALE) return false;
    throw error;
  }
}

// The mentions that take part in a relation: mention id -> relation ids.
function relationsByMention(result) {
  const byMention = new Map();
  for (const relation of (result.relations ?? []).filter(isShown)) {
    for (const id of [relation.subject_mention, relation.object_mention]) {
      if (id === null || id === undefined) continue;
      if (!byMention.has(id)) byMention.set(id, []);
      byMention.get(id).push(relation.id);
    }
  }
  return byMention;
}

// Appends text[from, to) as text nodes, the part inside the selected relation's evidence wrapped.
function appendText(fragment, text, from, to, evidence) {
  if (from >= to) return;
  if (!evidence || to <= evidence.start || from >= evidence.end) {
    fragment.append(document.createTextNode(text.slice(from, to)));
    return;
  }
  const inStart = Math.max(from, evidence.start);
  const inEnd = Math.min(to, evidence.end);
  if (from < inStart) fragment.append(document.createTextNode(text.slice(from, inStart)));
  const span = document.createElement('span');
  span.className = 'evidence';
  span.textContent = text.slice(inStart, inEnd);
  fragment.append(span);
  if (inEnd < to) fragment.append(document.createTextNode(text.slice(inEnd, to)));
}

// One mention's mark: its type, entity, relations, date value and selection state as attributes.
function markFor(mention, context) {
  const { text, result, related, relation, dates } = context;
  const mark = document.createElement('mark');
  mark.className = 'mention';
  mark.dataset.type = mention.type;
  mark.dataset.entity = String(mention.entity ?? '');
  mark.dataset.mention = String(mention.id);
  mark.title = mention.type;
  mark.setAttribute('aria-description', TYPE_NAMES[mention.type] ?? mention.type);
  if (mention.pronoun) {
    // A pronoun the analyzer linked to an entity: marked lightly, named in its tooltip.
    mark.classList.add('pronoun');
    const entity = result.entities[mention.entity];
    if (entity) mark.title = `${mention.type}: ${entity.name}`;
  }
  const date = dates.get(mention.id);
  if (date && eventsPanel) {
    const label = eventsPanel.dateLabel(date, mention.type);
    mark.dataset.value = label.value;
    mark.title = label.title;
  }
  mark.textContent = text.slice(mention.start, mention.end);
  if (hiddenTypes.has(mention.type)) mark.classList.add('hidden-type');
  if (!isShown(mention)) mark.classList.add('weak');
  if (mention.corrected) mark.dataset.corrected = '';
  if (selectedEntity !== null && mention.entity === selectedEntity) setSelected(mark, true);
  if (related.has(mention.id)) {
    mark.classList.add('related');
    mark.dataset.relations = related.get(mention.id).join(' ');
  }
  if (relation && (relation.subject_mention === mention.id || relation.object_mention === mention.id)) {
    mark.classList.add('relation-arg');
  }
  if (relation && mention.start >= relation.start && mention.end <= relation.end) mark.classList.add('evidence');
  return mark;
}

function indexMark(mark, mention) {
  if (mention.entity !== null && mention.entity !== undefined) {
    if (!marksByEntity.has(mention.entity)) marksByEntity.set(mention.entity, []);
    marksByEntity.get(mention.entity).push(mark);
  }
  if (!marksByType.has(mention.type)) marksByType.set(mention.type, []);
  marksByType.get(mention.type).push(mark);
}

function newTextBlock() {
  const block = document.createElement('div');
  block.className = 'text-block';
  return block;
}

// The text with its mentions marked, in blocks that end at line breaks: each slice of the drawing adds
// blocks, and the browser lays out only the blocks on screen (content-visibility in style.css).
async function renderHighlights(slicer) {
  const { text, result } = current;
  marksByEntity = new Map();
  marksByType = new Map();
  if (!text) {
    const placeholder = document.createElement('p');
    placeholder.className = 'placeholder';
    placeholder.textContent = 'The article will appear here with its dates, amounts and names marked.';
    highlighted.replaceChildren(placeholder);
    drawnText = text;
    return;
  }
  const relation = selectedRelation === null ? null : result.relations[selectedRelation];
  const context = {
    text, result, relation,
    related: relationsByMention(result),
    dates: new Map((result.dates ?? []).map((date) => [date.mention, date])),
  };
  const mentions = result.mentions;
  // A new text is shown as it is drawn; a redraw of the text on screen (a relation selected) is built
  // aside and swapped in at the end, so the text never goes blank meanwhile.
  const progressive = drawnText !== text;
  const target = progressive ? highlighted : document.createDocumentFragment();
  let block = newTextBlock();
  let blocks = 0;
  let position = 0;
  let lineBreak = -1;  // the next '\n' at or after `position` (text.length when none)
  for (let i = 0; i < mentions.length; i += 1) {
    const mention = mentions[i];
    if (mention.start < position) continue;  // mentions never overlap; guard anyway
    appendText(block, text, position, mention.start, relation);
    const mark = markFor(mention, context);
    indexMark(mark, mention);
    block.append(mark);
    position = mention.end;
    if (!slicer.late()) continue;
    // Close the block after the next line break, when no mention comes before it.
    if (lineBreak < position) {
      lineBreak = text.indexOf('\n', position);
      if (lineBreak === -1) lineBreak = text.length;
    }
    const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
    if (lineBreak >= text.length || lineBreak >= nextStart) continue;
    appendText(block, text, position, lineBreak + 1, relation);
    position = lineBreak + 1;
    if (blocks++ === 0) target.replaceChildren(block);
    else target.append(block);
    block = newTextBlock();
    await slicer.pause();
  }
  appendText(block, text, position, text.length, relation);
  if (blocks === 0) target.replaceChildren(block);
  else target.append(block);
  if (!progressive) highlighted.replaceChildren(target);
  drawnText = text;
  if (eventsPanel) eventsPanel.highlightQuote(highlighted, result, selectedQuote === null ? null : result.quotes[selectedQuote]);
}

function countByType(items) {
  const counts = new Map();
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return counts;
}

function renderLegend() {
  const counts = countByType(current.result ? current.result.mentions : []);
  const chips = TYPE_ORDER.filter((type) => counts.has(type)).map((type) => {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.dataset.type = type;
    chip.setAttribute('aria-pressed', String(!hiddenTypes.has(type)));
    chip.title = `${hiddenTypes.has(type) ? 'Show' : 'Hide'} ${TYPE_LABELS[type].toLowerCase()} (${type} in the text)`;
    // Shown and read as "People 15" (the name holds the visible words, for voice control), not "PERSON15";
    // aria-pressed says whether they are shown.
    chip.setAttribute('aria-label', `${TYPE_LABELS[type]} ${counts.get(type)} marked`);
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = String(counts.get(type));
    chip.append(TYPE_LABELS[type], ' ', count);
    chip.addEventListener('click', () => toggleType(type));
    return chip;
  });
  legend.replaceChildren(...chips);
}

function toggleType(type) {
  if (hiddenTypes.has(type)) hiddenTypes.delete(type);
  else hiddenTypes.add(type);
  for (const mark of marksByType.get(type) ?? []) mark.classList.toggle('hidden-type', hiddenTypes.has(type));
  renderLegend();
  renderGraph().catch(ignoreStale);
  legend.querySelector(`button[data-type="${type}"]`)?.focus();
}

// The graph is laid out again only for a new result or other hidden types, in slices of its own (a newer
// layout makes an older one STALE); a selection only marks it.
let graph = null;
let graphDrawnFrom = null;
let graphGeneration = 0;
async function renderGraph() {
  if (!graphModule) return;
  const hidden = `${[...hiddenTypes].sort().join()} ${scoreThreshold}`;
  if (graph === null || graphDrawnFrom?.result !== current.result || graphDrawnFrom.hidden !== hidden) {
    const generation = ++graphGeneration;
    const drawing = { result: current.result, hidden };
    graph = await graphModule.drawGraph(graphBox, current.result ?? { entities: [], relations: [], mentions: [] }, {
      hiddenTypes, isShown, showCooccurrence: cooccurrenceToggle.checked, onSelectEntity: selectEntity,
      onSelectRelation: selectRelation,
    }, new Slicer(() => generation === graphGeneration));
    graphDrawnFrom = drawing;
  }
  graph.select(selectedEntity, selectedRelation);
}
function ignoreStale(error) {
  if (error !== STALE) throw error;
}
// Downloads ([data-export=FORMAT]): the current result in a file (web/exports.js, loaded on first use).
let exportsModule = null;
const exportStatus = document.getElementById('export-status');
for (const button of document.querySelectorAll('[data-export]:not([data-export^="corpus-"])')) {
  button.addEventListener('click', async () => {
    if (!current.result || !current.text) {
      exportStatus.textContent = 'Analyze an article first.';
      return;
    }
    exportsModule ??= await import('./exports.js');
    try {
      const name = await exportsModule.download(worker, button.dataset.export, current.result, current.text);
      exportStatus.textContent = `Saved ${name}.`;
    } catch (error) {
      exportStatus.textContent = `The file could not be made: ${error.message}`;
    }
  });
}

// The same result drawn again (a threshold, a correction): busy until it is on screen. A new result still
// being drawn keeps its own ending (its summary, its date).
function redraw() {
  if (!whenDrawn) setState('busy');
  whenDrawn ??= () => setState('ready');
  render().catch((error) => showError(`The result could not be drawn: ${error.message}`));
}

// The threshold redraws the result (latest wins, like every drawing) once the slider rests for a moment.
let thresholdTimer = 0;
thresholdInput.addEventListener('input', () => {
  scoreThreshold = Number(thresholdInput.value);
  thresholdValue.textContent = `${Math.round(scoreThreshold * 100)}%`;
  clearTimeout(thresholdTimer);
  thresholdTimer = setTimeout(() => {
    if (!current.result) return;
    const relation = selectedRelation === null ? null : current.result.relations[selectedRelation];
    if (relation && !isShown(relation)) selectedRelation = null;
    redraw();
  }, 120);
});
cooccurrenceToggle.addEventListener('change', () => graph?.showCooccurrence(cooccurrenceToggle.checked));

async function renderEntities(slicer) {
  const entities = current.result ? current.result.entities : [];
  if (entities.length === 0) {
    showEmpty(entityList, current.text ? 'Nothing found yet.' : 'Entities will be listed here.');
    return;
  }
  const byType = new Map();
  for (const entity of entities) {
    if (!byType.has(entity.type)) byType.set(entity.type, []);
    byType.get(entity.type).push(entity);
  }
  // Entities by salience: within a type, and the types in the order of their most salient entity, so
  // the people or organizations an article is about come first.
  const groups = [];
  for (const type of TYPE_ORDER) {
    const group = byType.get(type);
    if (!group) continue;
    group.sort((a, b) => b.salience - a.salience || a.id - b.id);
    groups.push([type, group]);
  }
  groups.sort((a, b) => b[1][0].salience - a[1][0].salience || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]));
  const sections = [];
  for (const [type, group] of groups) {
    const heading = document.createElement('h3');
    heading.textContent = `${TYPE_LABELS[type]} (${group.length})`;
    const list = document.createElement('ul');
    for (const entity of group) {
      list.append(entityItem(entity));
      await slicer.maybePause();
    }
    sections.push(heading, list);
  }
  entityList.replaceChildren(...sections);
}

function entityItem(entity) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.type = entity.type;
  button.dataset.entity = String(entity.id);
  button.setAttribute('aria-pressed', String(selectedEntity === entity.id));
  if (entity.corrected) button.dataset.corrected = '';
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = entity.name;
  if (entity.titles && entity.titles.length > 0) {
    const titles = document.createElement('span');
    titles.className = 'titles';
    titles.textContent = entity.titles.join(', ');
    name.append(titles);
  }
  const count = document.createElement('span');
  count.className = 'count';
  count.textContent = `×${entity.mentions.length}`;
  count.title = `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}, ` +
    `salience ${Math.round(entity.salience * 100)}%`;
  button.append(name, count);
  button.addEventListener('click', () => selectEntity(entity.id));
  item.append(button);
  return item;
}

function entityName(result, id) {
  return id === null || id === undefined ? '' : result.entities[id]?.name ?? '';
}

async function renderRelations(slicer) {
  const { text, result } = current;
  const relations = result ? (result.relations ?? []).filter(isShown) : [];
  document.getElementById('relations-title').textContent = relations.length ? `Relations (${relations.length})` : 'Relations';
  if (relations.length === 0) {
    const empty = current.partial ? 'Finding relations…' : text ? 'No relations found.' : 'Who met, visited or leads whom will be listed here.';
    showEmpty(relationList, empty);
    return;
  }
  const list = document.createElement('ol');
  for (const relation of relations) {
    list.append(relationItem(relation, text, result));
    await slicer.maybePause();
  }
  relationList.replaceChildren(list);
}

// One relation: subject, relation, object, and the evidence sentence, all as text.
function relationItem(relation, text, result) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.relation = String(relation.id);
  button.dataset.relationType = relation.type;
  button.setAttribute('aria-pressed', String(selectedRelation === relation.id));
  if (relation.negated) button.classList.add('negated');
  const argument = (entityId) => {
    const span = document.createElement('span');
    span.className = 'arg';
    const entity = result.entities[entityId];
    if (entity) span.dataset.type = entity.type;
    span.textContent = entityName(result, entityId);
    return span;
  };
  const predicate = document.createElement('span');
  predicate.className = 'predicate';
  predicate.textContent = relationLabel(relation);  // "Khawaja Asif · met · Xi Jinping"
  const parts = [argument(relation.subject), predicate];
  const object = relation.object === null || relation.object === undefined ? null : result.entities[relation.object];
  if (relation.type === 'role' && object?.type === 'NORP') {
    predicate.textContent = `${object.name} ${predicate.textContent}`;  // "Chinese President"
  } else if (object) {
    if (relation.type === 'role') predicate.textContent += ' of';  // "President of Pakistan"
    parts.push(argument(relation.object));
  }
  const evidence = document.createElement('span');
  evidence.className = 'evidence-text';
  const sentence = result.sentences[relation.sentence];
  evidence.textContent = sentence ? text.slice(sentence.start, sentence.end) : text.slice(relation.start, relation.end);
  button.title = `${relation.type}, score ${Math.round(relation.score * 100)}%`;
  button.append(...parts, evidence);
  button.addEventListener('click', () => selectRelation(relation.id));
  if (relation.corrected) button.dataset.corrected = '';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove-relation';
  remove.dataset.action = 'remove-relation';
  remove.dataset.removeRelation = String(relation.id);
  remove.textContent = '×';
  remove.title = 'Remove this relation (a correction; undo brings it back)';
  remove.setAttribute('aria-label', `Remove the relation ${button.textContent.slice(0, 80)}`);
  remove.addEventListener('click', () => correct({ op: 'remove-relation',
    relation: { type: relation.type, predicate: relation.predicate, start: relation.start, end: relation.end } }));
  item.append(button, remove);
  return item;
}

async function selectRelation(id) {
  selectedRelation = selectedRelation === id ? null : id;
  if (!await render()) return;
  highlighted.querySelector('mark.relation-arg')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

// Selecting a quote lights up its words and its speaker in the text; selecting it again clears them.
function selectQuote(index) {
  selectedQuote = selectedQuote === index ? null : index;
  const quote = selectedQuote === null ? null : current.result.quotes[selectedQuote];
  const range = eventsPanel?.highlightQuote(highlighted, current.result, quote);
  for (const button of quoteList.querySelectorAll('button[data-quote]')) {
    button.setAttribute('aria-pressed', String(button.dataset.quote === String(selectedQuote)));
  }
  range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

// The selected entity's marks carry class "selected" and the data-selected hook.
function setSelected(mark, on) {
  mark.classList.toggle('selected', on);
  mark.toggleAttribute('data-selected', on);
}

function selectEntity(id) {
  for (const mark of marksByEntity.get(selectedEntity) ?? []) setSelected(mark, false);
  selectedEntity = selectedEntity === id ? null : id;
  const marks = marksByEntity.get(selectedEntity) ?? [];
  for (const mark of marks) setSelected(mark, true);
  for (const button of entityList.querySelectorAll('button[aria-pressed="true"]')) button.setAttribute('aria-pressed', 'false');
  entityList.querySelector(`button[data-entity="${selectedEntity}"]`)?.setAttribute('aria-pressed', 'true');
  currentMark = -1;
  highlighted.querySelector('mark.current')?.classList.remove('current');
  marks[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  graph?.select(selectedEntity, selectedRelation);
  showEntityCard();
}

// The selected entity's card (entity-card.js, loaded on first use).
let entityCardModule = null;
async function showEntityCard() {
  if (selectedEntity === null && entityCard.hidden) return;
  entityCardModule ??= await import('./entity-card.js');
  entityCardModule.renderEntityCard(entityCard, current.result, current.text, selectedEntity, {
    typeName: (type) => TYPE_NAMES[type] ?? type,
    relationItem: (relation) => relationItem(relation, current.text, current.result),
    isShown,
    goToMention: (index) => goToMention(index),
    selectQuote: (index) => selectQuote(index),
    close: () => selectEntity(selectedEntity),
    types: TYPE_ORDER,
    currentMention: () => currentMention(),
    correct,
  });
}

// Stepping through the selected entity's mentions (the card's list, or the keys n and p): the mention
// scrolls into view, is outlined and takes the focus, so a screen reader reads it.
let currentMark = -1;
function goToMention(index) {
  const marks = marksByEntity.get(selectedEntity) ?? [];
  if (marks.length === 0) return;
  currentMark = (index + marks.length) % marks.length;
  highlighted.querySelector('mark.current')?.classList.remove('current');
  const mark = marks[currentMark];
  mark.classList.add('current');
  mark.tabIndex = -1;
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

document.addEventListener('keydown', (event) => {
  if (selectedEntity === null || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.target.closest?.('textarea, input, select, [contenteditable]')) return;
  if (event.key === 'n' || event.key === ']') goToMention(currentMark + 1);
  else if (event.key === 'p' || event.key === '[') goToMention(currentMark - 1);
  else return;
  event.preventDefault();
});

highlighted.addEventListener('click', (event) => {
  const mark = event.target.closest('mark.mention');
  if (!mark || mark.dataset.entity === '') return;
  const entity = Number(mark.dataset.entity);
  if (entity !== selectedEntity) selectEntity(entity);
  const index = (marksByEntity.get(entity) ?? []).indexOf(mark);
  if (index >= 0) goToMention(index);
});

textarea.addEventListener('input', () => {
  shareStatus.textContent = '';  // a link made before no longer holds this text
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(requestAnalysis, DEBOUNCE_MS);
});

// A date typed or picked re-analyzes the article against it; an emptied field lets the analyzer find one.
dateField.addEventListener('change', () => {
  readerDate = dateField.value || null;
  requestAnalysis();
});
// While the reader edits it the field is left alone; leaving it shows the date in use.
dateField.addEventListener('blur', () => showDocumentDate(current.result));

// Puts another article in the editor (the example, Clear, a file, a share link) and analyzes it: the
// reader's date and the selections belonged to the one before.
function loadArticle(text, date = null) {
  textarea.value = text;
  readerDate = date;
  selectedEntity = null;
  selectedRelation = null;
  selectedQuote = null;
  requestAnalysis();
}

document.getElementById('example-button').addEventListener('click', async () => {
  const { EXAMPLE_ARTICLE } = await import('./example.js');
  loadArticle(EXAMPLE_ARTICLE);
});

document.getElementById('clear-button').addEventListener('click', () => {
  loadArticle('');
  textarea.focus();
});

// Dropping a plain-text file puts its text in the editor.
textarea.addEventListener('dragover', (event) => {
  event.preventDefault();
  textarea.classList.add('dragging');
});
textarea.addEventListener('dragleave', () => textarea.classList.remove('dragging'));
textarea.addEventListener('drop', (event) => {
  event.preventDefault();
  textarea.classList.remove('dragging');
  const file = event.dataTransfer?.files?.[0];
  if (file) openFile(file);
});

// A file opened with the picker or dropped (open-file.js): its article text goes into the editor.
async function openFile(file) {
  let text;
  try {
    const { readArticleFile } = await import('./open-file.js');
    text = await readArticleFile(file);
  } catch (error) {
    showError(`${file.name} could not be opened: ${error.message}`);
    return;
  }
  loadArticle(text);
}

const fileInput = document.getElementById('open-file');
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';  // the same file can be opened again
  if (file) openFile(file);
});

// A share link (share.js): the article it holds is put in the editor and analyzed.
async function openShareLink() {
  try {
    const { text, date, corrections } = await readShareFragment(location.hash);
    // The link's corrections win over any kept on this device for the same text.
    if (corrections.length) {
      presetCorrections(text, corrections, textKey(text).then((key) =>
        saveCorrections(key, corrections).catch((error) => showStorageProblem(error)).then(() => key)));
    }
    loadArticle(text, date);
  } catch (error) {
    showError(error.message);  // the editor stays empty and usable
  }
}

// What the share button did, apart from the analysis status (which a finishing analysis rewrites).
const shareStatus = document.getElementById('share-status');
document.getElementById('share-button').addEventListener('click', async () => {
  try {
    const fragment = await shareFragment({ text: textarea.value, date: readerDate,
      corrections: fixes.text === textarea.value ? fixes.list : [] });
    history.replaceState(null, '', `#${fragment}`);
    let copied = false;
    try {
      await navigator.clipboard.writeText(location.href);
      copied = true;
    } catch {
      // no clipboard permission: the link is in the address bar
    }
    shareStatus.textContent = `${copied ? 'Link copied' : 'The link is in the address bar'}: it holds the ` +
      "article's text, date and your corrections, so anyone you give it to can read the article. The text is in the part after #, " +
      'which the browser never sends to a server.';
  } catch (error) {
    shareStatus.textContent = error.message;
  }
});

window.addEventListener('hashchange', () => {
  if (isShareFragment(location.hash)) openShareLink();
});

// The first analysis tells when the analyzer is ready: of a share link's article, of the example article
// when the address asks for it (…/?example, as scripts/bench.sh times the first result), else of the
// empty text.
if (isShareFragment(location.hash)) {
  openShareLink();
} else if (new URLSearchParams(location.search).has('example')) {
  import('./example.js').then(({ EXAMPLE_ARTICLE }) => loadArticle(EXAMPLE_ARTICLE));
} else {
  requestAnalysis();
}

// --- corrections (corrections.js) ---------------------------------------------------------------------

const correctionsStatus = document.getElementById('corrections-status');

function showStorageProblem(error) {
  correctionsStatus.textContent = `Your corrections could not be kept on this device (${error.message}); they ` +
    'stay until you close the page.';
}

function showCorrectionsCount() {
  const count = fixes.list.length;
  document.querySelector('[data-action=undo]').disabled = fixes.undo.length === 0;
  document.querySelector('[data-action=reset-corrections]').disabled = count === 0;
  if (count === 0) {
    correctionsStatus.textContent = '';
    return;
  }
  correctionsStatus.textContent = `${count} correction${count === 1 ? '' : 's'}, kept on this device for this text; ` +
    `the last: ${describeCorrection(fixes.list[count - 1], fixes.text)}.`;
}

// Corrections that come with a text (a share link, a saved article) before it is analyzed: they win over
// any kept on this device. `key` resolves to the text's key once they are stored under it.
function presetCorrections(text, corrections, key) {
  fixes.text = text;
  fixes.list = corrections;
  fixes.undo = [];
  fixes.key = null;
  fixes.stored = key.then((stored) => {
    fixes.key = stored;
  });
}

// A new text: its corrections are those kept for it (loaded now; applied when they arrive).
function startCorrections(text) {
  fixes.text = text;
  fixes.list = [];
  fixes.undo = [];
  fixes.key = null;
  showCorrectionsCount();
  if (!text) return;
  fixes.stored = textKey(text).then(async (key) => {
    if (fixes.text !== text) return;
    fixes.key = key;
    let kept = [];
    try {
      kept = await loadCorrections(key);
    } catch (error) {
      showStorageProblem(error);
      return;
    }
    if (fixes.text !== text || kept.length === 0 || fixes.list.length > 0) return;
    fixes.list = kept;
    redrawCorrected();
  });
}

// The corrected result drawn again; the selected entity stays selected when it still exists.
function redrawCorrected() {
  if (current.raw === null || current.text !== fixes.text) return;
  const anchor = selectedEntity === null ? null : current.result.mentions[current.result.entities[selectedEntity]?.mentions[0]];
  current.result = applyCorrections(current.raw, current.text, fixes.list);
  selectedEntity = null;
  if (anchor) {
    const mention = current.result.mentions.find((m) => m.start === anchor.start && m.end === anchor.end);
    if (mention && mention.entity !== null) selectedEntity = mention.entity;
  }
  selectedRelation = null;
  showCorrectionsCount();
  redraw();
}

// Applies one more correction, keeps the list on this device, and redraws.
function correct(operation) {
  if (current.raw === null || fixes.text !== current.text) return;
  fixes.undo.push(fixes.list);
  fixes.list = [...fixes.list, operation];
  correctionsChanged();
}

async function correctionsChanged() {
  redrawCorrected();
  try {
    await fixes.stored;
    fixes.key ??= await textKey(fixes.text);
    await saveCorrections(fixes.key, fixes.list);
  } catch (error) {
    showStorageProblem(error);
  }
}

// The mention the reader is on (clicked, or reached with n and p), as an anchor, or null.
function currentMention() {
  const mark = (marksByEntity.get(selectedEntity) ?? [])[currentMark];
  if (!mark) return null;
  const mention = current.result.mentions[Number(mark.dataset.mention)];
  return mention ? { start: mention.start, end: mention.end } : null;
}

// The text the reader selected in the highlighted view, as offsets of the article (trimmed), or null.
function selectedSpan() {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!highlighted.contains(range.startContainer) || !highlighted.contains(range.endContainer)) return null;
  const offsetOf = (node, offset) => {
    const before = document.createRange();
    before.setStart(highlighted, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(current.text[start])) start += 1;
  while (end > start && /\s/.test(current.text[end - 1])) end -= 1;
  return start < end ? { start, end } : null;
}

const newTypeSelect = document.querySelector('select[data-edit=new-type]');
for (const type of TYPE_ORDER) newTypeSelect.append(new Option(TYPE_NAMES[type], type));
document.querySelector('[data-action=add-mention]').addEventListener('click', () => {
  const span = selectedSpan();
  if (!span) {
    correctionsStatus.textContent = 'Select the words in the text first, then add them.';
    return;
  }
  if (current.result.mentions.some((m) => m.start < span.end && span.start < m.end)) {
    correctionsStatus.textContent = 'Those words overlap a marked name: remove it first.';
    return;
  }
  correct({ op: 'add-mention', start: span.start, end: span.end, type: newTypeSelect.value });
});
document.querySelector('[data-action=undo]').addEventListener('click', () => {
  if (fixes.undo.length === 0 || current.text !== fixes.text) return;
  fixes.list = fixes.undo.pop();
  correctionsChanged();
});
document.querySelector('[data-action=reset-corrections]').addEventListener('click', () => {
  if (fixes.list.length === 0 || current.text !== fixes.text) return;
  fixes.undo.push(fixes.list);   // undo brings them back
  fixes.list = [];
  correctionsChanged();
});
showCorrectionsCount();

// --- the library (library.js) -------------------------------------------------------------------------

const libraryPane = document.getElementById('library');
const libraryStatus = document.getElementById('library-status');
let libraryModule = null;
let libraryShown = false;
let libraryEntries = [];

async function showLibrary() {
  libraryShown = true;
  libraryModule ??= await import('./library.js');
  exportsModule ??= await import('./exports.js');
  try {
    libraryEntries = await libraryModule.listArticles();
    await libraryModule.renderLibrary(libraryPane, libraryEntries, {
      worker,
      open: openSaved,
      remove: removeSaved,
      drawGraph: graphModule
        ? (container, result, options) => graphModule.drawGraph(container, result, options, new Slicer(() => true))
        : null,
    });
  } catch (error) {
    libraryStatus.textContent = `The library could not be read: ${error.message}`;
  }
}

document.querySelector('[data-action=save]').addEventListener('click', async () => {
  if (!current.result || !current.text || current.text !== textarea.value) {
    libraryStatus.textContent = 'Analyze an article first: then it can be saved.';
    return;
  }
  libraryModule ??= await import('./library.js');
  try {
    const entry = await libraryModule.saveArticle({ key: await textKey(current.text), text: current.text,
      result: current.result, corrections: fixes.text === current.text ? fixes.list : [], date: readerDate });
    libraryStatus.textContent = `Saved “${entry.title}” in the library, on this device.`;
  } catch (error) {
    libraryStatus.textContent = `The article could not be saved (${error.message}); what was saved before is kept.`;
    return;
  }
  await showLibrary();
});

async function openSaved(key) {
  try {
    const article = await libraryModule.readArticle(key);
    if (!article) throw new Error('it is no longer there');
    if (article.corrections?.length) presetCorrections(article.text, article.corrections, Promise.resolve(key));
    loadArticle(article.text, article.date);
    libraryStatus.textContent = `Opened “${libraryModule.titleOf(article.text)}”.`;
    textarea.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  } catch (error) {
    libraryStatus.textContent = `The article could not be opened: ${error.message}`;
  }
}

async function removeSaved(key) {
  try {
    await libraryModule.deleteArticle(key);
    libraryStatus.textContent = 'Deleted from the library.';
  } catch (error) {
    libraryStatus.textContent = `The article could not be deleted: ${error.message}`;
  }
  await showLibrary();
}

for (const button of document.querySelectorAll('[data-export^="corpus-"]')) {
  button.addEventListener('click', async () => {
    libraryModule ??= await import('./library.js');
    if (libraryEntries.length === 0) {
      libraryStatus.textContent = 'Save an article first.';
      return;
    }
    try {
      const name = await libraryModule.downloadCorpus(worker, button.dataset.export.slice('corpus-'.length), libraryEntries);
      libraryStatus.textContent = `Saved ${name}.`;
    } catch (error) {
      libraryStatus.textContent = `The file could not be made: ${error.message}`;
    }
  });
}
