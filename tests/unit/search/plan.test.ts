/**
 * The load order of a query's records (plan.ts): on the real corpus's records, the order keeps
 * exact before alias and headings first however many records are loaded, and the estimate of
 * the passages matched is exact once every record is in.
 */
import { describe, expect, test } from 'vitest';
import {
  estimateTotal,
  loadPlan,
  lookupWords,
  restrictPlan,
  shownTier,
  tierOf,
  type Candidate,
} from '../../../src/client/search/plan.js';
import { coverWords } from '../../../src/client/search/tokens.js';
import { commonWords } from '../../../src/integrations/search-records.js';
import { matchRecord, type PassageMatch, type TermForms } from '../../../src/client/search/match.js';
import { rankMatches } from '../../../src/client/search/rank.js';
import { loaded, records } from './records-fixture.js';

/** Every record holding a form, as Pagefind's lookups would name it (by URL here). */
function candidates(terms: TermForms[]): Candidate[] {
  return records.flatMap((r, i) => {
    const ms = matchRecord(terms, loaded[i]!);
    if (ms.length === 0) return [];
    return [{ id: r.url, exact: ms.some((m) => m.exact), heading: r.filters.t !== undefined }];
  });
}

/**
 * Load the plan's records in batches of `batch`, publishing what shownTier allows after each, as
 * engine.ts does; only the records `keep` lets through when given (a filter's, restrictPlan).
 */
function simulate(
  terms: TermForms[],
  batch: number,
  keep?: (url: string) => boolean,
): { shown: PassageMatch[]; all: PassageMatch[] } {
  const byUrl = new Map(records.map((r, i) => [r.url, loaded[i]!]));
  const plan = keep ? restrictPlan(loadPlan(candidates(terms)), keep) : loadPlan(candidates(terms));
  const shown: PassageMatch[] = [];
  let pending: PassageMatch[] = [];
  for (let n = 0; n < plan.ids.length;) {
    const ids = plan.ids.slice(n, n + batch);
    n += ids.length;
    pending.push(...ids.flatMap((id) => matchRecord(terms, byUrl.get(id)!)));
    const tier = n >= plan.ids.length ? 3 : shownTier(plan, n);
    shown.push(...rankMatches(pending.filter((m) => tierOf(m) <= tier)));
    pending = pending.filter((m) => tierOf(m) > tier);
  }
  const all = records.flatMap((r, i) => (keep && !keep(r.url) ? [] : matchRecord(terms, loaded[i]!)));
  return { shown, all };
}

const term = (forms: string[], exact: string[]): TermForms => ({ forms, exact: new Set(exact) });

describe('loading records in plan order', () => {
  // 八项规定 with its glossary alias 中央八项规定, and 党内政治生活 with the shorter 党内生活: both
  // have passages holding only the alias on the real corpus.
  const queries: [string, TermForms[]][] = [
    ['中央八项规定', [term(['中央八项规定', '八项规定'], ['中央八项规定'])]],
    ['党内政治生活', [term(['党内政治生活', '党内生活'], ['党内政治生活'])]],
    ['党建', [term(['党建'], ['党建'])]],
  ];
  for (const [q, terms] of queries)
    for (const batch of [1, 3, 24])
      test(`${q}, ${batch} record(s) a round: every match, tiers never go down, headings first`, () => {
        const { shown, all } = simulate(terms, batch);
        expect(shown.length).toBeGreaterThan(0);
        expect(shown.map((m) => m.pid).sort((a, b) => a - b)).toEqual(all.map((m) => m.pid).sort((a, b) => a - b));
        const tiers = shown.map(tierOf);
        for (let i = 1; i < tiers.length; i++) expect(tiers[i]!).toBeGreaterThanOrEqual(tiers[i - 1]!);
      });

  // A filter's records (a document's, as Pagefind's `doc` filter names them): the restricted plan
  // loads them alone and still shows every match they hold, tiers in order.
  const documents = [...new Set(loaded.map((d) => d.page.doc))];
  for (const [q, terms] of queries)
    test(`${q} within each document: its matches alone, every one, tiers never go down`, () => {
      const docOf = new Map(records.map((r, i) => [r.url, loaded[i]!.page.doc]));
      let found = 0;
      for (const doc of documents) {
        const { shown, all } = simulate(terms, 3, (url) => docOf.get(url) === doc);
        expect(shown.every((m) => m.page.doc === doc)).toBe(true);
        expect(shown.map((m) => m.pid).sort((a, b) => a - b)).toEqual(all.map((m) => m.pid).sort((a, b) => a - b));
        const tiers = shown.map(tierOf);
        for (let i = 1; i < tiers.length; i++) expect(tiers[i]!).toBeGreaterThanOrEqual(tiers[i - 1]!);
        found += shown.length;
      }
      expect(found).toBe(simulate(terms, 3).all.length);
    });

  test('restricting a plan equals planning the records kept: same order, same groups', () => {
    const plan = loadPlan(candidates(queries[1]![1]));
    expect(new Set(plan.ends).size, 'the plan has records in several groups').toBeGreaterThan(2);
    for (const step of [2, 3, 5]) {
      const keep = (id: string) => plan.ids.indexOf(id) % step !== 0;
      expect(restrictPlan(plan, keep)).toEqual(loadPlan(candidates(queries[1]![1]).filter((c) => keep(c.id))));
    }
    expect(restrictPlan(plan, () => false)).toEqual({ ids: [], ends: [0, 0, 0, 0] });
    expect(restrictPlan(plan, () => true)).toEqual(plan);
  });

  test('the alias queries do have alias-only passages and headings, so the order is tested', () => {
    const { shown } = simulate(queries[1]![1], 3);
    expect(shown.some((m) => !m.exact)).toBe(true);
    expect(simulate(queries[2]![1], 3).shown.some((m) => m.passage.heading)).toBe(true);
  });

  test('a plan lists headings then text records, exact before alias, and shownTier follows the groups', () => {
    const c = (id: string, exact: boolean, heading: boolean): Candidate => ({ id, exact, heading });
    const plan = loadPlan([c('e', false, false), c('b', true, false), c('d', false, true), c('a', true, true)]);
    expect(plan.ids).toEqual(['a', 'b', 'd', 'e']);
    expect(plan.ends).toEqual([1, 2, 3, 4]);
    expect([0, 1, 2, 3, 4].map((n) => shownTier(plan, n))).toEqual([0, 1, 2, 3, 3]);
    // No exact headings: exact text passages may show at once.
    expect(shownTier(loadPlan([c('b', true, false)]), 0)).toBe(1);
  });
});

