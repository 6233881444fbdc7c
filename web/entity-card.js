// The selected entity's card ([data-entity-card]): its name, type, titles and salience, every mention
// with the words around it (a click goes to it in the text), its relations and its quotes. All of it is
// built from text nodes: the article's words are never parsed as HTML.
const CONTEXT_CHARACTERS = 40;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// "… the words before [the mention] the words after …", the mention in a <mark>.
function mentionInContext(text, mention) {
  const from = Math.max(0, mention.start - CONTEXT_CHARACTERS);
  const to = Math.min(text.length, mention.end + CONTEXT_CHARACTERS);
  const clean = (part) => part.replace(/\s+/g, ' ');
  const line = element('span', 'context');
  line.append(`${from > 0 ? '…' : ''}${clean(text.slice(from, mention.start))}`,
    element('mark', null, text.slice(mention.start, mention.end)),
    `${clean(text.slice(mention.end, to))}${to < text.length ? '…' : ''}`);
  return line;
}

function section(title, items) {
  const block = element('section', 'card-section');
  block.append(element('h4', null, `${title} (${items.length})`));
  const list = element('ol');
  for (const item of items) list.append(item);
  block.append(list);
  return block;
}

// The card's corrections: retype, rename, merge into another entity, and remove or split off the mention
// the reader is on, or remove the entity (view.correct(operation), operations as corrections.js reads
// them, anchored on mention spans).
function editControls(result, entity, view) {
  const spanOf = (e) => {
    const first = result.mentions[e.mentions[0]];
    return { start: first.start, end: first.end };
  };
  const anchor = spanOf(entity);
  const box = element('div', 'card-edit');
  const labelled = (text, control) => {
    const label = element('label', null, text);
    control.id = `card-edit-${control.dataset.edit}`;
    label.htmlFor = control.id;
    box.append(label, control);
  };
  const type = element('select');
  type.dataset.edit = 'type';
  for (const name of view.types) type.append(new Option(view.typeName(name), name, false, name === entity.type));
  type.addEventListener('change', () => view.correct({ op: 'retype', mention: anchor, type: type.value }));
  labelled('Type', type);
  const name = element('input');
  name.dataset.edit = 'name';
  name.value = entity.name;
  name.addEventListener('change', () => {
    if (name.value.trim() && name.value.trim() !== entity.name) view.correct({ op: 'rename', mention: anchor, name: name.value });
  });
  labelled('Name', name);
  const merge = element('select');
  merge.dataset.edit = 'merge';
  merge.append(new Option('— another entity —', ''));
  for (const other of result.entities) {
    if (other.id !== entity.id) merge.append(new Option(`${other.name} (${view.typeName(other.type)})`, String(other.id)));
  }
  merge.addEventListener('change', () => {
    const other = result.entities[Number(merge.value)];
    if (merge.value !== '' && other) view.correct({ op: 'merge', mention: anchor, into: spanOf(other) });
  });
  labelled('Same as', merge);
  const actions = element('div', 'card-edit-actions');
  const hint = element('p', 'card-keys');
  const action = (label, name, run) => {
    const button = element('button', null, label);
    button.type = 'button';
    button.dataset.action = name;
    button.addEventListener('click', run);
    actions.append(button);
  };
  const onMention = (op) => () => {
    const mention = view.currentMention();
    if (mention) view.correct({ op, mention });
    else hint.textContent = 'First choose the mention: click it in the text, or press n.';
  };
  action('Remove this mention', 'remove-mention', onMention('remove-mention'));
  action('Split this mention off', 'split-mention', onMention('split'));
  action('Remove entity', 'remove-entity', () => view.correct({ op: 'remove-entity', mention: anchor }));
  box.append(actions, hint);
  return box;
}

// Draws the card of `entityId` into `card` (hides it for null). `view` gives the page's helpers:
// typeName(type), relationItem(relation) (a list item that selects the relation), quoteLabel(quote),
// and the actions goToMention(index) (the entity's index-th mention), selectQuote(index), close().
export function renderEntityCard(card, result, text, entityId, view) {
  const entity = entityId === null || !result ? null : result.entities[entityId];
  card.hidden = !entity;
  if (!entity) {
    card.replaceChildren();
    return;
  }
  card.dataset.entity = String(entity.id);
  card.dataset.type = entity.type;
  const head = element('div', 'card-head');
  const name = element('h3', 'card-name', entity.name);
  name.id = 'entity-card-name';
  const close = element('button', 'card-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', `Close the card of ${entity.name}`);
  close.addEventListener('click', view.close);
  head.append(name, close);
  const facts = element('p', 'card-facts',
    `${view.typeName(entity.type)} · ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'} · ` +
    `salience ${Math.round(entity.salience * 100)}%`);
  const parts = [head, facts];
  const keys = element('p', 'card-keys', 'Keys n and p step through the mentions in the text.');
  if (entity.titles?.length) parts.push(element('p', 'card-titles', entity.titles.join(', ')));
  if (view.correct) parts.push(editControls(result, entity, view));
  const mentions = entity.mentions.map((id, index) => {
    const item = element('li');
    const button = element('button', 'card-mention');
    button.type = 'button';
    button.dataset.mention = String(id);
    button.append(mentionInContext(text, result.mentions[id]));
    button.addEventListener('click', () => view.goToMention(index));
    item.append(button);
    return item;
  });
  parts.push(section('Mentions', mentions), keys);
  const relations = (result.relations ?? []).filter((r) => (r.subject === entity.id || r.object === entity.id) && view.isShown(r));
  if (relations.length) {
    const block = section('Relations', relations.map(view.relationItem));
    block.classList.add('relation-list');  // drawn as in the relations list
    parts.push(block);
  }
  const quotes = (result.quotes ?? []).map((quote, index) => ({ quote, index })).filter(({ quote }) => quote.speaker === entity.id);
  if (quotes.length) {
    parts.push(section('Quotes', quotes.map(({ quote, index }) => {
      const item = element('li');
      const button = element('button', 'card-quote', `“${text.slice(quote.start, quote.end)}”`);
      button.type = 'button';
      button.dataset.quote = String(index);
      button.addEventListener('click', () => view.selectQuote(index));
      item.append(button);
      return item;
    })));
  }
  card.setAttribute('aria-labelledby', name.id);
  card.replaceChildren(...parts);
}
