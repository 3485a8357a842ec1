/** The search records of the real test corpus, and their data as the browser reads it. */
import { flattenCorpus } from '../../../src/client/search/corpus.js';
import { recordDataSchema, type RecordData } from '../../../src/client/search/schema.js';
import { buildRecords, conceptPassages } from '../../../src/integrations/search-records.js';
import { loadTestCorpus } from './corpus-fixture.js';

export const { corpus } = loadTestCorpus();
export const table = flattenCorpus(corpus);
export const records = buildRecords(table, conceptPassages(table, corpus.concepts, []));
export const loaded: RecordData[] = records.map((r) => recordDataSchema.parse(JSON.parse(r.meta.d)));
