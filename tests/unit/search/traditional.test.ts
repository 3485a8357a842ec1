/**
 * A text in traditional characters is found by a simplified query: the real corpus written in
 * traditional characters (opencc-js cn→tw) gives, for simplified queries, the passages the corpus
 * itself gives; a simplified corpus is left as it is.
 */
import { describe, expect, test } from 'vitest';
import { Converter } from 'opencc-js';
import { matchRecord } from '../../../src/client/search/match.js';
import type { RecordData } from '../../../src/client/search/schema.js';
import { highlightExcerpt } from '../../../src/client/search/highlight.js';
import { traditionalFolds } from '../../../src/integrations/t2s-table.js';
import { isTraditional } from '../../../src/lib/traditional.js';
import type { PassageTable } from '../../../src/client/search/corpus.js';
import { table } from './records-fixture.js';
import { formsOf, recordsOf } from './passage-search.js';

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const traditional: PassageTable = {
  ...table,
  passages: table.passages.map((p) => ({ ...p, text: toTraditional(p.text) })),
};
const folds = traditionalFolds(traditional);
const tradRecords = recordsOf(traditional, folds);
const simpRecords = recordsOf(table, traditionalFolds(table));

const pids = (records: RecordData[], q: string) =>
  records
    .flatMap((r) => matchRecord(formsOf(q), r))
    .map((m) => m.pid)
    .sort((a, b) => a - b);

describe('a corpus in traditional characters', () => {
  test('every page of it is read as traditional; no page of the simplified corpus is', () => {
    expect(table.pages.length).toBeGreaterThan(10);
    expect(folds.size).toBeGreaterThan(table.passages.length / 2);
    expect(traditionalFolds(table).size).toBe(0);
    expect(isTraditional('加強黨風廉政建設的幾點思考')).toBe(true);
    expect(isTraditional('加强党风廉政建设，“黨”字的写法')).toBe(false);
    // A page's texts count together: three across two texts, and one in a hundred of all.
    expect(isTraditional(['加强党风廉政建设', '黨國會'])).toBe(true);
    expect(isTraditional(['加强党风廉政建设'.repeat(40), '黨國會'])).toBe(false);
  });

  test.each([
    '两学一做',
    '三会一课',
    '党风廉政建设',
    '民主生活会',
    '发展党员',
    '从严治党',
    '党组织',
    '两学一做 党支部',
  ])('a simplified query, %s, finds in it what it finds in the simplified corpus', (q) => {
    const want = pids(simpRecords, q);
    expect(want.length).toBeGreaterThan(0);
    expect(pids(tradRecords, q)).toEqual(want);
  });

  test('a traditional query finds the same', () => {
    expect(pids(tradRecords, '兩學一做')).toEqual(pids(simpRecords, '两学一做'));
  });

  test('the excerpt marks the passage’s own characters', () => {
    const m = tradRecords.flatMap((r) => matchRecord(formsOf('党风廉政建设'), r))[0]!;
    expect(m.passage.fold).toBeDefined();
    expect(highlightExcerpt(m.passage.text, m.forms, { fold: m.passage.fold! })).toContain('<mark>黨風廉政建設</mark>');
  });
});
