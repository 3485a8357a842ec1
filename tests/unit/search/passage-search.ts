/**
 * The browser's passage search without a browser: a query's forms (query.ts, as the search page
 * expands them) matched on word positions (match.ts) in the records the index builder writes
 * (search-records.ts). What the search tests and the unseen fixtures' `searches` run.
 */
import { Converter } from 'opencc-js/t2cn';
import { flattenCorpus, type Corpus, type PassageTable } from '../../../src/client/search/corpus.js';
import { matchRecord, type TermForms } from '../../../src/client/search/match.js';
import { parseQuery, termFormsOf, type ConceptEntry } from '../../../src/client/search/query.js';
import { recordDataSchema, type RecordData } from '../../../src/client/search/schema.js';
import { buildRecords, DEFAULT_CHUNK_CHARS } from '../../../src/integrations/search-records.js';
import { traditionalFolds } from '../../../src/integrations/t2s-table.js';

const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** The terms of a query with the forms the search page looks for. */
export const formsOf = (q: string, concepts: ConceptEntry[] = []): TermForms[] =>
  termFormsOf(parseQuery(q), { toSimplified, concepts });

/** The records of a passage table (without concept mentions), as the browser parses them. */
export const recordsOf = (table: PassageTable, folds: ReadonlyMap<number, string> = new Map()): RecordData[] =>
  buildRecords(table, new Map(), DEFAULT_CHUNK_CHARS, folds).map((r) => recordDataSchema.parse(JSON.parse(r.meta.d)));

/** A search over `corpus`: a query → the URLs of the passages it finds, in document order. */
export function passageSearch(corpus: Corpus): (q: string) => string[] {
  const table = flattenCorpus(corpus);
  const records = recordsOf(table, traditionalFolds(table));
  return (q) =>
    records
      .flatMap((r) => matchRecord(formsOf(q), r))
      .map((m) => m.pid)
      .sort((a, b) => a - b)
      .map((pid) => table.passages[pid]!.url);
}
