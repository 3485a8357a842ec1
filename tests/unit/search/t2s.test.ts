import { describe, expect, test } from 'vitest';
import { Converter } from 'opencc-js';
import { buildT2sTable } from '../../../src/integrations/t2s-table.js';
import { flattenCorpus } from '../../../src/client/search/corpus.js';
import { convertT2s } from '../../../src/client/search/t2s.js';
import { searchConfig } from '../../../src/integrations/search-records.js';
import { loadTestCorpus } from './corpus-fixture.js';

const passages = flattenCorpus(loadTestCorpus().corpus).passages;
const charset = new Set(passages.flatMap((p) => [...p.text]));
const table = buildT2sTable(charset);
const opencc = Converter({ from: 'tw', to: 'cn' });
const toTraditional = Converter({ from: 'cn', to: 'tw' });

describe('the derived traditional → simplified table', () => {
  test.each([
    ['黨風廉政建設', '党风廉政建设'],
    ['民主生活會', '民主生活会'],
    ['兩學一做', '两学一做'],
    ['核心', '核心'],
    ['幹部', '干部'],
  ])('%s → %s', (trad, simp) => {
    expect(convertT2s(trad, table)).toBe(simp);
  });

  test('equals opencc-js tw→cn on every passage of the corpus written in traditional characters', () => {
    const differing = passages
      .map((p) => toTraditional(p.text))
      .filter((t) => convertT2s(t, table) !== opencc(t))
      .map(
        (t) =>
          `${t.slice(0, 40)}…\n  table:  ${convertT2s(t, table).slice(0, 40)}\n  opencc: ${opencc(t).slice(0, 40)}`,
      );
    expect(differing).toEqual([]);
  });

  test('stays small (it is fetched for a traditional query)', () => {
    expect(JSON.stringify(table).length).toBeLessThan(40_000);
  });

  test('config.traditional names every character a conversion changes, and no more is needed', () => {
    const changes = new Set(searchConfig([], table).traditional);
    // Every passage, in simplified and in traditional writing: one that converts to something else
    // holds a listed character, so the page fetches t2s.json exactly when it may matter.
    for (const text of passages.flatMap((p) => [p.text, toTraditional(p.text)]))
      if (convertT2s(text, table) !== text)
        expect(
          [...text].some((c) => changes.has(c)),
          text.slice(0, 40),
        ).toBe(true);
    // 一 starts the phrase 一目瞭然 but is never changed: a query of simplified 一… fetches nothing more.
    expect(changes.has('一')).toBe(false);
  });
});
