import { describe, expect, test } from 'vitest';
import { splitByChapters } from '../../../../scripts/stages/segment/chapters.js';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';

const split = (raw: string) => splitByChapters(toBlocks(sourceFromText(raw).src));

describe('splitByChapters', () => {
  test('a leading 前言 becomes the preface, 第X章 the chapters', () => {
    const r = split(' 前言\n\n序文。\n\n第一章 总论\n\n正文一。\n\n第二章 分论\n\n正文二。')!;
    expect(r.parts.map((p) => [p.slug, p.numbering, p.title, p.blocks.map((b) => b.text)])).toEqual([
      ['preface', '', '前言', ['序文。']],
      ['ch01', '第一章', '总论', ['正文一。']],
      ['ch02', '第二章', '分论', ['正文二。']],
    ]);
    expect(r.before).toEqual([]);
  });

  test("a part's heading right above a chapter's belongs to that chapter, not to the end of the one before", () => {
    const r = split(
      '第一篇 总论\n\n第一章 甲\n\n正文一。\n\n第二章 乙\n\n正文二。\n\n第二篇 分论\n\n第三章 丙\n\n正文三。',
    )!;
    expect(
      r.parts.map((p) => [p.slug, p.part && `${p.part.numbering} ${p.part.title}`, p.blocks.map((b) => b.text)]),
    ).toEqual([
      ['ch01', '第一篇 总论', ['正文一。']],
      ['ch02', undefined, ['正文二。']],
      ['ch03', '第二篇 分论', ['正文三。']],
    ]);
    expect(r.before).toEqual([]);
    // A part heading with text under it before its first chapter stays where it is.
    const apart = split('第一章 甲\n\n正文一。\n\n第二部分 分论\n\n本部分说明。\n\n第二章 乙\n\n正文二。')!;
    expect(apart.parts.map((p) => [p.slug, p.part, p.blocks.map((b) => b.text)])).toEqual([
      ['ch01', undefined, ['正文一。', '第二部分 分论', '本部分说明。']],
      ['ch02', undefined, ['正文二。']],
    ]);
  });

  test('a part with text of its own before its first chapter is a page of that text, which ends the chapter before', () => {
    const r = split(
      '专题一 总论\n\n学习目标：一。\n\n第一讲 甲\n\n正文一。\n\n第二讲 乙\n\n正文二。\n\n专题二 分论\n\n学习目标：二。\n\n第三讲 丙\n\n正文三。',
    )!;
    expect(
      r.parts.map((p) => [
        p.slug,
        p.numbering,
        p.part && `${p.part.numbering} ${p.part.title}`,
        p.blocks.map((b) => b.text),
      ]),
    ).toEqual([
      ['part01', '专题一', '专题一 总论', ['学习目标：一。']],
      ['ch01', '第一讲', undefined, ['正文一。']],
      ['ch02', '第二讲', undefined, ['正文二。']],
      ['part02', '专题二', '专题二 分论', ['学习目标：二。']],
      ['ch03', '第三讲', undefined, ['正文三。']],
    ]);
    expect(r.parts[0]!.part!.ownPage).toBe(true);
    expect(r.before).toEqual([]);
    // Parts that do not count 1, 2 … from before the first chapter are a chapter's own text.
    const within = split('第一章 甲\n\n第一部分 上\n\n正文一。\n\n第二部分 下\n\n正文二。\n\n第二章 乙\n\n正文三。')!;
    expect(within.parts.map((p) => p.slug)).toEqual(['ch01', 'ch02']);
  });

  test('chapters numbered from 1 again in each part are all chapters, their pages numbered through the book', () => {
    const r = split(
      '第一篇 总论\n\n第一章 甲\n\n正文一。\n\n第二章 乙\n\n正文二。\n\n第二篇 分论\n\n第一章 丙\n\n正文三。\n\n第二章 丁\n\n正文四。',
    )!;
    expect(r.parts.map((p) => [p.slug, p.numbering, p.title, p.part?.title])).toEqual([
      ['ch01', '第一章', '甲', '总论'],
      ['ch02', '第二章', '乙', undefined],
      ['ch03', '第一章', '丙', '分论'],
      ['ch04', '第二章', '丁', undefined],
    ]);
    // Without a part between, a second 第一章 is a mention, not a chapter.
    expect(
      split('第一章 甲\n\n正文一。\n\n第二章 乙\n\n正文二。\n\n第一章 丙\n\n正文三。')!.parts.map((p) => p.slug),
    ).toEqual(['ch01', 'ch02']);
  });

  test("a 目录's chapter lines (dot leaders or a tab before a page number) are no chapter headings", () => {
    const r = split('目录\n第一章 甲……1\n第二章 乙\t5\n\n第一章 甲\n正文一。\n第二章 乙\n正文二。')!;
    expect(r.parts.map((p) => [p.slug, p.title, p.titleBlock.lines[0]])).toEqual([
      ['ch01', '甲', 5],
      ['ch02', '乙', 7],
    ]);
  });

  test('text before the first chapter that is not a preface is kept apart', () => {
    const r = split('说明文字。\n第一章 甲\n正文。\n第二章 乙\n正文。')!;
    expect(r.before.map((b) => b.text)).toEqual(['说明文字。']);
    expect(r.parts.map((p) => p.slug)).toEqual(['ch01', 'ch02']);
  });

  test('a 第X章 mentioned out of sequence (a cross-reference line) does not split', () => {
    const r = split('第一章 甲\n正文。\n第三章 见后\n第二章 乙\n正文。')!;
    expect(r.parts.map((p) => p.numbering)).toEqual(['第一章', '第二章']);
  });

  test('one chapter is not a book', () => {
    expect(split('第一章 甲\n正文。')).toBeUndefined();
  });
});

describe('a Markdown book', () => {
  test('`# 第一章 …` headings split it too; the hashes are recorded as syntax', () => {
    const { src } = sourceFromText(
      '# 第一章 总则\n\n正文。\n\n# 第二章 分则\n\n## 一、要求\n\n正文。',
      syntheticMeta('book.md'),
    );
    const doc = segmentSource(src);
    expect(doc.children.map((c) => [c.slug, c.numbering, c.title])).toEqual([
      ['ch01', '第一章', '总则'],
      ['ch02', '第二章', '分则'],
    ]);
    expect(doc.children[1]!.sections.map((s) => `${s.level} ${s.numbering}${s.title}`)).toEqual(['1 一、要求']);
    expect(doc.removed.map((r) => `${r.line}:${r.text}`)).toEqual(['1:#', '5:#', '7:##']);
  });
});
