// The events layers on the page: the quotes list (speaker and words; selecting one lights up the quote
// and its speaker in the text), the timeline of dated quotes and relations, and the normalized value of
// each DATE shown on hover. User text only ever goes in as text (textContent, title, data-*).
//
// The quote and speaker highlights are CSS Custom Highlights over DOM ranges of the highlighted text
// (::highlight(lede-quote) in style.css), so they sit on top of whatever the text's markup is (mention
// marks, the relations panel's evidence spans) without re-rendering it; the speaker's own mark also gets
// the class "quote-speaker".
import { showEmpty } from './dom.js';

const QUOTE_HIGHLIGHT = 'lede-quote';
const SPEAKER_HIGHLIGHT = 'lede-quote-speaker';

// The speaker as a reader would name them: the entity's canonical name, else the words of an unnamed
// source, else nobody.
export function speakerLabel(quote, result) {
  if (quote.speaker !== null && quote.speaker !== undefined && result.entities[quote.speaker]) {
    return result.entities[quote.speaker].name;
  }
  return quote.speaker_text ?? 'Unattributed';
}

// A DATE mark's normalized value and tooltip ("DATE · 2018-04-24", a range "… to …").
export function dateLabel(date, type) {
  const value = date.end ? `${date.value} to ${date.end}` : date.value;
  const anchor = date.anchor === 'document' ? ' (from the article date)' : date.anchor === 'unknown' ? ' (no article date)' : '';
  return { value, title: `${type} · ${value}${anchor}` };
}

// A DOM Range over text offsets [start, end) of the container's text (UTF-16, as the result's offsets).
function rangeOf(container, start, end) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

// Lights up a quote and its speaker in the text, or clears the highlight when `quote` is null.
export function highlightQuote(container, result, quote) {
  for (const mark of container.querySelectorAll('mark.quote-speaker')) mark.classList.remove('quote-speaker');
  const highlights = globalThis.CSS?.highlights;
  highlights?.delete(QUOTE_HIGHLIGHT);
  highlights?.delete(SPEAKER_HIGHLIGHT);
  if (!quote) return null;
  const quoteRange = rangeOf(container, quote.start, quote.end);
  let speakerRange = null;
  if (quote.speaker_start !== undefined && quote.speaker_end !== undefined) {
    speakerRange = rangeOf(container, quote.speaker_start, quote.speaker_end);
  }
  if (highlights && typeof Highlight === 'function') {
    if (quoteRange) highlights.set(QUOTE_HIGHLIGHT, new Highlight(quoteRange));
    if (speakerRange) highlights.set(SPEAKER_HIGHLIGHT, new Highlight(speakerRange));
  }
  const speakerMark = quote.speaker_mention === null || quote.speaker_mention === undefined ? null
    : container.querySelector(`mark[data-mention="${quote.speaker_mention}"]`);
  speakerMark?.classList.add('quote-speaker');
  return quoteRange;
}

// The quotes list: one button per quote (speaker, words, date). `onSelect(index)` is called on a click.
// `pending`: the result holds the names only, and the quotes are still being found.
export function renderQuotes(list, title, result, text, selected, onSelect, pending = false) {
  const quotes = result ? result.quotes ?? [] : [];
  title.textContent = quotes.length ? `Quotes (${quotes.length})` : 'Quotes';
  if (quotes.length === 0) {
    showEmpty(list, pending ? 'Finding quotes…' : text ? 'No quotes found.' : 'Who said what will be listed here.');
    return;
  }
  const items = document.createElement('ol');
  quotes.forEach((quote, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.quote = String(index);
    button.setAttribute('aria-pressed', String(selected === index));
    if (quote.indirect) button.classList.add('indirect');
    const speaker = document.createElement('span');
    speaker.className = 'speaker';
    if (quote.speaker === null || quote.speaker === undefined) speaker.classList.add('unnamed');
    speaker.textContent = speakerLabel(quote, result);
    const words = document.createElement('span');
    words.className = 'words';
    words.textContent = text.slice(quote.start, quote.end);
    button.append(speaker, words);
    if (quote.date) {
      const date = document.createElement('span');
      date.className = 'date';
      date.textContent = quote.date;
      button.append(date);
    }
    button.title = quote.indirect ? 'Reported speech' : 'Direct quote';
    button.addEventListener('click', () => onSelect(index));
    item.append(button);
    items.append(item);
  });
  list.replaceChildren(items);
}

