/**
 * The search records of the real test corpus, with a word lookup that answers as Pagefind does:
 * the positions, in one record's content, of every word that starts with the one asked for.
 */
import { flattenCorpus } from '../../../src/client/search/corpus.js';
import { recordDataSchema, type RecordData } from '../../../src/client/search/schema.js';
import type { WordPositions } from '../../../src/client/search/match.js';
import { buildRecords, conceptPassages } from '../../../src/integrations/search-records.js';
import { loadTestCorpus } from './corpus-fixture.js';

export const { corpus } = loadTestCorpus();
export const table = flattenCorpus(corpus);
export const records = buildRecords(table, conceptPassages(table, corpus.concepts, []));

/** A record's data as the browser reads it, and its prefix lookup. */
export const loaded: { data: RecordData; positions: WordPositions }[] = records.map((r) => {
  const words = r.content.split(' ');
  const cache = new Map<string, Set<number>>();
  const positions: WordPositions = (w) => {
    if (!cache.has(w)) cache.set(w, new Set(words.flatMap((x, i) => (x.startsWith(w) ? [i] : []))));
    const s = cache.get(w)!;
    return s.size ? s : undefined;
  };
  return { data: recordDataSchema.parse(JSON.parse(r.meta.d)), positions };
});
