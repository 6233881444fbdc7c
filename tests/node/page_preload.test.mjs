// index.html lists every module app.js imports, directly or through its imports, as a modulepreload:
// the browser then fetches them all beside app.js instead of one import after another, and the page's
// script (which only runs once all are here) starts sooner. A new import without its line fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

// The files a module imports statically (`import ... from './x.js'`; not `import('./x.js')`, which loads later).
function staticImports(file) {
  const source = readFileSync(join(web, file), 'utf8');
  return [...source.matchAll(/^import\s[^;]*?from\s+'\.\/([^']+)'/gms)].map((match) => match[1]);
}

function importedBy(entry) {
  const seen = new Set();
  const visit = (file) => {
    for (const imported of staticImports(file)) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      visit(imported);
    }
  };
  visit(entry);
  return seen;
}

test('index.html modulepreloads every module app.js imports, and nothing else', () => {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]));
  const imported = importedBy('app.js');
  assert.ok(imported.has('corrections.js') && imported.has('storage.js'), 'the import walk finds direct and indirect imports');
  assert.deepEqual([...preloaded].sort(), [...imported].sort());
});

test('boot.js runs before app.js and before the stylesheet, as a classic script', () => {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const boot = html.indexOf('<script src="boot.js"></script>');
  assert.ok(boot > 0, 'index.html loads boot.js as a plain (blocking, classic) script');
  assert.ok(boot < html.indexOf('<link rel="stylesheet"'));
  assert.ok(boot < html.indexOf('<script type="module" src="app.js">'));
  assert.ok(boot > html.indexOf('Content-Security-Policy'), 'the page\'s CSP applies to it');
});
