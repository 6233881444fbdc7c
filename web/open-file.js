// Opening a file (the file picker or a drop): plain text as it is; Markdown without its markup; HTML
// reduced to its article with Readability (Mozilla's reader view, npm @mozilla/readability, served beside
// the page as readability.js). The HTML is parsed by DOMParser into an inert document: nothing in it runs
// or loads (no script, no image, no style sheet).
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

let readabilityLoaded = null;

// Readability is a classic script that defines the global Readability; loaded once, on first need.
function loadReadability() {
  readabilityLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('./readability.js', import.meta.url).href;
    script.onload = () => resolve(globalThis.Readability);
    script.onerror = () => reject(new Error('the HTML reader (readability.js) could not be loaded'));
    document.head.append(script);
  });
  return readabilityLoaded;
}

// The text of an HTML fragment's blocks, a blank line between blocks.
function blockText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...doc.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td')]
    .filter((element) => !element.querySelector('p, li, blockquote, pre'))  // the innermost blocks only
    .map((element) => element.textContent.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.length ? blocks.join('\n\n') : doc.body.textContent.replace(/[ \t]+/g, ' ').trim();
}

// Inline event handlers renamed inside the tags. They would not run anyway (a parsed document is inert and
// the page's Content-Security-Policy forbids inline scripts), but Chromium still fires an image's error
// event in such a document and reports the blocked handler on the console.
function withoutInlineHandlers(html) {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s(on[a-z]+)\s*=/gi, ' data-$1='));
}

async function htmlArticle(source) {
  const Readability = await loadReadability();
  const html = withoutInlineHandlers(source);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = new Readability(doc).parse();
  if (!article) return blockText(html);
  const body = blockText(article.content ?? '');
  const title = (article.title ?? '').trim();
  return title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
}

// Markdown's markup around the words: headings, emphasis, links and images, code, quotes.
function markdownText(markdown) {
  return markdown
    .replace(/^ {0,3}#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^ {0,3}> ?/gm, '');
}

// The article text of a File; throws an Error saying what is wrong with the file.
export async function readArticleFile(file) {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than ${MAX_FILE_BYTES / 1048576} MB.`);
  const name = file.name.toLowerCase();
  const text = await file.text();
  if (/\.html?$/.test(name) || file.type === 'text/html') return htmlArticle(text);
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return markdownText(text);
  return text;
}
