import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { buildPassageIndex } from '../../../src/integrations/passage-index.js';
import { flattenCorpus } from '../../../src/client/search/corpus.js';
import type { SearchMeta, TextRow } from '../../../src/client/search/meta.js';
import { loadTestCorpus } from './corpus-fixture.js';

const { corpus } = loadTestCorpus();
const table = flattenCorpus(corpus);
const concepts = [{ id: 'liang-xue-yi-zuo', term: '两学一做', url: '/concepts/liang-xue-yi-zuo/', aliases: [], definition: '学党章党规、学系列讲话，做合格党员' }];
const files = buildPassageIndex(corpus, concepts);
const byPath = new Map(files.map((f) => [f.path, f.contents]));
const meta = JSON.parse(byPath.get('index.json')!) as SearchMeta;
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe('buildPassageIndex on the real corpus', () => {
  test('is deterministic (byte-identical on a rebuild)', () => {
    expect(buildPassageIndex(corpus, concepts)).toEqual(files);
  });

  test('text shards hold every passage once, at the position its number says', () => {
    const rows = meta.textShards.flatMap((_, i) => JSON.parse(byPath.get(`t/${i}.json`)!) as TextRow[]);
    expect(rows).toHaveLength(table.passages.length);
    rows.forEach(([anchor, text], pid) => {
      expect(table.passages[pid]!.url.endsWith(`#${anchor}`)).toBe(true);
      expect(text).toBe(table.passages[pid]!.text);
    });
    expect(meta.passageLength).toEqual(table.passages.map((p) => p.text.length));
  });

  test('definitions stay out of index.json and go to concepts.json', () => {
    expect(meta.concepts).toEqual([{ id: 'liang-xue-yi-zuo', term: '两学一做', url: '/concepts/liang-xue-yi-zuo/', aliases: [] }]);
    expect(JSON.parse(byPath.get('concepts.json')!)).toEqual({ 'liang-xue-yi-zuo': '学党章党规、学系列讲话，做合格党员' });
  });

  // The cold-query budget (≤ 150 KB) is index.json + a few shards + the shown passages' text shards.
  test('files stay small enough for the cold-query byte budget', () => {
    const max = (prefix: string) => Math.max(...files.filter((f) => f.path.startsWith(prefix)).map((f) => gz(f.contents)));
    expect(gz(byPath.get('index.json')!)).toBeLessThan(25_000);
    expect(max('b/')).toBeLessThan(8_000);
    expect(max('u/')).toBeLessThan(6_000);
    expect(max('t/')).toBeLessThan(4_000);
  });
});
