import { describe, expect, test } from 'vitest';
import { splitLongText } from '../../../../scripts/stages/segment/long-pages.js';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { assertNothingLost } from '../../../../scripts/stages/coverage.js';
import type { DocKind } from '../../../../src/schemas/doc-kinds.js';
import { sourceFromText, syntheticMeta } from './support.js';

/** A text of `sections` top-level sections under `一、` …, each of `paragraphs` paragraphs of 100 characters. */
function longText(sections: number, paragraphs: number, heading = (k: string) => `${k}、第${k}部分的要求`): string {
  const cn = '一二三四五六七八九十';
  const out = ['机关党建工作实务', '本书介绍机关党建工作。'];
  for (let s = 0; s < sections; s++) {
    out.push(heading(cn[s]!));
    for (let p = 0; p < paragraphs; p++)
      out.push(`${'机关党组织要加强自身建设'.repeat(8)}，第${s + 1}部分第${p + 1}段。`);
  }
  return out.join('\n\n');
}
const blocksOf = (text: string, format: 'txt' | 'md' = 'txt') =>
  toBlocks(sourceFromText(text, syntheticMeta(`x.${format}`)).src);

describe('splitLongText', () => {
  test('a text over the length is paged at its top-level 一、 headings, numbered from 1 in sequence', () => {
    const split = splitLongText(blocksOf(longText(3, 10)), 'txt', 2_000)!;
    expect(split.parts.map((p) => [p.slug, p.numbering, p.title, p.blocks.length])).toEqual([
      ['part-01', '一、', '第一部分的要求', 10],
      ['part-02', '二、', '第二部分的要求', 10],
      ['part-03', '三、', '第三部分的要求', 10],
    ]);
    expect(split.before.map((b) => b.text)).toEqual(['机关党建工作实务', '本书介绍机关党建工作。']);
  });

  test('nothing under the length, with one top-level heading, or when the numbering never starts at 一、', () => {
    expect(splitLongText(blocksOf(longText(3, 10)), 'txt')).toBeUndefined();
    expect(splitLongText(blocksOf(longText(1, 40)), 'txt', 2_000)).toBeUndefined();
    const fromTwo = longText(3, 10).replace('一、第一部分的要求', '第一部分的要求');
    expect(splitLongText(blocksOf(fromTwo), 'txt', 2_000)).toBeUndefined();
  });

  test('a Markdown heading’s # is syntax of the page title', () => {
    const split = splitLongText(
      blocksOf(
        longText(2, 10, (k) => `## ${k}、第${k}部分的要求`),
        'md',
      ),
      'md',
      2_000,
    )!;
    expect(split.parts.map((p) => [p.title, p.removed.map((r) => r.text)])).toEqual([
      ['第一部分的要求', ['##']],
      ['第二部分的要求', ['##']],
    ]);
  });
});

describe('a long text without chapters through the segmenter', () => {
  const segment = (kind: DocKind) => {
    const { src, text } = sourceFromText(longText(4, 120), syntheticMeta('long.txt', { kind }));
    const doc = segmentSource(src);
    assertNothingLost(text, doc);
    return doc;
  };

  test('a handbook or report is a page per top-level section, nothing lost', () => {
    for (const kind of ['handbook', 'report'] as const)
      expect(segment(kind).children.map((c) => [c.slug, c.numbering, c.title])).toEqual([
        ['part-01', '一、', '第一部分的要求'],
        ['part-02', '二、', '第二部分的要求'],
        ['part-03', '三、', '第三部分的要求'],
        ['part-04', '四、', '第四部分的要求'],
      ]);
  });

  test('a paper, a regulation or a speech stays one page', () => {
    for (const kind of ['paper', 'regulation', 'speech'] as const) expect(segment(kind).children).toEqual([]);
  });
});
