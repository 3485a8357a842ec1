/** Exact matching on word positions (match.ts) over the real corpus's records equals a substring scan. */
import { describe, expect, test } from 'vitest';
import { formHits, matchRecord, passageAt, wordPositions } from '../../../src/client/search/match.js';
import { passageWords } from '../../../src/client/search/tokens.js';
import type { ConceptEntry } from '../../../src/client/search/query.js';
import { foldText } from '../../../src/client/search/text.js';
import { loaded, table } from './records-fixture.js';
import { formsOf } from './passage-search.js';

/** Quotation and title marks are read through (`“两学一做”学习教育` holds 两学一做学习教育). */
const unquoted = (s: string) => foldText(s).replace(/["'“”‘’「」『』《》〈〉]/g, '');

/** Ground truth: passages whose folded text (or translation), marks read through, contains the string. */
const containing = (s: string) =>
  table.passages.flatMap((p, pid) =>
    unquoted(p.text + '\n' + (p.translation ?? '')).includes(unquoted(s)) ? [pid] : [],
  );

const run = (q: string, concepts: ConceptEntry[] = []) => loaded.flatMap((r) => matchRecord(formsOf(q, concepts), r));
const pids = (q: string) =>
  run(q)
    .map((m) => m.pid)
    .sort((a, b) => a - b);

const TERMS = [
  '两学一做',
  '三会一课',
  '党风廉政建设',
  '民主生活会',
  '组织生活会',
  '发展党员',
  '学习型党组织',
  '党史学习教育',
  '从严治党',
  '廉政',
  '政治生活',
  '治党',
  '党组织',
  '纪',
  '课',
  '党',
  '中国共产党',
  '2014',
  'party',
  '知情权、参与权',
  '机关党组织换届改选的程序',
  // read through quotation and title marks: `“两学一做”学习教育`, `“三会一课”制度`, `《决议》深刻`
  '两学一做学习教育',
  '三会一课制度',
  '决议深刻',
];

describe('matching on the real corpus equals a substring scan', () => {
  test.each(TERMS)('%s', (term) => {
    expect(pids(term)).toEqual(containing(term));
    expect(containing(term).length).toBeGreaterThan(0);
  });
  test('counts every occurrence in a passage', () => {
    const pid = containing('党').find((p) => (table.passages[p]!.text.match(/党/g) ?? []).length >= 3)!;
    expect(run('党').find((m) => m.pid === pid)!.count).toBe((table.passages[pid]!.text.match(/党/g) ?? []).length);
  });
  test('a string absent from the corpus matches nothing', () => {
    expect(pids('两学三做')).toEqual([]);
  });
  test('a string is never found across two passages', () => {
    // The last two characters of one passage and the first two of the next, in one record.
    const r = loaded.find((x) => x.passages.length > 2 && !x.passages[1]!.heading)!;
    const [a, b] = [r.passages[0]!.text, r.passages[1]!.text].map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''));
    const straddle = a!.slice(-2) + b!.slice(0, 2);
    const { words, starts } = passageWords(r.passages);
    expect(formHits(straddle, wordPositions(words), starts).size).toBe(
      containing(straddle).filter((pid) => r.passages.some((p) => p.pid === pid)).length,
    );
  });
  test('passageAt finds the passage holding a position', () => {
    expect([0, 3, 4, 9, 10, 99].map((p) => passageAt([0, 4, 10], p))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('queries', () => {
  test('space-separated words are ANDed', () => {
    const both = containing('从严治党').filter((p) => containing('廉政').includes(p));
    expect(pids('从严治党 廉政')).toEqual(both);
    expect(both.length).toBeGreaterThan(0);
  });
  test.each([
    ['黨風廉政建設', '党风廉政建设'],
    ['民主生活會', '民主生活会'],
    ['三會一課', '三会一课'],
  ])('traditional %s finds exactly what %s finds', (trad, simp) => {
    expect(pids(trad)).toEqual(pids(simp));
    expect(pids(simp).length).toBeGreaterThan(0);
  });
  test('a quoted phrase is matched as one string, two phrases both', () => {
    expect(pids('"学习型党组织"')).toEqual(containing('学习型党组织'));
    const both = containing('三会一课').filter((p) => containing('组织生活会').includes(p));
    expect(pids('"三会一课" "组织生活会"')).toEqual(both);
  });
  test('an alias-only passage is found but not exact; a passage with the typed term is exact', () => {
    const concept: ConceptEntry = {
      id: 'x',
      term: '党内政治生活',
      url: '',
      aliases: ['党内生活'],
      pinyin: 'dang nei zheng zhi sheng huo',
    };
    const ms = run('党内政治生活', [concept]);
    const exact = ms
      .filter((m) => m.exact)
      .map((m) => m.pid)
      .sort((a, b) => a - b);
    expect(exact).toEqual(containing('党内政治生活'));
    expect(
      ms.filter((m) => !m.exact).every((m) => !foldText(table.passages[m.pid]!.text).includes('党内政治生活')),
    ).toBe(true);
    expect(ms.length).toBe(new Set([...containing('党内政治生活'), ...containing('党内生活')]).size);
  });
});
