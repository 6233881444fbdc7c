// Small DOM pieces the page's panels share.

// Puts one grey line in place of a list that has nothing to show: why it is empty, or what it will hold.
export function showEmpty(container, message) {
  const empty = document.createElement('p');
  empty.className = 'empty';
  empty.textContent = message;
  container.replaceChildren(empty);
}
