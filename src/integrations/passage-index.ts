/**
 * Build the passage search index, pure: corpus.json → small static files under `search/`.
 * A positional bigram index (every pair of adjacent searchable characters, with its offsets) finds
 * any string exactly; a unigram index answers one-character queries; the passage text is sharded
 * so a result page loads only the shards of the passages it shows.
 */
import { flattenCorpus, type Corpus, type PassageTable } from '../client/search/corpus.js';
import type { ConceptEntry } from '../client/search/query.js';
import { encodeCounts, encodePositional, shardOf, type CountPostings, type PositionalPostings } from '../client/search/postings.js';
import { foldText, isWordChar } from '../client/search/text.js';
import type { SearchMeta } from '../client/search/meta.js';
import { buildT2sTable } from './t2s-table.js';

/** Sizes of the shard sets; chosen so one shard is ~1–3 KB gzipped on this corpus. */
export interface PassageIndexOptions {
  bigramShards: number;
  unigramShards: number;
  /** Characters of passage text per text shard. */
  textShardChars: number;
}

/** The shard sizes the site is built with. */
export const defaultPassageIndexOptions: PassageIndexOptions = { bigramShards: 256, unigramShards: 64, textShardChars: 1500 };

/** A file to write under the site's `search/` directory. */
export interface IndexFile {
  path: string;
  contents: string;
}

/** Sorted-key JSON object of one shard (deterministic output). */
function shardJson(entries: Map<string, string>): string {
  const keys = [...entries.keys()].sort();
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, entries.get(k)!])));
}

/** Postings of every bigram and character of the passages (folded text). */
export function buildPostings(texts: readonly string[]): { bigrams: Map<string, PositionalPostings>; unigrams: Map<string, CountPostings> } {
  const bigrams = new Map<string, PositionalPostings>();
  const unigrams = new Map<string, CountPostings>();
  texts.forEach((raw, pid) => {
    const t = foldText(raw);
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (!isWordChar(c)) continue;
      const u = unigrams.get(c) ?? new Map<number, number>();
      u.set(pid, (u.get(pid) ?? 0) + 1);
      unigrams.set(c, u);
      const next = t[i + 1];
      if (next === undefined || !isWordChar(next)) continue;
      const gram = c + next;
      const b = bigrams.get(gram) ?? new Map<number, number[]>();
      const positions = b.get(pid) ?? [];
      positions.push(i);
      b.set(pid, positions);
      bigrams.set(gram, b);
    }
  });
  return { bigrams, unigrams };
}

/**
 * Passages that mention each concept: from corpus.json's `concepts[].occurrences` (the concept
 * annotator's word-boundary-aware marks) when present, else passages containing the term or an alias.
 */
export function conceptPassages(table: PassageTable, annotated: Corpus['concepts'], concepts: readonly ConceptEntry[]): Map<string, number[]> {
  const pidOfUrl = new Map(table.passages.map((p, pid) => [p.url, pid]));
  const out = new Map<string, number[]>();
  for (const c of concepts) {
    const occurrences = annotated?.find((a) => a.id === c.id)?.occurrences;
    const pids = occurrences
      ? occurrences.flatMap((o) => pidOfUrl.get(o.url) ?? [])
      : table.passages.flatMap((p, pid) => ([c.term, ...c.aliases].some((f) => p.text.includes(f)) ? [pid] : []));
    if (pids.length > 0) out.set(c.id, [...new Set(pids)].sort((a, b) => a - b));
  }
  return out;
}

/** Consecutive passages grouped into text shards of about `chars` characters: first pid of each. */
export function textShardStarts(table: PassageTable, chars: number): number[] {
  const starts: number[] = [];
  let size = Infinity;
  table.passages.forEach((p, pid) => {
    if (size >= chars) {
      starts.push(pid);
      size = 0;
    }
    size += p.text.length;
  });
  return starts;
}

/**
 * Every file of the passage index: `index.json` (tables, shard counts, glossary terms),
 * `concepts.json` (definitions), `concept-passages.json`, `t2s.json` (traditional → simplified), `b/N.json`
 * bigram shards, `u/N.json` unigram shards, `t/N.json` passage text shards.
 */
export function buildPassageIndex(corpus: Corpus, concepts: readonly ConceptEntry[], options: Partial<PassageIndexOptions> = {}): IndexFile[] {
  const opts = { ...defaultPassageIndexOptions, ...options };
  const table = flattenCorpus(corpus);
  const { bigrams, unigrams } = buildPostings(table.passages.map((p) => p.text));
  const files: IndexFile[] = [];
  const shardFiles = <T>(dir: string, shards: number, postings: Map<string, T>, encode: (p: T) => string) => {
    const groups = Array.from({ length: shards }, () => new Map<string, string>());
    for (const [gram, p] of postings) groups[shardOf(gram, shards)]!.set(gram, encode(p));
    groups.forEach((g, i) => files.push({ path: `${dir}/${i}.json`, contents: shardJson(g) }));
  };
  shardFiles('b', opts.bigramShards, bigrams, encodePositional);
  shardFiles('u', opts.unigramShards, unigrams, encodeCounts);
  const starts = textShardStarts(table, opts.textShardChars);
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? table.passages.length;
    const rows = table.passages.slice(start, end).map((p) => [p.url.slice(p.url.indexOf('#') + 1), p.text]);
    files.push({ path: `t/${i}.json`, contents: JSON.stringify(rows) });
  });
  const meta: SearchMeta = {
    version: 1,
    bigramShards: opts.bigramShards,
    unigramShards: opts.unigramShards,
    textShards: starts,
    pages: table.pages.map((p) => [p.title, p.document, p.kind, p.url]),
    sections: table.sections.map((s) => [s.title, s.parent]),
    passagePage: table.passages.map((p) => p.page),
    passageSection: table.passages.map((p) => p.section),
    passageLength: table.passages.map((p) => p.text.length),
    chars: [...unigrams.keys()].sort().join(''),
    // Definitions stay out of index.json: only a query that names a concept loads them.
    concepts: concepts.map(({ definition: _d, ...c }) => c),
  };
  files.push({ path: 'index.json', contents: JSON.stringify(meta) });
  const definitions = Object.fromEntries(concepts.flatMap((c) => (c.definition ? [[c.id, c.definition]] : [])));
  files.push({ path: 'concepts.json', contents: JSON.stringify(definitions) });
  files.push({ path: 't2s.json', contents: JSON.stringify(buildT2sTable(new Set(unigrams.keys()))) });
  const mentions = conceptPassages(table, corpus.concepts, concepts);
  files.push({ path: 'concept-passages.json', contents: shardJson(new Map([...mentions].map(([id, pids]) => [id, encodeCounts(new Map(pids.map((p) => [p, 1])))]))) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