// Where a date, full or partial, stands on the axis (ms since 1970, UTC): a day at its noon, a month at
// its 15th, a year at July 1, an ISO week at its Thursday. Null for what has no year ("XXXX-...").
export function datePosition(iso) {
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match) return Date.UTC(+match[1], +match[2] - 1, +match[3], 12);
  match = /^(\d{4})-W(\d{2})/.exec(iso);
  if (match) {
    const january4 = Date.UTC(+match[1], 0, 4);  // in week 1 by definition
    const weekday = (new Date(january4).getUTCDay() + 6) % 7;  // Monday 0
    return january4 + ((+match[2] - 1) * 7 - weekday + 3) * 86_400_000;
  }
  match = /^(\d{4})-(\d{2})/.exec(iso);
  if (match) return Date.UTC(+match[1], +match[2] - 1, 15);
  match = /^(\d{4})/.exec(iso);
  return match ? Date.UTC(+match[1], 6, 1) : null;
}

// What a timeline entry says: "speaker: words" for a quote, "subject predicate object" for a relation.
function entryText(entry, result, text) {
  if (entry.kind === 'quote') {
    const quote = result.quotes[entry.index];
    return `${speakerLabel(quote, result)}: ${text.slice(quote.start, quote.end)}`;
  }
  const relation = result.relations[entry.index];
  const subject = result.entities[relation.subject]?.name ?? '';
  const object = relation.object === null ? '' : ` ${result.entities[relation.object]?.name ?? ''}`;
  return `${subject} ${relation.predicate || relation.type}${object}`;
}

// The timeline ([data-timeline]): dated quotes and relations on a date axis, then the same as a list in
// date order; every item is a [data-date=ISO] button, and onSelect(entry) selects it in the text.
// isShown(relation): whether a relation passes the page's score threshold.
export function renderTimeline(container, title, result, text, onSelect, isShown = () => true) {
  const entries = (result ? result.timeline ?? [] : [])
    .filter((entry) => entry.kind !== 'relation' || isShown(result.relations[entry.index]));
  container.hidden = entries.length === 0;
  title.hidden = container.hidden;
  const button = (entry, className) => {
    const item = document.createElement('button');
    item.type = 'button';
    item.className = className;
    item.dataset.date = entry.date;
    item.dataset.kind = entry.kind;
    item.addEventListener('click', () => onSelect(entry));
    return item;
  };
  // The axis: one dot per item, from the earliest date to the latest (items of one day side by side).
  const placed = entries.map((entry) => ({ entry, at: datePosition(entry.date) })).filter((p) => p.at !== null);
  const axis = document.createElement('div');
  axis.className = 'timeline-axis';
  axis.setAttribute('aria-hidden', 'true');  // the list below says the same to a screen reader
  if (placed.length) {
    const first = Math.min(...placed.map((p) => p.at));
    const last = Math.max(...placed.map((p) => p.at));
    const span = last - first;
    const seen = new Map();
    for (const { entry, at } of placed) {
      const dot = button(entry, 'timeline-dot');
      dot.tabIndex = -1;
      const stack = seen.get(at) ?? 0;
      seen.set(at, stack + 1);
      dot.style.left = `${span === 0 ? 50 : ((at - first) / span) * 100}%`;
      dot.style.bottom = `${0.6 + stack * 0.7}rem`;
      dot.title = `${entry.date}: ${entryText(entry, result, text)}`;
      axis.append(dot);
    }
    const ends = document.createElement('div');
    ends.className = 'timeline-ends';
    const from = document.createElement('span');
    from.textContent = new Date(first).toISOString().slice(0, 10);
    ends.append(from);
    if (span === 0) {
      ends.classList.add('one-date');  // one date: one label, under its dot
    } else {
      const to = document.createElement('span');
      to.textContent = new Date(last).toISOString().slice(0, 10);
      ends.append(to);
    }
    axis.append(ends);
  }
  const items = document.createElement('ol');
  for (const entry of entries) {
    const item = document.createElement('li');
    const row = button(entry, 'timeline-item');
    const date = document.createElement('time');
    date.textContent = entry.date;
    const what = document.createElement('span');
    what.textContent = entryText(entry, result, text);
    row.append(date, what);
    item.append(row);
    items.append(item);
  }
  container.replaceChildren(axis, items);
}
