/**
 * The browser side of passage search: fetches `search/index.json`, the shards a query needs and
 * the text of the passages on screen, caches them, and runs the pure query → match → rank
 * functions. The traditional → simplified table is loaded only when a query holds a character the
 * corpus lacks.
 */
import { gramsOf, matchQuery, type PassageMatch, type PostingsLookup } from './match.js';
import type { SearchMeta, TextRow } from './meta.js';
import { decodeCounts, decodePositional, shardOf, type CountPostings, type PositionalPostings } from './postings.js';
import { conceptForQuery, expandTerm, parseQuery, type ConceptEntry, type Term } from './query.js';
import { rankMatches } from './rank.js';
import { searchIndexUrl } from '../../../scripts/model/urls.js';
import { convertT2s, type T2sTable } from './t2s.js';
import { foldText, hasHan } from './text.js';

/** What a search returns before any passage text is loaded. */
export interface SearchOutcome {
  query: string;
  terms: Term[];
  /** Per term, the forms searched (typed, simplified, glossary). */
  forms: string[][];
  concept?: ConceptEntry;
  /** Every matching passage, best first. */
  matches: PassageMatch[];
}

/** A passage ready to show. */
export interface ShownPassage {
  pid: number;
  url: string;
  text: string;
  /** Page title, then section titles down to the passage. */
  path: string[];
  document: string;
  kind: string;
}

type Fetcher = (url: string) => Promise<unknown>;

const fetchJson: Fetcher = async (url) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
};

/** Passage search over the static index at `base` (default `searchIndexUrl()`, `/search/`). */
export class PassageSearch {
  private meta?: Promise<SearchMeta>;
  private files = new Map<string, Promise<unknown>>();
  private toSimplified?: Promise<(s: string) => string>;

  constructor(private readonly base: string = searchIndexUrl(), private readonly load: Fetcher = fetchJson) {}

  /** The index tables (loaded once). */
  index(): Promise<SearchMeta> {
    return (this.meta ??= this.load(`${this.base}index.json`) as Promise<SearchMeta>);
  }

  private file<T>(path: string): Promise<T> {
    let p = this.files.get(path);
    if (!p) {
      p = this.load(this.base + path);
      p.catch(() => this.files.delete(path));
      this.files.set(path, p);
    }
    return p as Promise<T>;
  }

  /**
   * Traditional → simplified (opencc-js `tw`→`cn`, as a table derived at build time), loaded only
   * when `raw` has a Han character that the corpus never uses.
   */
  private async converterFor(raw: string, meta: SearchMeta): Promise<(s: string) => string> {
    const foreign = [...raw].some((c) => hasHan(c) && !meta.chars.includes(c));
    if (!foreign) return (s) => s;
    this.toSimplified ??= this.file<T2sTable>('t2s.json').then((table) => (s: string) => convertT2s(s, table));
    return this.toSimplified;
  }

  /** Load the shards holding `forms`' grams and return a lookup over them. */
  private async lookup(forms: readonly string[], meta: SearchMeta): Promise<PostingsLookup> {
    const { bigrams, unigrams } = gramsOf(forms);
    const bShards = [...new Set([...bigrams].map((g) => shardOf(g, meta.bigramShards)))];
    const uShards = [...new Set([...unigrams].map((g) => shardOf(g, meta.unigramShards)))];
    const [bs, us] = await Promise.all([
      Promise.all(bShards.map((i) => this.file<Record<string, string>>(`b/${i}.json`))),
      Promise.all(uShards.map((i) => this.file<Record<string, string>>(`u/${i}.json`))),
    ]);
    const bMap = new Map<string, PositionalPostings>();
    const uMap = new Map<string, CountPostings>();
    for (const g of bigrams) {
      const s = bs[bShards.indexOf(shardOf(g, meta.bigramShards))]![g];
      if (s !== undefined) bMap.set(g, decodePositional(s));
    }
    for (const g of unigrams) {
      const s = us[uShards.indexOf(shardOf(g, meta.unigramShards))]![g];
      if (s !== undefined) uMap.set(g, decodeCounts(s));
    }
    return { bigram: (g) => bMap.get(g), unigram: (c) => uMap.get(c) };
  }

  /** Run a query: parse, expand, match exactly, rank. */
  async search(query: string): Promise<SearchOutcome> {
    const meta = await this.index();
    const terms = parseQuery(query);
    const toSimplified = await this.converterFor(query, meta);
    const opts = { toSimplified, concepts: meta.concepts };
    const forms = terms.map((t) => expandTerm(t, opts));
    const idx = await this.lookup(forms.flat(), meta);
    const matches = matchQuery(forms, idx);
    const ranked = rankMatches(matches, {
      length: (pid) => meta.passageLength[pid] ?? 0,
      headingHit: (pid, fs) => headingPathOf(meta, pid).some((h) => fs.some((f) => foldText(h).includes(f))),
    });
    const concept = conceptForQuery(terms, opts);
    return { query, terms, forms, matches: ranked, ...(concept && { concept }) };
  }

  /** The definition of a concept (loads `concepts.json` once). */
  async definition(id: string): Promise<string | undefined> {
    return (await this.file<Record<string, string>>('concepts.json'))[id];
  }

  /** Passage number → ids of the concepts it mentions (loads `concept-passages.json` once). */
  async conceptsByPassage(): Promise<Map<number, string[]>> {
    const raw = await this.file<Record<string, string>>('concept-passages.json');
    const out = new Map<number, string[]>();
    for (const [id, enc] of Object.entries(raw)) for (const pid of decodeCounts(enc).keys()) out.set(pid, [...(out.get(pid) ?? []), id]);
    return out;
  }

  /** Text, link and heading path of the given passages (loads their text shards). */
  async passages(pids: readonly number[]): Promise<ShownPassage[]> {
    const meta = await this.index();
    const shardOfPid = (pid: number) => {
      let lo = 0;
      while (lo + 1 < meta.textShards.length && meta.textShards[lo + 1]! <= pid) lo++;
      return lo;
    };
    return Promise.all(
      pids.map(async (pid) => {
        const shard = shardOfPid(pid);
        const rows = await this.file<TextRow[]>(`t/${shard}.json`);
        const [anchor, text] = rows[pid - meta.textShards[shard]!]!;
        const [, document, kind, url] = meta.pages[meta.passagePage[pid]!]!;
        return { pid, url: `${url}#${anchor}`, text, path: headingPathOf(meta, pid), document, kind };
      }),
    );
  }
}

/** Page title and section titles above passage `pid`. */
export function headingPathOf(meta: SearchMeta, pid: number): string[] {
  const path: string[] = [];
  for (let s = meta.passageSection[pid] ?? -1; s >= 0; s = meta.sections[s]![1]) path.unshift(meta.sections[s]![0]);
  return [meta.pages[meta.passagePage[pid]!]![0], ...path];
}