describe('estimateTotal', () => {
  const c = (id: string, exact: boolean, heading: boolean): Candidate => ({ id, exact, heading });
  // Groups: exact headings a, b; exact text c, d, e; alias text f.
  const plan = loadPlan([
    c('a', true, true),
    c('b', true, true),
    c('c', true, false),
    c('d', true, false),
    c('e', true, false),
    c('f', false, false),
  ]);
  test('adds the loaded matches and, per group, the loaded average for the unloaded records', () => {
    expect(estimateTotal(plan, [3, 1, 4, 2])).toBe(3 + 1 + 4 + 2 + 3 + 1);
  });
  test('a group none of whose records is loaded counts one passage a record', () => {
    expect(estimateTotal(plan, [3])).toBe(3 + 3 + 3 + 1);
    expect(estimateTotal(plan, [])).toBe(6);
  });
  test('every record loaded: the sum of the matches', () => {
    expect(estimateTotal(plan, [1, 0, 2, 0, 5, 1])).toBe(9);
  });
});

describe('lookupWords', () => {
  const common = commonWords(records);
  test('the common words are held by at least a fifth of the real records, most common first', () => {
    const held = (w: string) => records.filter((r) => r.content.split(' ').includes(w)).length;
    expect(common.length).toBeGreaterThan(0);
    for (const w of common) expect(held(w)).toBeGreaterThanOrEqual(0.2 * records.length);
    for (let i = 1; i < common.length; i++) expect(held(common[i]!)).toBeLessThanOrEqual(held(common[i - 1]!));
  });

  test('two cover words, rare and apart: over long glossary terms, fewer candidate records than the first and last', () => {
    const holding = (words: string[]) =>
      records.filter((r) => words.every((w) => r.content.split(' ').includes(w))).length;
    const forms = [
      '党的政治建设',
      '学习型党组织',
      '党支部标准化规范化建设',
      '党的全面领导',
      '服务型党组织',
      '监督执纪问责',
    ];
    let chosen = 0;
    let edges = 0;
    for (const form of forms) {
      const cover = coverWords(form);
      const words = lookupWords(form, common);
      // A third word only beside two common ones (below).
      const [a, b] = words
        .filter((w) => words.length === 2 || common.includes(w))
        .map((w) => cover.find((c) => c.word === w)!);
      expect(Math.abs(a!.at - b!.at), `${form}: ${words.join(' ')} do not overlap`).toBeGreaterThanOrEqual(2);
      chosen += holding(words);
      edges += holding([cover[0]!.word, cover[cover.length - 1]!.word]);
    }
    expect(chosen).toBeLessThan(edges / 2);
    // Short forms: their whole cover, whatever is common.
    expect(lookupWords('两学一做', common)).toEqual(['两学', '一做']);
    expect(lookupWords('党', common)).toEqual(['党']);
  });

  test('two common words: a third, uncommon pair nearest the middle; on the real corpus fewer candidates, none lost', () => {
    expect(lookupWords('组织生活', ['组织', '生活'])).toEqual(['组织', '织生', '生活']);
    expect(lookupWords('监督责任', ['责任', '监督', '督责'])).toEqual(['监督', '责任']);
    expect(lookupWords('组织生活', ['生活'])).toEqual(['组织', '生活']);
    const words = (r: (typeof records)[number]) => new Set(r.content.split(' '));
    const holding = (ws: string[]) => records.filter((r) => ws.every((w) => words(r).has(w)));
    const holdsForm = (form: string) =>
      records.filter((_, i) => loaded[i]!.passages.some((p) => p.text.includes(form) || p.translation?.includes(form)));
    let fired = 0;
    for (const form of [
      '党的政治建设',
      '组织生活',
      '监督责任',
      '党的建设',
      '思想建设',
      '工作作风',
      '发展党员',
      '组织建设',
    ]) {
      const ws = lookupWords(form, common);
      const cover = ws.filter((w) => coverWords(form).some((c) => c.word === w));
      if (ws.length === 3) {
        fired++;
        expect(
          cover.every((w) => common.includes(w)),
          form,
        ).toBe(true);
        expect(holding(ws).length, form).toBeLessThan(holding(cover).length);
      }
      // Every record holding the form stays a candidate.
      expect(holding(ws), form).toEqual(expect.arrayContaining(holdsForm(form)));
    }
    expect(fired).toBeGreaterThan(0);
  });

  test('a word not in the common list is preferred; among equals the first and last', () => {
    expect(lookupWords('党的政治建设', ['党的', '建设'])).toEqual(['政治', '建设']);
    expect(lookupWords('党的政治建设', [])).toEqual(['党的', '建设']);
  });
});
