/**
 * The Pagefind records of passage search, pure: corpus.json's passages → one record per run of
 * consecutive passages of a reading page (about `chunkChars` characters). A record's content is
 * the set of its passages' words (tokens.ts; of a traditional passage's simplified form, `folds`,
 * t2s-table.ts); its `d` metadata holds each passage's real text (and that form), link, heading
 * path and concepts, so the browser finds the passages in the text itself
 * (match.ts) and writes excerpts from the text the reader will see, not from the words.
 *
 * Why runs of passages and not one record per passage: Pagefind's metadata file, which every
 * search loads first, holds an entry per record (about 7 bytes gzip); at 100× this corpus one
 * record per passage makes it half a megabyte, grouped passages a tenth of that.
 */
import type { Corpus, PassageTable } from '../client/search/corpus.js';
import {
  FACET_FILTERS,
  HEADINGS_FILTER,
  WORK_FILTER,
  type ConceptEntry,
  type RecordData,
  type SearchConfig,
} from '../client/search/schema.js';
import { GAP, passageWords } from '../client/search/tokens.js';
import type { T2sTable } from '../client/search/t2s.js';
import { pageIds } from '../client/search/url-state.js';

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { d: string };
  /**
   * `w`: the work (root document title), and the filter groups' values (FACET_FILTERS), on every
   * record; `t: ['h']` on a page's headings record: the browser finds them all without a fragment.
   */
  filters: Record<string, string[]>;
}

/** Characters of text per record; a passage is never split. */
export const DEFAULT_CHUNK_CHARS = 1500;

/**
 * Passages that mention each concept: from corpus.json's `concepts[].occurrences` (the concept
 * annotator's word-boundary-aware marks) when present, else passages containing the term or an alias.
 */
export function conceptPassages(
  table: PassageTable,
  annotated: Corpus['concepts'],
  concepts: readonly ConceptEntry[],
): Map<number, string[]> {
  const pidOfUrl = new Map(table.passages.map((p, pid) => [p.url, pid]));
  const out = new Map<number, string[]>();
  for (const c of concepts) {
    const occurrences = annotated?.find((a) => a.id === c.id)?.occurrences;
    const pids = occurrences
      ? occurrences.flatMap((o) => pidOfUrl.get(o.url) ?? [])
      : table.passages.flatMap((p, pid) => ([c.term, ...c.aliases].some((f) => p.text.includes(f)) ? [pid] : []));
    for (const pid of new Set(pids)) out.set(pid, [...(out.get(pid) ?? []), c.id]);
  }
  return out;
}

/** Section titles from the top of the page down to section `s` (none for -1). */
function sectionPath(table: PassageTable, s: number): string[] {
  const path: string[] = [];
  for (let i = s; i >= 0; i = table.sections[i]!.parent) path.unshift(table.sections[i]!.title);
  return path;
}

/**
 * Every record, in document order: per reading page one record of its headings (document, page
 * and section titles, so a heading hit is found and ranked first by loading a few small records),
 * then its paragraphs in runs of about `chunkChars` characters. The record URL is its first
 * passage's link, unique per record; Pagefind needs one but the browser links each passage by its own.
 */
export function buildRecords(
  table: PassageTable,
  mentions: ReadonlyMap<number, string[]>,
  chunkChars = DEFAULT_CHUNK_CHARS,
  folds: ReadonlyMap<number, string> = new Map(),
): SearchRecord[] {
  const groups: { pids: number[]; heading: boolean }[] = [];
  let headings: number[] = [];
  let page = -1;
  let chars = Infinity;
  table.passages.forEach((p, pid) => {
    if (p.page !== page) {
      page = p.page;
      headings = [];
      groups.push({ pids: headings, heading: true });
      chars = Infinity;
    }
    if (p.heading) return void headings.push(pid);
    if (chars >= chunkChars) {
      groups.push({ pids: [pid], heading: false });
      chars = 0;
    } else groups[groups.length - 1]!.pids.push(pid);
    chars += p.text.length + (p.translation?.length ?? 0);
  });
  return groups.filter((g) => g.pids.length > 0).map((g) => pagefindRecord(table, mentions, folds, g.pids, g.heading));
}

