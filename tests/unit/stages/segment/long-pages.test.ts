import { describe, expect, test } from 'vitest';
import { cutIntoPages, PAGE_MAX_CHARS, splitLongText } from '../../../../scripts/stages/segment/long-pages.js';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { assertNothingLost } from '../../../../scripts/stages/coverage.js';
import type { DocKind } from '../../../../src/schemas/doc-kinds.js';
import { paragraphOf, sourceFromText, syntheticMeta } from './support.js';
import { section } from '../annotate/corpus-doc.js';

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
    const { src, text } = sourceFromText(longText(4, 100), syntheticMeta('long.txt', { kind }));
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

  test('a paper, a regulation or a speech under a page’s length stays one page', () => {
    for (const kind of ['paper', 'regulation', 'speech'] as const) expect(segment(kind).children).toEqual([]);
  });

  test('longer than a page, it is cut into pages that continue one another, at a heading near the middle', () => {
    const { src, text } = sourceFromText(
      longText(4, 150),
      syntheticMeta('long.txt', { kind: 'speech', title: '讲话' }),
    );
    const doc = segmentSource(src);
    assertNothingLost(text, doc);
    expect(doc.slug).toBe('index');
    expect(doc.children.map((c) => [c.slug, c.title, c.continued, c.sections.map((s) => s.numbering)])).toEqual([
      ['text', '讲话（一）', true, ['一、', '二、']],
      ['text-2', '讲话（二）', true, ['三、', '四、']],
    ]);
  });
});

describe('cutIntoPages', () => {
  /** A page body of paragraphs of `lengths` characters (a sentence each, but a negative length: a lead-in ending `：`), then sections of `sectionLengths`. */
  const body = (lengths: number[], sectionLengths: number[] = []) => ({
    paragraphs: lengths.map((n) => paragraphOf(n > 0 ? `${'党'.repeat(n - 1)}。` : `${'党'.repeat(-n - 1)}：`)),
    sections: sectionLengths.map((n, k) => section(`第${k}节`, [paragraphOf(`${'建'.repeat(n - 1)}。`)])),
  });
  const sizes = (pages: ReturnType<typeof cutIntoPages>) => pages?.map((p) => [p.paragraphs.length, p.sections.length]);

  test('as many pages as the limit asks, of about equal length, cut between paragraphs', () => {
    expect(sizes(cutIntoPages(body(Array(30).fill(100)), 1_000))).toEqual([
      [10, 0],
      [10, 0],
      [10, 0],
    ]);
    expect(cutIntoPages(body(Array(10).fill(100)), 1_000)).toBeUndefined();
    expect(PAGE_MAX_CHARS).toBe(50_000);
  });

  test('before a section within a tenth of a page, else after a sentence, else at the nearest place', () => {
    // Target 1,000: the section starting at 950 wins over the paragraph boundary at 1,000.
    expect(sizes(cutIntoPages(body(Array(19).fill(50), [1_050]), 1_500))).toEqual([
      [19, 0],
      [0, 1],
    ]);
    // Target 1,000: not after the lead-in at 1,000 (`…：`), but after the sentence at 900.
    const lead = body([...Array(9).fill(100), -100, ...Array(10).fill(100)]);
    expect(sizes(cutIntoPages(lead, 1_500))).toEqual([
      [9, 0],
      [11, 0],
    ]);
  });

  test('never inside a section or a paragraph, nor beside one far from the place; not a text with notes', () => {
    expect(cutIntoPages(body([5_000]), 1_000)).toBeUndefined();
    // A cut at 200 is half a page away from its place (867): no scrap is cut off before the long paragraph.
    expect(cutIntoPages(body([100, 100, 5_000]), 1_000)).toBeUndefined();
    // Within half a page: the section starting at 1,200 is 170 from its place (1,030), past a tenth.
    expect(sizes(cutIntoPages(body([600, 600], [900]), 1_500))).toEqual([
      [2, 0],
      [0, 1],
    ]);
    const noted = body(Array(30).fill(100));
    noted.paragraphs[29] = { ...noted.paragraphs[29]!, kind: 'footnote', marker: '1' };
    expect(cutIntoPages(noted, 1_000)).toBeUndefined();
  });
});
