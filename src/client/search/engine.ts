/**
 * The browser side of passage search, on Pagefind. A query's terms expand to their forms
 * (typed, simplified, glossary); each form's lookup words (plan.ts `lookupWords`) are looked up
 * in Pagefind, which answers with the records holding them without loading any fragment. Those
 * records are the candidates; their fragments (which carry the passages' text) are loaded only
 * for what is shown: in the order plan.ts gives (exact before alias, headings first), a few at a
 * time, until the screen is filled, and more on 「显示更多」. Each loaded record's passages are
 * matched exactly in its text (match.ts). Every candidate can be loaded this way, so every
 * matching passage is reachable; the count is exact once every candidate has been loaded and an
 * estimate (`约 N`) before.
 */
import { findReadThrough, foldText, hasHan, readThrough } from './text.js';
import {
  conceptForQuery,
  namesWork,
  parseQuery,
  punctuatedVariants,
  termFormsOf,
  type ConceptEntry,
  type Term,
} from './query.js';
import { matchRecord, type PassageMatch, type TermForms } from './match.js';
import { rankMatches } from './rank.js';
import {
  estimateTotal,
  loadPlan,
  lookupWords,
  restrictPlan,
  shownTier,
  tierOf,
  type Candidate,
  type LoadPlan,
} from './plan.js';
import { FACETS, type Selection } from './facets.js';
import { convertT2s } from './t2s.js';
import { pagefindUrl, searchIndexUrl } from '../../../scripts/model/urls.js';
import {
  definitionsSchema,
  FACET_FILTERS,
  HEADINGS_FILTER,
  WORK_FILTER,
  recordDataSchema,
  searchConfigSchema,
  t2sTableSchema,
  worksSchema,
  type RecordData,
  type SearchConfig,
} from './schema.js';

/**
 * Records loaded in the round starting after `loaded` records: 4, 4, 8, 16, then 24 at a time.
 * The rounds depend on nothing but the count, so the list a query builds is the same however it
 * was reached (first screen, 「显示更多」, a filter, a reload).
 */
export const roundSize = (loaded: number): number => (loaded < 8 ? 4 : Math.min(loaded, 24));

/**
 * The results of one query, growing as records are loaded. `shown` only ever grows at its end,
 * so what the reader has seen keeps its place when more is loaded.
 */
export class QueryResults {
  /** Passages safe to show (plan.ts), best first. */
  readonly shown: PassageMatch[] = [];
  /** Matches of loaded records whose tier may still be outranked by an unloaded record. */
  private pending: PassageMatch[] = [];
  /** Matches of each loaded record, in plan order. */
  private loaded: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly query: string,
    readonly terms: Term[],
    readonly concept: ConceptEntry | undefined,
    private readonly plan: LoadPlan,
    private readonly termForms: readonly TermForms[],
    private readonly load: (id: string) => Promise<RecordData>,
    /**
     * Ids of the records loaded by this query's results, these and those narrowed from the same
     * query (`within`): read whenever reached, as they cost no request. Records other queries
     * loaded are not: a warm page would match hundreds of them for one screen.
     */
    private readonly loadedIds: Set<string> = new Set(),
  ) {}

  /** Every candidate record has been loaded and matched: `shown` is every matching passage. */
  get complete(): boolean {
    return this.loaded.length >= this.plan.ids.length;
  }

  /** Candidate records (Pagefind's lookups) and how many of them are loaded. */
  get records(): { candidates: number; loaded: number } {
    return { candidates: this.plan.ids.length, loaded: this.loaded.length };
  }

  /** How many passages match: exact when `complete`, else estimated from the loaded records. */
  get total(): number {
    return this.complete ? this.shown.length : estimateTotal(this.plan, this.loaded);
  }

  /**
   * The results in the records `keep` lets through (a filter selection's, `PassageSearch.narrow`),
   * ranked as these are and sharing their loaded records.
   */
  within(keep: (id: string) => boolean): QueryResults {
    const plan = restrictPlan(this.plan, keep);
    return new QueryResults(this.query, this.terms, this.concept, plan, this.termForms, this.load, this.loadedIds);
  }

  /**
   * Load records in plan order until at least `want` shown passages pass `keep` (the page's
   * filters) or every candidate is loaded, and on through rounds loaded already. Calls run one
   * after another.
   */
  fill(want: number, keep: (m: PassageMatch) => boolean = () => true): Promise<void> {
    return (this.queue = this.queue.then(() => this.fillNow(want, keep)));
  }

  private async fillNow(want: number, keep: (m: PassageMatch) => boolean): Promise<void> {
    // Beyond `want`, a round of records all loaded already is read too: it costs no request, and a
    // filter chosen once every record is in keeps its exact count.
    const next = () => this.plan.ids.slice(this.loaded.length, this.loaded.length + roundSize(this.loaded.length));
    while (!this.complete && (this.shown.filter(keep).length < want || next().every((id) => this.loadedIds.has(id)))) {
      const ids = next();
      const datas = await Promise.all(ids.map(this.load));
      for (const id of ids) this.loadedIds.add(id);
      datas.forEach((d) => {
        const ms = matchRecord(this.termForms, d);
        this.loaded.push(ms.length);
        this.pending.push(...ms);
      });
      // Show what no unloaded record can outrank, ranked within the round.
      const tier = this.complete ? 3 : shownTier(this.plan, this.loaded.length);
      this.shown.push(...rankMatches(this.pending.filter((m) => tierOf(m) <= tier)));
      this.pending = this.pending.filter((m) => tierOf(m) > tier);
    }
  }
}