/** One record of passages `pids` (all of one reading page). */
function pagefindRecord(
  table: PassageTable,
  mentions: ReadonlyMap<number, string[]>,
  folds: ReadonlyMap<number, string>,
  pids: readonly number[],
  heading: boolean,
): SearchRecord {
  const ps = pids.map((pid) => {
    const fold = folds.get(pid);
    return fold === undefined ? table.passages[pid]! : { ...table.passages[pid]!, fold };
  });
  const page = table.pages[ps[0]!.page]!;
  const ids = pageIds(page.url);
  // Each word once per record: the browser needs from Pagefind only which records hold a word
  // (it finds the passages in the record's text), and one location per word and record keeps
  // Pagefind's index chunks, which a query downloads whole, several times smaller.
  const words = [...new Set(passageWords(ps).words.filter((w) => w !== GAP))].sort();
  const data: RecordData = {
    page: {
      title: page.title,
      document: page.document,
      doc: ids.document,
      chapter: ids.chapter,
      kind: page.kind,
      url: page.url,
    },
    passages: ps.map((p, i) => ({
      pid: pids[i]!,
      url: p.url,
      text: p.text,
      ...('fold' in p && { fold: p.fold }),
      path: sectionPath(table, p.section),
      concepts: mentions.get(pids[i]!) ?? [],
      ...(p.heading && { heading: true as const }),
      ...(p.translation && { translation: p.translation }),
    })),
  };
  const concepts = [...new Set(data.passages.flatMap((p) => p.concepts))].sort();
  return {
    url: ps[0]!.url,
    content: words.join(' '),
    language: 'en',
    meta: { d: JSON.stringify(data) },
    filters: {
      [WORK_FILTER]: [page.document],
      [FACET_FILTERS.kind]: [page.kind],
      [FACET_FILTERS.document]: [ids.document],
      [FACET_FILTERS.chapter]: [ids.chapter],
      ...(concepts.length > 0 && { [FACET_FILTERS.concept]: concepts }),
      ...(heading && HEADINGS_FILTER),
    },
  };
}

/**
 * `search/config.json`: the glossary (definitions stay in concepts.json), the Pagefind bundles to
 * merge (search-shards.ts) and the characters a
 * conversion can change: every key of `chars`, and of each phrase the characters its conversion
 * changes (all of them when the lengths differ). A query with none of them converts to itself, so
 * 一 (which starts the phrase 一目瞭然) does not make the page fetch t2s.json.
 */
export function searchConfig(
  concepts: readonly ConceptEntry[],
  t2s: T2sTable,
  common: string[] = [],
  shards: string[] = [],
): SearchConfig {
  const changed = new Set(Object.keys(t2s.chars));
  for (const [from, to] of Object.entries(t2s.phrases))
    [...from].forEach((c, i) => {
      if (from.length !== to.length || to[i] !== c) changed.add(c);
    });
  return {
    version: 5,
    concepts: concepts.map(({ definition: _d, ...c }) => c),
    common,
    shards,
    traditional: [...changed].sort().join(''),
  };
}

/** `search/works.json`: the title of every work (root document), sorted, once each. */
export const workTitles = (table: PassageTable): string[] => [...new Set(table.pages.map((p) => p.document))].sort();

/** Share of the records a word must be held by to count as common. */
export const COMMON_SHARE = 0.2;

/**
 * The words held by at least `share` of the records, most common first (ties by word), for
 * config.json: the browser looks a form up by its two rarest words (plan.ts `lookupWords`).
 */
export function commonWords(records: readonly SearchRecord[], share = COMMON_SHARE): string[] {
  const held = new Map<string, number>();
  for (const r of records) for (const w of r.content.split(' ')) held.set(w, (held.get(w) ?? 0) + 1);
  return [...held]
    .filter(([, n]) => n >= share * records.length)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
}
