/**
 * Bounded listings (issue 11): page URLs, the pager's window, the cited-works pages and the
 * concordance choice on a concept page, on small tables built to show each rule. The same
 * functions run on the real corpus in tests/integration/bounded-pages.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { casesUrl, pagedUrl, referencesUrl, searchQueryUrl, type PageUrl } from '../../../scripts/model/ids.js';
import { parseSearchState } from '../../../src/client/search/url-state.js';
import { concordanceLines, strongestPassages } from '../../../scripts/stages/concepts/strongest.js';
import { chunk, pageParam, pageWindow } from '../../../src/lib/paginate.js';
import { referencePages } from '../../../src/lib/reference-pages.js';
import type { CitedWork, OccurrenceJson } from '../../../src/schemas/knowledge.js';

/** A concept page's lines: the occurrences ranked, then chosen. */
const strongestOccurrences = (
  all: OccurrenceJson[],
  terms: string[],
  text: (o: OccurrenceJson) => string | undefined,
  limit: number,
): OccurrenceJson[] => concordanceLines(strongestPassages(all, terms, text), all, limit);

describe('page URLs', () => {
  test('page 1 is the listing itself, later pages …/page/<n>/, and the route parameter agrees', () => {
    expect(referencesUrl()).toBe('/references/');
    expect(referencesUrl(3)).toBe('/references/page/3/');
    expect(casesUrl(2)).toBe('/cases/page/2/');
    for (const n of [1, 2, 17])
      expect(pagedUrl('/x/' as PageUrl, n)).toBe(`/x/${pageParam(n) ? `${pageParam(n)}/` : ''}`);
    expect(() => pagedUrl('/x/' as PageUrl, 0)).toThrow(RangeError);
  });

  test('searchQueryUrl builds what the search page parses: query and concept filter', () => {
    const url = searchQueryUrl(' 党风廉政建设 ', { concept: 'dang-feng-lian-zheng-jian-she' });
    const state = parseSearchState(url.slice(url.indexOf('?')));
    expect(state.q).toBe('党风廉政建设');
    expect([...state.selection.concept]).toEqual(['dang-feng-lian-zheng-jian-she']);
    expect(searchQueryUrl('')).toBe('/search/');
  });
});

describe('pagination', () => {
  test('chunk keeps every item once, in order, in pages of the size; an empty list is one page', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = chunk(items, 10);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(pages.flat()).toEqual(items);
    expect(chunk([], 10)).toEqual([[]]);
  });

  test('the pager shows first, last and a window around the current page, whatever the total', () => {
    expect(pageWindow(7, 20)).toEqual([1, null, 5, 6, 7, 8, 9, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
    for (const total of [10, 1000, 100000]) expect(pageWindow(total >> 1, total).length).toBeLessThanOrEqual(9);
  });
});

const citation = (doc: string, i: number) => ({
  docId: doc,
  docTitle: doc,
  paragraphId: `p-${i}`,
  url: `/library/${doc}/text/#p-${i}`,
  form: '《条例》',
  context: `第${i}处`,
});
const work = (id: string, kind: CitedWork['kind'], n: number): CitedWork => ({
  id,
  title: id,
  kind,
  aliases: [],
  citations: Array.from({ length: n }, (_, i) => citation('d', i)),
});

describe('cited-works pages', () => {
  test('rules first, every citation once, a long work continues on the next page', () => {
    const works = [work('book', 'work', 3), work('rule-a', 'rule', 5), work('rule-b', 'rule', 1)];
    const { pages, startPage } = referencePages(works, 4);
    expect(
      pages.map((p) => p.blocks.flatMap((b) => b.works.map((w) => `${w.work.id}@${w.from}:${w.citations.length}`))),
    ).toEqual([['rule-a@0:4'], ['rule-a@4:1', 'rule-b@0:1', 'book@0:2'], ['book@2:1']]);
    expect(Object.fromEntries(startPage)).toEqual({ 'rule-a': 1, 'rule-b': 2, book: 2 });
    for (const p of pages)
      expect(p.blocks.flatMap((b) => b.works.flatMap((w) => w.citations)).length).toBeLessThanOrEqual(4);
  });
});

const occ = (docId: string, where: string, i: number): OccurrenceJson => ({
  docId,
  docTitle: docId,
  rootId: docId,
  rootTitle: docId,
  paragraphId: `p-${i}`,
  url: `/library/${docId}/text/#p-${i}`,
  where,
  start: 0,
  end: 2,
  before: '',
  match: '两学',
  after: '',
});

describe('concordance choice', () => {
  const text = (o: OccurrenceJson) => '两学一做'.padEnd(o.paragraphId === 'p-3' ? 80 : 200, '。');

  test('all lines while they fit', () => {
    const all = [occ('a', 'x', 1), occ('a', 'x', 2)];
    expect(strongestOccurrences(all, ['两学'], text, 5)).toEqual(all);
  });

  test('heading hits, then one per section (densest paragraph first), then the rest round by round; shown in document order', () => {
    const all = [
      occ('a', '一、总则', 1),
      occ('a', '一、总则', 2),
      occ('a', '一、总则', 3), // the densest paragraph (shortest)
      occ('a', '二、两学一做', 4),
      occ('a', '二、两学一做', 5), // its heading names the term
      occ('b', '', 6), // a page without headings is one section
      occ('b', '三、其他', 7),
    ];
    const pick = (n: number) => strongestOccurrences(all, ['两学一做'], text, n).map((o) => o.paragraphId);
    expect(pick(1)).toEqual(['p-4']);
    expect(pick(2)).toEqual(['p-3', 'p-4']); // then the densest section's strongest line
    expect(pick(4)).toEqual(['p-3', 'p-4', 'p-6', 'p-7']); // one per section before any second line
    expect(pick(5)).toEqual(['p-3', 'p-4', 'p-5', 'p-6', 'p-7']); // second round: the heading hit first
    expect(pick(6)).toEqual(['p-1', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7']);
  });

  test("a paragraph's second mention comes after every chosen paragraph's first", () => {
    const twice = [occ('a', 'x', 1), { ...occ('a', 'x', 1), start: 9 }, occ('a', 'y', 2), occ('a', 'z', 3)];
    expect(strongestOccurrences(twice, ['两学'], text, 3)).toEqual([twice[0], twice[2], twice[3]]);
  });
});
