/**
 * A book whose chapters are numbered per part (专题一 over 第一讲 and 第二讲, 专题二 over its own
 * 第一讲 and 第二讲): every lecture is a page, and a passage collected from one is cited with its
 * part before it, as two pages print the same 第一讲. A book numbering its chapters through cites
 * the chapter alone.
 */
import { describe, expect, test } from 'vitest';
import { runPipeline, type RawSource } from '../../scripts/pipeline.js';
import { emitAll } from '../../scripts/emit/index.js';
import type { SourceMeta } from '../../scripts/model/document.js';
import type { ReadingPageData } from '../../src/schemas/reading-page.js';
import { pageLocator } from '../../src/lib/lecture/items.js';
import { syntheticMeta } from '../unit/stages/segment/support.js';

const book = (lectures: [string, string, string, string]) =>
  [
    '党员教育培训教材',
    '',
    '专题一　坚定理想信念',
    '学习目标：理解理想信念是共产党人精神上的“钙”。',
    `${lectures[0]}　理想信念的内涵`,
    '理想信念是共产党人的政治灵魂。',
    `${lectures[1]}　筑牢信仰之基`,
    '要把学习贯彻党的创新理论作为思想武装的重中之重。',
    '专题二　严守政治纪律',
    '学习目标：掌握政治纪律和政治规矩的主要内容。',
    `${lectures[2]}　政治纪律是最重要的纪律`,
    '政治纪律是党最重要、最根本、最关键的纪律。',
    `${lectures[3]}　做到“两个维护”`,
    '坚决维护党中央权威和集中统一领导。',
  ].join('\n');

/** Each reading page's slug and the locator a citation of it carries. */
function locators(text: string): [string, string][] {
  const meta = syntheticMeta('book.txt', {
    id: 'book' as SourceMeta['id'],
    title: '党员教育培训教材',
    kind: 'handbook',
  });
  const roots = runPipeline([{ meta, bytes: new TextEncoder().encode(text) } satisfies RawSource]);
  return emitAll(roots)
    .filter((f) => f.path.startsWith('pages/book/'))
    .map((f) => JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(f.contents)![1]!) as ReadingPageData)
    .sort((a, b) => a.order - b.order)
    .map((p) => [p.pageSlug, pageLocator(p)]);
}

describe('a book of parts and lectures', () => {
  test('lectures numbered per part are pages, cited with their part', () => {
    expect(locators(book(['第一讲', '第二讲', '第一讲', '第二讲']))).toEqual([
      ['part01', '专题一 坚定理想信念'],
      ['ch01', '专题一 坚定理想信念 第一讲 理想信念的内涵'],
      ['ch02', '专题一 坚定理想信念 第二讲 筑牢信仰之基'],
      ['part02', '专题二 严守政治纪律'],
      ['ch03', '专题二 严守政治纪律 第一讲 政治纪律是最重要的纪律'],
      ['ch04', '专题二 严守政治纪律 第二讲 做到“两个维护”'],
    ]);
  });

  test('lectures numbered through the book are cited by their own number', () => {
    expect(locators(book(['第一讲', '第二讲', '第三讲', '第四讲']))).toEqual([
      ['part01', '专题一 坚定理想信念'],
      ['ch01', '第一讲 理想信念的内涵'],
      ['ch02', '第二讲 筑牢信仰之基'],
      ['part02', '专题二 严守政治纪律'],
      ['ch03', '第三讲 政治纪律是最重要的纪律'],
      ['ch04', '第四讲 做到“两个维护”'],
    ]);
  });
});
