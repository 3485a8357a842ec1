/**
 * Schemas of the search files the site writes (issue 13: no parsed JSON is trusted by a cast).
 * zod's mini build keeps them small enough for the search page's cold download.
 * - `search/config.json`: the glossary without definitions and the characters a traditional query
 *   may need converting;
 * - `search/concepts.json`: concept id → definition, loaded for a concept card;
 * - `search/t2s.json`: the traditional → simplified table, loaded for a traditional query;
 * - `search/works.json`: the titles of the library's works, loaded for an article cited by its work;
 * - the `d` metadata of every Pagefind record: its page and the passages it holds.
 */
import * as z from 'zod/v4-mini';
import type { Facet } from './facets.js';

/** A glossary entry as search uses it. */
export const conceptEntrySchema = z.object({
  id: z.string(),
  term: z.string(),
  /** The concept page, '' when none was built. */
  url: z.string(),
  aliases: z.array(z.string()),
  /** The term's pinyin, a syllable a word (`liang xue yi zuo`): a query typed in pinyin suggests it. */
  pinyin: z.string(),
  definition: z.optional(z.string()),
});
export type ConceptEntry = z.infer<typeof conceptEntrySchema>;

/** `search/config.json`. */
export const searchConfigSchema = z.object({
  version: z.literal(5),
  concepts: z.array(conceptEntrySchema),
  /** Folders of further Pagefind bundles inside the first (search-shards.ts), merged at start. */
  shards: z.array(z.string()),
  /** The words (tokens.ts) held by the most records, most common first: lookups avoid them. */
  common: z.array(z.string()),
  /** Every character a conversion by t2s.json can change: a query without one needs no conversion. */
  traditional: z.string(),
});
export type SearchConfig = z.infer<typeof searchConfigSchema>;

/** `search/works.json`: every root document's title, sorted (query.ts `namesWork` reads short titles in them). */
export const worksSchema = z.array(z.string());

/** `search/concepts.json`: concept id → definition. */
export const definitionsSchema = z.record(z.string(), z.string());

/** `search/t2s.json` (see t2s.ts). */
export const t2sTableSchema = z.object({
  chars: z.record(z.string(), z.string()),
  phrases: z.record(z.string(), z.string()),
  maxPhrase: z.number(),
});

/** One passage of a record. */
export const recordPassageSchema = z.object({
  /** Passage number in document order (flattenCorpus), stable for one build. */
  pid: z.number(),
  /** `/library/<root>/<slug>/#p-2-1-3` (a heading: its section anchor or the page). */
  url: z.string(),
  text: z.string(),
  /**
   * A passage in traditional characters: its simplified form, character for character (same
   * length), which search matches a query against (`黨風` is found by 党风).
   */
  fold: z.optional(z.string()),
  /** Section titles above the passage, below the page title. */
  path: z.array(z.string()),
  heading: z.optional(z.literal(true)),
  translation: z.optional(z.string()),
  /** Ids of the glossary concepts the passage mentions. */
  concepts: z.array(z.string()),
});
export type RecordPassage = z.infer<typeof recordPassageSchema>;

/** The reading page a record belongs to. */
export const recordPageSchema = z.object({
  title: z.string(),
  /** Root document title and id, chapter (page) id as url-state.ts spells filter ids. */
  document: z.string(),
  doc: z.string(),
  chapter: z.string(),
  kind: z.string(),
  url: z.string(),
});
export type RecordPage = z.infer<typeof recordPageSchema>;

/** Pagefind filter of each reading page's headings record (search-records.ts), loaded before text records. */
export const HEADINGS_FILTER: Record<string, string[]> = { t: ['h'] };

/**
 * Pagefind filter naming the work every record belongs to (its root document's title): an article
 * cited by its work (`党章第三条`) is looked up only in the records of the works the short title
 * names, whatever the size of the library (query.ts `namesWork`).
 */
export const WORK_FILTER = 'w';

/**
 * Pagefind filter of each result filter group (facets.ts), on every record: its page's kind,
 * document id and chapter id (url-state.ts), and the concepts any of its passages mentions. A
 * filtered search loads only the records its filters leave (Pagefind's filter index, no fragment),
 * so choosing one document of a library of hundreds loads that document's records, not the
 * hundreds before them in the ranking.
 */
export const FACET_FILTERS: Record<Facet, string> = { kind: 'k', document: 'doc', chapter: 'ch', concept: 'c' };

/** The JSON in a record's `d` metadata field. */
export const recordDataSchema = z.object({ page: recordPageSchema, passages: z.array(recordPassageSchema) });
export type RecordData = z.infer<typeof recordDataSchema>;
