import { describe, expect, test } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { buildPassageIndex, conceptPassages } from '../../../src/integrations/passage-index.js';
import { flattenCorpus } from '../../../src/client/search/corpus.js';
import { gramsOf, matchForm, matchQuery, type PostingsLookup } from '../../../src/client/search/match.js';
import type { SearchMeta } from '../../../src/client/search/meta.js';
import { decodeCounts, decodePositional, shardOf } from '../../../src/client/search/postings.js';
import { expandTerm, parseQuery } from '../../../src/client/search/query.js';
import { foldText } from '../../../src/client/search/text.js';
import { loadTestCorpus } from './corpus-fixture.js';

const { corpus } = loadTestCorpus();
const table = flattenCorpus(corpus);
const files = new Map(buildPassageIndex(corpus, []).map((f) => [f.path, JSON.parse(f.contents) as unknown]));
const meta = files.get('index.json') as SearchMeta;

/** A lookup that reads the built shard files, exactly as the browser does. */
const idx: PostingsLookup = {
  bigram: (g) => {
    const s = (files.get(`b/${shardOf(g, meta.bigramShards)}.json`) as Record<string, string>)[g];
    return s === undefined ? undefined : decodePositional(s);
  },
  unigram: (c) => {
    const s = (files.get(`u/${shardOf(c, meta.unigramShards)}.json`) as Record<string, string>)[c];
    return s === undefined ? undefined : decodeCounts(s);
  },
};

/** Ground truth: passages whose folded text contains the string. */
const containing = (s: string) =>
  table.passages.flatMap((p, pid) => (foldText(p.text).includes(foldText(s)) ? [pid] : []));

const TERMS = [
  '两学一做', '三会一课', '党风廉政建设', '民主生活会', '组织生活会', '发展党员', '学习型党组织', '党史学习教育',
  '从严治党', '廉政', '政治生活', '治党', '党组织', '纪', '课', '党', '中国共产党', '2014', 'party', 'building',
];

describe('matchForm on the real corpus equals a substring scan', () => {
  test.each(TERMS)('%s', (term) => {
    const expected = containing(term);
    const found = [...matchForm(foldText(term), idx).keys()].sort((a, b) => a - b);
    expect(found).toEqual(expected);
  });
  test('the sub-terms and single characters actually occur', () => {
    for (const t of ['两学一做', '廉政', '治党', '纪', '课']) expect(containing(t).length).toBeGreaterThan(0);
  });
  test('counts every occurrence in a passage', () => {
    const pid = containing('党').find((p) => (table.passages[p]!.text.match(/党/g) ?? []).length >= 3)!;
    expect(matchForm('党', idx).get(pid)).toBe((table.passages[pid]!.text.match(/党/g) ?? []).length);
  });
  test('a string absent from the corpus matches nothing', () => {
    expect(matchForm('两学三做', idx).size).toBe(0);
  });
});

describe('matchQuery', () => {
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const run = (q: string) => matchQuery(parseQuery(q).map((t) => expandTerm(t, { toSimplified, concepts: [] })), idx).map((m) => m.pid);

  test('space-separated words are ANDed', () => {
    const both = containing('从严治党').filter((p) => containing('廉政').includes(p));
    expect(run('从严治党 廉政')).toEqual(both);
    expect(both.length).toBeGreaterThan(0);
  });
  test.each([
    ['黨風廉政建設', '党风廉政建设'],
    ['民主生活會', '民主生活会'],
    ['三會一課', '三会一课'],
  ])('traditional %s finds exactly what %s finds', (trad, simp) => {
    expect(run(trad)).toEqual(run(simp));
    expect(run(simp).length).toBeGreaterThan(0);
  });
  test('a quoted phrase is matched as one string', () => {
    expect(run('"学习型党组织"')).toEqual(containing('学习型党组织'));
  });
  test('gramsOf lists the cover bigrams and single characters', () => {
    const g = gramsOf(['两学一做', '党']);
    expect([...g.bigrams]).toEqual(['两学', '一做']);
    expect([...g.unigrams]).toEqual(['党']);
  });
});

describe('conceptPassages', () => {
  test('without annotations, a concept is mentioned where its term or an alias occurs', () => {
    const concept = { id: 'liang-xue-yi-zuo', term: '两学一做', url: '', aliases: ['两学一做学习教育'] };
    expect(conceptPassages(table, undefined, [concept]).get('liang-xue-yi-zuo')).toEqual(containing('两学一做'));
  });
  test('annotated occurrences win and unknown urls are ignored', () => {
    const concept = { id: 'x', term: '两学一做', url: '', aliases: [] };
    const url = table.passages[3]!.url;
    expect(conceptPassages(table, [{ id: 'x', occurrences: [{ url }, { url: '/nowhere/#p-1' }] }], [concept]).get('x')).toEqual([3]);
  });
});
