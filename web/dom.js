// Small DOM pieces the page's panels share.

// Values, not actors: dates, times, amounts and numbers. The graphs and the library's corpus leave them out.
export const VALUE_TYPES = new Set(['DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']);

// An article's first line that holds anything, trimmed: its headline, as a title or a file name.
export function firstLine(text) {
  return (text.split('\n').find((line) => line.trim()) ?? '').trim();
}

// Puts one grey line in place of a list that has nothing to show: why it is empty, or what it will hold.
export function showEmpty(container, message) {
  const empty = document.createElement('p');
  empty.className = 'empty';
  empty.textContent = message;
  container.replaceChildren(empty);
}

// How a relation's link reads: the type in words ("located in"), an open relation's own predicate, a role's
// title; "not ..." when the text denies it.
const RELATION_WORDS = {
  member_of: 'member of', located_in: 'located in', based_in: 'based in', lives_in: 'lives in',
  met: 'met', visited: 'visited', killed: 'killed', attacked: 'attacked', supports: 'supports',
  opposes: 'opposes', accused: 'accused', communicated_with: 'spoke to',
};
export function relationLabel(relation) {
  const label = relation.type === 'role' ? relation.title ?? relation.predicate
    : relation.type === 'open' ? relation.predicate : RELATION_WORDS[relation.type] ?? relation.type;
  return relation.negated ? `not ${label}` : label;
}
