// Long texts for the benchmarks: the gold articles' texts (tests/gold/*.json, news written for Lede's
// tests) one after another, repeated to the size asked for.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const goldDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'gold');

export function goldArticles() {
  return readdirSync(goldDir).filter((name) => name.endsWith('.json')).sort()
    .map((name) => JSON.parse(readFileSync(join(goldDir, name), 'utf8')).text);
}

export function longText(characters) {
  const once = goldArticles().join('\n\n');
  return Array.from({ length: Math.ceil(characters / once.length) }, () => once).join('\n\n');
}
