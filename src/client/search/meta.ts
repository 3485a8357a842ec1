/**
 * The shape of `search/index.json`, the one file every search loads first: shard counts, the
 * page and heading tables, per-passage page/section/length columns and the glossary.
 */
import type { ConceptEntry } from './query.js';

/** `search/index.json`; columns are indexed by passage number (document order). */
export interface SearchMeta {
  version: 1;
  bigramShards: number;
  unigramShards: number;
  /** First passage number of each text shard `t/<i>.json`. */
  textShards: number[];
  /** `[title, document title, kind, url]` per reading page. */
  pages: [string, string, string, string][];
  /** `[title with numbering, parent section or -1]` per heading. */
  sections: [string, number][];
  passagePage: number[];
  passageSection: number[];
  passageLength: number[];
  /** Every searchable character of the corpus, sorted: a query char outside it may be traditional. */
  chars: string;
  concepts: ConceptEntry[];
}

/** One row of a text shard: `[paragraph anchor, passage text]`. */
export type TextRow = [string, string];
