// TypeScript declarations for lede.js (README "The JavaScript API") and the lede/1 result it returns
// (its JSON Schema is docs/lede-1.schema.json). Keys may be added
// in later versions, never removed or given another meaning.

/** Where to load a file from: a URL (fetched in pages and workers) or, in node, a path or file: URL. */
export type Source = string | URL;
/** File contents. */
export type Bytes = ArrayBuffer | ArrayBufferView;

export interface CreateAnalyzerOptions {
  /**
   * lede-core.wasm: a URL or path, its bytes, or an already compiled module.
   * Default: `lede-core.wasm` beside lede.js (fetched in a browser, read from disk in node).
   */
  wasm?: Source | Bytes | WebAssembly.Module;
  /**
   * The model file (`lede-en-<version>.model`): a URL or path, or its bytes. `null`: no model, the
   * rule-based stages run alone. Default (`undefined`): the model named by `lede-model.json` beside
   * lede.js (`{"file": "lede-en-0.1.0.model"}`, written by the build), loaded from beside lede.js while
   * the wasm compiles; rules only when that file names no model (`{"file": null}`) or is missing.
   * A model that is truncated, corrupt or of a newer format rejects createAnalyzer with an Error that
   * names the reason ("the model from ... is not valid: checksum mismatch: the file is corrupt").
   */
  model?: Source | Bytes | null;
}

export type Pipeline = 'full' | 'entities';
export type OffsetUnit = 'utf16' | 'codepoint' | 'byte';

export interface AnalyzeOptions {
  /** Include the tokens array. Default false. */
  tokens?: boolean;
  /** The document date, YYYY-MM-DD, a real calendar day; relative dates resolve against it. */
  date?: string | null;
  /**
   * The reader's day, YYYY-MM-DD (the page passes the local date). Used only without `date`: a document
   * date the text states without its year ("NAIROBI, Dec 3 (Reuters) -") becomes the latest such day on
   * or before it.
   */
  today?: string | null;
  /** `full` (default) or `entities` (no parser, relations or events: the fastest). */
  pipeline?: Pipeline;
  /** Unit of every start/end. Default `utf16`: indices into the JavaScript string given to analyze(). */
  offsets?: OffsetUnit;
}

export interface Analyzer {
  /**
   * Analyzes one document. Throws a TypeError for a text that is not a string or an option of the wrong
   * type, an Error for a bad option value (an invalid date, an unknown pipeline), after dispose(), or if
   * the WebAssembly core fails (out of memory); after such a failure the analyzer refuses further work.
   */
  analyze(text: string, options?: AnalyzeOptions): Result;
  /**
   * Starts the same analysis in steps, for long texts: call `job.step(ms)` until `job.done`, then
   * `job.result()`, which equals `analyze(text, options)`. Throws as analyze() does. A text of more than
   * MAX_TEXT_BYTES (UTF-8) is refused by both at once, before anything is allocated.
   */
  begin(text: string, options?: AnalyzeOptions): Job;
  /**
   * `result` (from analyze(), saved, or corrected) in an export format, as a string: the same bytes as
   * `lede export --format FORMAT`. brat and displacy count code points in the analyzed text, which a
   * result does not hold: pass it as `options.text`. Throws a LedeError for an invalid result (its reason)
   * or a format that needs the text it was not given.
   */
  export(result: Result, format: ExportFormat, options?: { text?: string }): string;
  /**
   * Many articles' entities merged by type and canonical name; `articles` holds, per article, one
   * [type, name, mentions] per entity. Entities come most widespread first; pairs are entities named in
   * the same articles ([i, j, how many articles]).
   */
  summarizeCorpus(articles: Array<Array<[string, string, number]>>): {
    articles: number;
    entities: Array<{ type: string; name: string; articles: number; mentions: number }>;
    pairs: Array<[number, number, number]>;
  };
  /** The same corpus as CSV (type, name, articles, mentions) or GEXF 1.3. */
  exportCorpus(articles: Array<Array<[string, string, number]>>, format: 'csv' | 'gexf'): string;
  /**
   * The size of the WebAssembly memory in bytes. It never shrinks within one core: past RENEW_ABOVE_BYTES
   * after an analysis the analyzer moves to a fresh core (releaseMemory), and it falls back.
   */
  readonly memoryBytes: number;
  /**
   * Moves to a fresh core when the memory is past RENEW_ABOVE_BYTES (done on its own after each analysis
   * and job); the promise resolves once the old memory is let go (after any running job ends).
   */
  releaseMemory(): Promise<void>;
  /** The Lede version of the WebAssembly core, e.g. "0.1.0". */
  readonly version: string;
  /**
   * The model the core analyzes with (also written into every result's `model`): the model file's name
   * and version, or `{name: "lede-rules", ...}` without one.
   */
  readonly model: ModelInfo;
  /** Seconds per pipeline stage (and `export`) analyzing `text`: a benchmarking aid (scripts/bench.sh). */
  timeStages(text: string): { tokens: number; stages: Record<string, number> };
  /** Frees the WebAssembly memory held by this analyzer; analyze() throws afterwards. Safe to call twice. */
  dispose(): void;
}

/** One analysis in steps (Analyzer.begin). */
export interface Job {
  /** Runs about `ms` milliseconds of the analysis (at least one slice of it); returns the progress, 0 to 1. */
  step(ms?: number): number;
  /** The progress after the last step: 1 exactly when the analysis is finished. */
  readonly progress: number;
  readonly done: boolean;
  /** The result, once done (a LedeError before); the job is then spent. */
  result(): Result;
  /** Drops an unfinished job and frees its memory. Safe to call twice. */
  cancel(): void;
}

