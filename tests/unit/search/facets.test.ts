import { describe, expect, test } from 'vitest';
import { applySelection, emptySelection, facetCounts, type FacetValues } from '../../../src/client/search/facets.js';

const items: FacetValues[] = [
  { kind: ['手册'], document: ['机关党建一本通'], chapter: ['第一章'], concept: ['两学一做', '三会一课'] },
  { kind: ['手册'], document: ['机关党建一本通'], chapter: ['第二章'], concept: ['三会一课'] },
  { kind: ['论文'], document: ['政工'], chapter: ['政工'], concept: [] },
];
const id = (v: FacetValues) => v;

describe('facets', () => {
  test('counts every value with no selection', () => {
    const counts = facetCounts(items, id, emptySelection());
    expect(counts.kind).toEqual([
      ['手册', 2],
      ['论文', 1],
    ]);
    expect(counts.concept).toEqual([
      ['两学一做', 1],
      ['三会一课', 2],
    ]);
  });
  test('a choice filters results and the other groups’ counts, not its own group', () => {
    const sel = emptySelection();
    sel.chapter.add('第一章');
    expect(applySelection(items, id, sel)).toEqual([items[0]]);
    const counts = facetCounts(items, id, sel);
    expect(counts.kind).toEqual([
      ['手册', 1],
      ['论文', 0],
    ]);
    expect(counts.chapter).toEqual([
      ['第一章', 1],
      ['第二章', 1],
      ['政工', 1],
    ]);
  });
  test('a concept choice keeps results mentioning any chosen concept', () => {
    const sel = emptySelection();
    sel.concept.add('三会一课');
    expect(applySelection(items, id, sel)).toEqual([items[0], items[1]]);
  });
});