/** The part of Pagefind's browser API (`pagefind.js`) used here. */
interface PagefindResult {
  id: string;
  data(): Promise<{ meta: Record<string, string> }>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  /** Creates the instance at once, reading <html lang> (the rest of its start is async). */
  init(): Promise<void>;
  mergeIndex(path: string, options?: { language?: string }): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, readonly string[] | { any: readonly string[] }> },
  ): Promise<{
    results: PagefindResult[];
  } | null>;
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

/** Passage search over the site's Pagefind bundle (`pagefindUrl()`) and search files (`searchIndexUrl()`). */
export class PassageSearch {
  private configP?: Promise<SearchConfig>;
  private pagefindP?: Promise<PagefindApi>;
  private words = new Map<string, Promise<WordHits>>();
  private workTitles?: Promise<string[]>;
  /** Per filter (a selection's, the headings'): the ids of the records it leaves. */
  private scopes = new Map<string, Promise<Set<string>>>();
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

  /**
   * Pagefind's API, on the main thread: many small lookups per query cost less than a worker's
   * messages. With the bundles of a sharded index merged (config `shards`, search-shards.ts).
   */
  private pagefind(): Promise<PagefindApi> {
    return (this.pagefindP ??= (async () => {
      const [pf, config] = await Promise.all([
        import(/* @vite-ignore */ `${this.pagefindDir}pagefind.js`) as Promise<PagefindApi>,
        this.config(),
      ]);
      await pf.options({ noWorker: true });
      // Pagefind takes its language from <html lang> when it starts, and for zh it splits every
      // query with Intl.Segmenter (三农 → 三 农), then matches all but the last word exactly: the
      // records holding the pair 三农 were not found. The index is written in words already
      // (tokens.ts), so Pagefind starts under 'en', the language the index was built with.
      const html = document.documentElement;
      const lang = html.lang;
      html.lang = 'en';
      try {
        void pf.init();
      } finally {
        html.lang = lang;
      }
      // Each further bundle shares the first's WebAssembly; it loads its metadata on first search.
      await Promise.all(config.shards.map((dir) => pf.mergeIndex(`${this.pagefindDir}${dir}`, { language: 'en' })));
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

  /**
   * The records that hold one word (prefix match): every record, or only those of the works
   * `titles` lists (Pagefind's `w` filter; none when the list is empty).
   */
  private lookup(word: string, titles?: readonly string[]): Promise<WordHits> {
    const key = titles === undefined ? word : `${word}\u0000${titles.join('\u0000')}`;
    let p = this.words.get(key);
    if (!p) {
      p = this.pagefind().then(async (pf) => {
        if (titles?.length === 0) return { results: new Map() };
        const options = titles && { filters: { [WORK_FILTER]: { any: titles } } };
        return { results: new Map(((await pf.search(word, options))?.results ?? []).map((r) => [r.id, r])) };
      });
      p.catch(() => this.words.delete(key));
      this.words.set(key, p);
    }
    return p;
  }

  /**
   * The titles of the library's works that a short title names (`党章` → `中国共产党章程` …), from
   * works.json (Pagefind's `filters()` would load every filter's index, the concepts' the largest).
   */
  private async worksNamed(work: string): Promise<string[]> {
    this.workTitles ??= fetchParsed(`${this.searchDir}works.json`, worksSchema);
    this.workTitles.catch(() => (this.workTitles = undefined));
    return (await this.workTitles).filter((title) => namesWork(title, work));
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

  /** Ids of every headings record. */
  private headings(): Promise<Set<string>> {
    return this.filtered(HEADINGS_FILTER);
  }

  /** Ids of the records a Pagefind filter leaves: one filter-only lookup (the filter index, no fragment). */
  private filtered(filters: Record<string, readonly string[] | { any: readonly string[] }>): Promise<Set<string>> {
    const key = JSON.stringify(filters);
    let p = this.scopes.get(key);
    if (!p) {
      p = this.pagefind().then(
        async (pf) => new Set(((await pf.search(null, { filters }))?.results ?? []).map((r) => r.id)),
      );
      p.catch(() => this.scopes.delete(key));
      this.scopes.set(key, p);
    }
    return p;
  }

  /**
   * The results of `o` that the filter selection can leave: only the records of the chosen kinds,
   * documents and chapters that mention a chosen concept are loaded (a passage's own concepts are
   * still checked: a record is a run of passages). `o` itself when nothing is chosen.
   */
  async narrow(o: QueryResults, selection: Selection): Promise<QueryResults> {
    const chosen = FACETS.filter((f) => selection[f].size > 0);
    if (chosen.length === 0) return o;
    const ids = await this.filtered(
      Object.fromEntries(chosen.map((f) => [FACET_FILTERS[f], { any: [...selection[f]].sort() }])),
    );
    return o.within((id) => ids.has(id));
  }

  /**
   * Start a query: parse, expand, look up every form's words and plan the candidate records. No
   * fragment is loaded yet: `fill()` on the result loads what is to be shown.
   */
  async search(query: string): Promise<QueryResults> {
    const config = await this.config();
    const terms = parseQuery(query);
    const toSimplified = await this.converterFor(query, config);
    const opts = { toSimplified, concepts: config.concepts };
    const termForms = termFormsOf(terms, opts);
    const lookup = (form: string) => lookupWords(form, config.common);
    // A form counted only within a work (a cited article) is looked up in that work's records only.
    const titles = new Map<string, string[]>();
    for (const work of new Set(termForms.flatMap((t) => [...(t.within?.values() ?? [])])))
      titles.set(work, await this.worksNamed(work));
    const wordHits = (t: TermForms, form: string) => {
      const work = t.within?.get(form);
      return Promise.all(lookup(form).map((w) => this.lookup(w, work === undefined ? undefined : titles.get(work))));
    };
    const [hits, headings] = await Promise.all([
      Promise.all(termForms.map((t) => Promise.all(t.forms.map((f) => wordHits(t, f))))),
      this.headings(),
    ]);
    // Records holding every lookup word of some form of every term; exact when a typed form's.
    const holds = (ws: readonly WordHits[]) =>
      ws.length === 0
        ? new Set<string>()
        : new Set([...ws[0]!.results.keys()].filter((id) => ws.every((h) => h.results.has(id))));
    let candidates: Map<string, boolean> | undefined;
    termForms.forEach((t, ti) => {
      const next = new Map<string, boolean>();
      t.forms.forEach((f, fi) => {
        for (const id of holds(hits[ti]![fi]!))
          if (!candidates || candidates.has(id)) next.set(id, (next.get(id) ?? false) || t.exact.has(f));
      });
      if (candidates) for (const [id, ex] of next) next.set(id, ex && candidates.get(id)!);
      candidates = next;
    });
    const plan = loadPlan(
      [...(candidates ?? [])].map(([id, exact]): Candidate => ({ id, exact, heading: headings.has(id) })),
    );
    const found = hits.flat(2);
    const result = (id: string) => found.map((h) => h.results.get(id)).find((r) => r !== undefined)!;
    const concept = conceptForQuery(terms, opts);
    return new QueryResults(query, terms, concept, plan, termForms, (id) => this.record(result(id)));
  }

  /**
   * How a one-word query that found nothing is printed in the library as a slogan of parts
   * (`立党为公执政为民` → `立党为公、执政为民`): the variants (query.ts `punctuatedVariants`) an
   * exact search finds as written, up to `n`, best guess first. A variant is offered, never
   * searched in the query's place: search stays exact. Variants whose words no record holds
   * together cost their lookups only (cached per word); the rest load a few records each.
   */
  async printedForms(query: string, n = 3): Promise<string[]> {
    const terms = parseQuery(query);
    if (terms.length !== 1) return [];
    const searches = await Promise.all(punctuatedVariants(terms[0]!.text).map((v) => this.search(v)));
    // The search reads any punctuation between two runs as a gap: keep a variant printed as it is.
    const prints = (text: string, form: string) =>
      findReadThrough(readThrough(foldText(text)), foldText(form)).length > 0;
    const found: string[] = [];
    for (const o of searches) {
      if (found.length >= n) break;
      if (o.records.candidates === 0) continue;
      await o.fill(3);
      if (o.shown.some((m) => prints(m.passage.text, o.query))) found.push(o.query);
    }
    return found;
  }

  /** The definition of a concept (loads `concepts.json` once). */
  async definition(id: string): Promise<string | undefined> {
    this.definitions ??= fetchParsed(`${this.searchDir}concepts.json`, definitionsSchema);
    return (await this.definitions)[id];
  }
}