/** The longest text (in UTF-8 bytes) one analysis takes: 24 MB. */
export const MAX_TEXT_BYTES: number;
/** The wasm memory past which an analyzer moves to a fresh core after an analysis: 128 MB. */
export const RENEW_ABOVE_BYTES: number;

/** The formats of Analyzer.export (CSV tables, brat standoff, displaCy's manual JSON, GEXF 1.3). */
export type ExportFormat = 'csv' | 'csv-mentions' | 'csv-relations' | 'csv-quotes' | 'brat' | 'displacy' | 'gexf';
export const EXPORT_FORMATS: readonly ExportFormat[];

/** The error lede.js throws or rejects with for a failure of the core, the model or an option value. */
export class LedeError extends Error {
  name: 'LedeError';
}

/**
 * Loads the WebAssembly core and the model and returns an analyzer. Rejects with a LedeError that says what
 * failed (a missing or unreadable file, an HTTP error, bytes that are not a valid lede-core.wasm, a model
 * file that is not valid).
 */
export function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;

/**
 * The bytes of the default model (the file `lede-model.json` beside lede.js names), or null when it names
 * none: to start the download before the wasm is at hand, then pass them as `createAnalyzer({ model })`.
 * `file`: what lede-model.json says, when the caller knows it already (one request fewer); omitted, it is
 * read. Rejects with a LedeError as createAnalyzer would.
 */
export function downloadDefaultModel(file?: string | null): Promise<Uint8Array | null>;

// ---- lede/1 --------------------------------------------------------------------------------------------

export type EntityType =
  | 'PERSON' | 'NORP' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'EVENT' | 'WORK' | 'LAW' | 'PRODUCT'
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL' | 'TITLE' | 'MISC';

export type RelationType =
  | 'role' | 'member_of' | 'located_in' | 'based_in' | 'lives_in' | 'met' | 'visited' | 'killed' | 'open';

/** An ISO 8601 date or time, partial when the text is: "2018", "2018-02", "2018-04-24", "2018-04-24T10:30". */
export type IsoValue = string;

export interface ModelInfo {
  name: string;
  version: string;
}

/** Offsets are end-exclusive, in the unit of Result.offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {}

/** With the tokens option. Layers a stage has not produced yet may be absent. */
export interface Token extends Span {
  text?: string;
  /** Universal POS tag. */
  pos?: string;
  /** Penn Treebank tag. */
  tag?: string;
  lemma?: string;
  /** Token index of the head; -1 for the root. */
  head?: number;
  /** Universal Dependencies relation to the head. */
  dep?: string;
}

export interface Mention extends Span {
  id: number;
  /** The mention's text: with utf16 offsets, `text.slice(start, end)` of the analyzed string. */
  text: string;
  /** The entity's type; a TITLE mention stays TITLE when it belongs to the PERSON holding the title. */
  type: EntityType;
  /** Index into Result.entities, or null while unresolved. */
  entity: number | null;
  /** Index into Result.sentences. */
  sentence: number;
  /** The tagger's confidence; for a pronoun, the resolver's. */
  score: number;
  /** Present on a pronoun ("he", "its") linked to its entity; never on names. */
  pronoun?: true;
}

export interface Entity {
  id: number;
  type: EntityType;
  /** The canonical name. */
  name: string;
  /** Indices into Result.mentions, in text order. */
  mentions: number[];
  /** A person's titles, spelled out ("Chief of Army Staff", "General"); empty for other entities. */
  titles: string[];
  /** The entity's share of the article's attention, 0..1; the entities' shares sum to 1. */
  salience: number;
}

export interface Relation extends Span {
  id: number;
  type: RelationType;
  /** Entity index. */
  subject: number;
  /** Entity index; null for a role whose post names no organization or country. */
  object: number | null;
  subject_mention: number;
  /** Mention index (for role: the TITLE mention), or null. */
  object_mention: number | null;
  /** For role relations: the title text. */
  title?: string;
  /** The verb's lemma with its particle or preposition ("accuse of"). */
  predicate: string;
  negated: boolean;
  date: IsoValue | null;
  sentence: number;
  score: number;
}

export interface Quote extends Span {
  /** Entity index of the speaker, or null for an unnamed source. */
  speaker: number | null;
  /** The source as written ("he", "Rana", "a senior official"), or null when nobody is named. */
  speaker_text: string | null;
  /** Index into Result.mentions of the mention naming the speaker, or null. */
  speaker_mention: number | null;
  /** Where speaker_text is written; present with it. */
  speaker_start?: number;
  speaker_end?: number;
  sentence: number;
  /** Reported speech ("X said that ..."): the span is the reported clause. */
  indirect: boolean;
  /** When it was said (the date in the attribution's sentence), or null. */
  date: IsoValue | null;
}

/** A dated relation or quote; Result.timeline lists them in date order. */
export interface TimelineEntry {
  date: IsoValue;
  kind: 'relation' | 'quote';
  /** Index into Result.relations or Result.quotes. */
  index: number;
}

export interface DateValue {
  /** Index into Result.mentions. */
  mention: number;
  value: IsoValue;
  /** The end of a range, or null. */
  end: IsoValue | null;
  anchor: 'absolute' | 'document' | 'unknown';
}

export interface Result {
  schema: 'lede/1';
  model: ModelInfo;
  offsets: OffsetUnit;
  /** The document date: given to analyze(), else found in the text (a "Published" line, a dateline), or null. */
  date: string | null;
  /** Where date came from. */
  date_source: 'option' | 'published' | 'dateline' | null;
  sentences: Sentence[];
  /** Present with the tokens option. */
  tokens?: Token[];
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  quotes: Quote[];
  dates: DateValue[];
  timeline: TimelineEntry[];
}
