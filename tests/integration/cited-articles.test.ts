/**
 * A reader cites an article by its work's short title, `党章第三条`, `支部工作条例第三条`: the search
 * finds that article in the documents whose titles the short title names, and no other
 * document's 第三条. Run on the unseen fixtures' regulations and constitutions together, through
 * the records and matcher the browser uses (tests/unit/search/passage-search.ts).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSources } from '../../scripts/io/read-manifest.js';
import { runPipeline } from '../../scripts/pipeline.js';
import { buildCorpusJson } from '../../scripts/emit/corpus-json.js';
import { passageSearch } from '../unit/search/passage-search.js';
import { ROOT } from '../unit/stages/segment/support.js';

const FIXTURES = [
  'regulation-articles', // 中国共产党某某市直机关党支部工作规定
  'constitution-general-program', // 中国共产党章程
  'bilingual-constitution', // 中国共产党章程（中英对照）
  'markdown-regulation-quoted-headnote', // 中国共产党党员教育管理工作条例
  'regulation-pdf-spaced-articles', // 中国共产党支部工作条例（试行）, its articles spaced: 第 三 条
  'regulation-draft-status', // 某某市机关党支部工作规范
];
const roots = FIXTURES.flatMap((name) => {
  const dir = join(ROOT, 'tests/fixtures/unseen', name);
  return runPipeline(readSources(join(dir, 'manifest.yaml'), dir));
});
const search = passageSearch(buildCorpusJson(roots));
/** The documents a query's passages are in, each with the articles found. */
const found = (q: string) => search(q).map((u) => u.replace(/^\/library\/([^/]+)\/[^#]*#/, '$1 '));
const third = found('第三条');

describe('an article cited by its work’s short title', () => {
  test('every fixture numbers articles: 第三条 alone is found in each of them', () => {
    expect(new Set(third.map((u) => u.split(' ')[0])).size).toBe(FIXTURES.length);
  });

  test('党章第三条 finds the 第三条 of both copies of the 党章, and no other document’s', () => {
    const got = found('党章第三条');
    expect(got.map((u) => u.split(' ')[0]).sort()).toEqual(['dangzhang-jiexuan', 'dangzhang-shuangyu']);
    for (const u of got) expect(third).toContain(u);
    expect(found('党章 第三条'), 'typed apart').toEqual(got);
  });

  test('a longer short title, in 《》 or traditional characters, narrows to its work; its spaced copy is found', () => {
    const want = third.filter((u) => u.startsWith('zhibu-gongzuo-tiaoli '));
    expect(want).toHaveLength(1);
    for (const q of ['支部工作条例第三条', '《中国共产党支部工作条例（试行）》第三条', '支部工作條例第三條'])
      expect(found(q), q).toEqual(want);
    expect(found('党员教育管理条例第七条')).toEqual(['dangyuan-jiaoyu-tiaoli p-3-2']);
  });

  test('a work no title names, or a chapter, finds only passages that print the words', () => {
    expect(found('准则第三条')).toEqual([]);
    expect(found('第一章第三条')).toEqual([]);
  });
});
