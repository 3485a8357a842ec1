/**
 * The browser side of passage search, on Pagefind. A query's terms expand to their forms
 * (typed, simplified, glossary); each form's cover words (tokens.ts) are looked up in Pagefind one
 * by one; the records holding every cover word of a form of every term are loaded (their
 * fragments carry the passages' text) and the passages matched exactly in that text (match.ts),
 * then ranked.
 *
 * At most `RECORD_CAP` records are loaded for one query, those holding the query as typed first:
 * beyond that (a one-character query on a large corpus) the count is an estimate (`约 N`) and the
 * results and filters come from the loaded records.
 */
import { foldText, hasHan } from './text.js';
import { conceptForQuery, expandTerm, parseQuery, type ConceptEntry, type Term } from './query.js';
import { matchRecord, type PassageMatch, type TermForms } from './match.js';
import { rankMatches } from './rank.js';
import { convertT2s } from './t2s.js';
import { coverWords } from './tokens.js';
import { pagefindUrl, searchIndexUrl } from '../../../scripts/model/urls.js';
import {
  definitionsSchema,
  recordDataSchema,
  searchConfigSchema,
  t2sTableSchema,
  type RecordData,
  type SearchConfig,
} from './schema.js';

/** Records loaded for one query at most (a record is about 1,500 characters of text). */
export const RECORD_CAP = 120;

/** What a search returns. */
export interface SearchOutcome {
  query: string;
  terms: Term[];
  concept?: ConceptEntry;
  /** Every matching passage of the loaded records, best first. */
  matches: PassageMatch[];
  /** How many passages match: exact unless `estimated`. */
  total: number;
  /** More records matched than were loaded: `total` is extrapolated. */
  estimated: boolean;
}

/** The part of Pagefind's browser API (`pagefind.js`) used here. */
interface PagefindResult {
  id: string;
  data(): Promise<{ meta: Record<string, string> }>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/** A search file, checked against its schema. */
async function fetchParsed<T>(url: string, schema: { parse(data: unknown): T }): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return schema.parse(await res.json());
}

/** Per word looked up: the records Pagefind found it in (by id). */
interface WordHits {
  results: Map<string, PagefindResult>;
}

/**
 * The words a form's records are looked up by: its first and last cover words. Every record that
 * holds the form holds them, and the passages are then found in the text; each further word would
 * download another Pagefind index chunk (tens of KB) to rule out a few records.
 */
function lookupWords(form: string): string[] {
  const cover = coverWords(form).map((c) => c.word);
  return cover.length <= 2 ? cover : [cover[0]!, cover[cover.length - 1]!];
}

/** Passage search over the site's Pagefind bundle (`pagefindUrl()`) and search files (`searchIndexUrl()`). */
export class PassageSearch {
  private configP?: Promise<SearchConfig>;
  private pagefindP?: Promise<PagefindApi>;
  private words = new Map<string, Promise<WordHits>>();
  private records = new Map<string, Promise<RecordData>>();
  private toSimplified?: Promise<(s: string) => string>;
  private definitions?: Promise<Record<string, string>>;

  constructor(
    private readonly searchDir: string = searchIndexUrl(),
    private readonly pagefindDir: string = pagefindUrl(),
  ) {}

  /** The glossary and conversion hints (loaded once). */
  config(): Promise<SearchConfig> {
    return (this.configP ??= fetchParsed(`${this.searchDir}config.json`, searchConfigSchema));
  }

  /** Pagefind's API, on the main thread: many small lookups per query cost less than a worker's messages. */
  private pagefind(): Promise<PagefindApi> {
    return (this.pagefindP ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${this.pagefindDir}pagefind.js`)) as PagefindApi;
      await pf.options({ noWorker: true });
      return pf;
    })());
  }

  /** Start loading what every query needs. */
  warm(): void {
    void this.config().catch(() => undefined);
    void this.pagefind().catch(() => undefined);
  }

  /** Traditional → simplified, loading t2s.json only when `raw` holds a character it converts. */
  private async converterFor(raw: string, config: SearchConfig): Promise<(s: string) => string> {
    if (![...raw].some((c) => hasHan(c) && config.traditional.includes(c))) return (s) => s;
    this.toSimplified ??= fetchParsed(`${this.searchDir}t2s.json`, t2sTableSchema).then(
      (table) => (s: string) => convertT2s(s, table),
    );
    return this.toSimplified;
  }

  /** Positions of one word (prefix match) in every record that holds it. */
  private lookup(word: string): Promise<WordHits> {
    let p = this.words.get(word);
    if (!p) {
      p = this.pagefind().then(async (pf) => {
        return { results: new Map(((await pf.search(word))?.results ?? []).map((r) => [r.id, r])) };
      });
      p.catch(() => this.words.delete(word));
      this.words.set(word, p);
    }
    return p;
  }

  private record(r: PagefindResult): Promise<RecordData> {
    let p = this.records.get(r.id);
    if (!p) {
      p = r.data().then((f) => recordDataSchema.parse(JSON.parse(f.meta.d ?? 'null')));
      p.catch(() => this.records.delete(r.id));
      this.records.set(r.id, p);
    }
    return p;
  }

  /** Run a query: parse, expand, look up, match exactly, rank. */
  async search(query: string): Promise<SearchOutcome> {
    const config = await this.config();
    const terms = parseQuery(query);
    const toSimplified = await this.converterFor(query, config);
    const opts = { toSimplified, concepts: config.concepts };
    const termForms: TermForms[] = terms.map((t) => ({
      forms: expandTerm(t, opts),
      exact: new Set([t.text, foldText(toSimplified(t.text))]),
    }));
    const wordList = [...new Set(termForms.flatMap((t) => t.forms.flatMap(lookupWords)))];
    const hits = new Map(await Promise.all(wordList.map(async (w) => [w, await this.lookup(w)] as const)));
    // Records holding every cover word of some form of every term; those with an exact form first.
    const holds = (form: string) => {
      const ws = lookupWords(form).map((w) => hits.get(w)!);
      return ws.length === 0
        ? new Set<string>()
        : new Set([...ws[0]!.results.keys()].filter((id) => ws.every((h) => h.results.has(id))));
    };
    let candidates: Map<string, boolean> | undefined;
    for (const t of termForms) {
      const next = new Map<string, boolean>();
      for (const f of t.forms)
        for (const id of holds(f))
          if (!candidates || candidates.has(id)) next.set(id, (next.get(id) ?? false) || t.exact.has(f));
      if (candidates) for (const [id, ex] of next) next.set(id, ex && candidates.get(id)!);
      candidates = next;
    }
    const ordered = [...(candidates ?? [])]
      .sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0] < b[0] ? -1 : 1))
      .map(([id]) => id);
    const loaded = ordered.slice(0, RECORD_CAP);
    const result = (id: string) => wordList.map((w) => hits.get(w)!.results.get(id)).find((r) => r !== undefined)!;
    const datas = await Promise.all(loaded.map((id) => this.record(result(id))));
    const matches = datas.flatMap((d) => matchRecord(termForms, d));
    const estimated = ordered.length > loaded.length;
    const total = estimated
      ? Math.round((matches.length / Math.max(1, loaded.length)) * ordered.length)
      : matches.length;
    const concept = conceptForQuery(terms, opts);
    return { query, terms, matches: rankMatches(matches), total, estimated, ...(concept && { concept }) };
  }

  /** The definition of a concept (loads `concepts.json` once). */
  async definition(id: string): Promise<string | undefined> {
    this.definitions ??= fetchParsed(`${this.searchDir}concepts.json`, definitionsSchema);
    return (await this.definitions)[id];
  }
}
