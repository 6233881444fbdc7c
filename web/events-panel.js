// The events layers on the page: the quotes list (speaker and words; selecting one lights up the quote
// and its speaker in the text), the timeline of dated quotes and relations, and the normalized value of
// each DATE shown on hover. User text only ever goes in as text (textContent, title, data-*).
//
// The quote and speaker highlights are CSS Custom Highlights over DOM ranges of the highlighted text
// (::highlight(lede-quote) in style.css), so they sit on top of whatever the text's markup is (mention
// marks, the relations panel's evidence spans) without re-rendering it; the speaker's own mark also gets
// the class "quote-speaker".

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
export function renderQuotes(list, title, result, text, selected, onSelect) {
  const quotes = result ? result.quotes ?? [] : [];
  title.textContent = quotes.length ? `Quotes (${quotes.length})` : 'Quotes';
  if (quotes.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = text ? 'No quotes found.' : 'Who said what will be listed here.';
    list.replaceChildren(empty);
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

// The timeline: dated quotes and relations in date order, each a line "date · who · what".
export function renderTimeline(list, title, result, text) {
  const entries = result ? result.timeline ?? [] : [];
  list.hidden = entries.length === 0;
  title.hidden = list.hidden;
  const items = document.createElement('ol');
  for (const entry of entries) {
    const item = document.createElement('li');
    item.dataset.kind = entry.kind;
    const date = document.createElement('time');
    date.textContent = entry.date;
    const what = document.createElement('span');
    if (entry.kind === 'quote') {
      const quote = result.quotes[entry.index];
      what.textContent = `${speakerLabel(quote, result)}: ${text.slice(quote.start, quote.end)}`;
    } else {
      const relation = result.relations[entry.index];
      const subject = result.entities[relation.subject]?.name ?? '';
      const object = relation.object === null ? '' : ` ${result.entities[relation.object]?.name ?? ''}`;
      what.textContent = `${subject} ${relation.predicate || relation.type}${object}`;
    }
    item.append(date, what);
    items.append(item);
  }
  list.replaceChildren(items);
}
