// Long texts for the benchmarks: the gold articles (tests/gold/src, real news written for Lede's tests)
// one after another, repeated to the size asked for.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const goldDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'gold', 'src');

export function longText(characters) {
  const once = readdirSync(goldDir).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => readFileSync(join(goldDir, name), 'utf8')).join('\n\n');
  return Array.from({ length: Math.ceil(characters / once.length) }, () => once).join('\n\n');
}
