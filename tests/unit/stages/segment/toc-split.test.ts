import { describe, expect, test } from 'vitest';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { splitByToc } from '../../../../scripts/stages/segment/toc-split.js';
import { coverageReport } from '../../../../scripts/stages/coverage.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';

const split = (raw: string) => splitByToc(toBlocks(sourceFromText(raw).src), 'f.txt');

describe('splitByToc', () => {
  test("a 目录 that lists parts over chapters: the parts group the items, each part's heading opens its first item", () => {
    const r = split(
      '目录\n第一篇　组织建设\n第一章　党组织设置……1\n第二章　党员管理……5\n第二篇　制度建设\n第三章　组织生活……9\n\n第一篇　组织建设\n\n第一章　党组织设置\n正文一。\n第二章　党员管理\n正文二。\n\n第二篇　制度建设\n\n第三章　组织生活\n正文三。',
    )!;
    expect(r.entries.map((e) => e.numbering)).toEqual(['第一篇', '第一章', '第二章', '第二篇', '第三章']);
    expect(r.parts.map((p) => [p.entry.title, p.part?.title, p.blocks.map((b) => b.text)])).toEqual([
      ['党组织设置', '组织建设', ['正文一。']],
      ['党员管理', undefined, ['正文二。']],
      ['组织生活', '制度建设', ['正文三。']],
    ]);
    expect(r.between).toEqual([]);
  });

  test('a chapter the body titles otherwise is found by its numbering, titled as the body prints it', () => {
    const r = split(
      '目录\n第一章　总则……1\n第二章　党员……5\n后记……9\n\n第一章　总则\n正文一。\n第二章　党员的权利\n正文二。',
    )!;
    expect(
      r.parts.map((p) => [p.entry.numbering, p.entry.title, p.numberingOnTitle, p.blocks.map((b) => b.text)]),
    ).toEqual([
      ['第一章', '总则', true, ['正文一。']],
      ['第二章', '党员的权利', true, ['正文二。']],
    ]);
    // The 目录 keeps its own wording, and the 后记 this copy lacks.
    expect(r.entries.map((e) => e.title)).toEqual(['总则', '党员', '后记']);
  });

  test('an entry numbered as a list (一、) must be found by its title: its numbering alone may be a list item', () => {
    expect(split('目录\n一、总则……1\n二、党员……5\n\n一、总则\n正文一。\n二、党员的权利\n正文二。')).toBeUndefined();
    // Nor is a missing chapter passed over.
    expect(
      split(
        '目录\n第一章　总则……1\n第二章　党员……5\n第三章　组织……9\n\n第一章　总则\n正文一。\n第二章　党员\n正文二。',
      ),
    ).toBeUndefined();
  });

  test('each 目录 line names an item that starts at the body line repeating its title', () => {
    const r = split('目录\n1.第一篇 甲\t1\n2.第二篇 乙\t4\n\n第一篇 甲\n正文一。\n第二篇 乙\n正文二。\n正文三。')!;
    expect(r.entries.map((e) => [e.numbering, e.title, e.provenance.lines])).toEqual([
      ['1.', '第一篇 甲', [2, 2]],
      ['2.', '第二篇 乙', [3, 3]],
    ]);
    expect(r.parts.map((p) => [p.titleBlock.lines[0], p.blocks.map((b) => b.text)])).toEqual([
      [5, ['正文一。']],
      [7, ['正文二。', '正文三。']],
    ]);
    expect(r.removed).toEqual([
      { text: '目录', line: 1, reason: 'field-syntax' },
      { text: '1', line: 2, reason: 'toc-page-number' },
      { text: '4', line: 3, reason: 'toc-page-number' },
    ]);
  });

  test('dot leaders before the page number are syntax too', () => {
    const r = split('目 录\n甲……1\n乙……9\n甲\n正文。\n乙\n正文。')!;
    expect(r.entries.map((e) => e.title)).toEqual(['甲', '乙']);
    expect(r.removed.map((x) => x.text)).toEqual(['目 录', '……', '1', '……', '9']);
  });

  test.each([
    ['no 目录', '甲\n正文。'],
    ['a title missing from the body', '目录\n1.甲\t1\n2.乙\t2\n甲\n正文。'],
    ['a single entry', '目录\n1.甲\t1\n甲\n正文。'],
  ])('undefined for %s', (_, raw) => {
    expect(split(raw)).toBeUndefined();
  });
});

describe('a book with a 目录 of chapters', () => {
  const text =
    '某书\n\n目  录\n\n第一章 总则……1\n第二章 组织……5\n\n第一章 总则\n\n一、目的\n\n正文。\n\n第二章 组织\n\n正文。';
  const { src, text: decoded } = sourceFromText(text, syntheticMeta('book.txt', { kind: 'handbook' }));
  const doc = segmentSource(src);

  test('the 目录 splits it; chapter entries give chNN slugs and the printed numbering', () => {
    expect(doc.children.map((c) => [c.slug, c.numbering, c.title, c.front.numbering, c.front.title])).toEqual([
      ['ch01', '第一章', '总则', '第一章', '总则'],
      ['ch02', '第二章', '组织', '第二章', '组织'],
    ]);
    expect(doc.children[0]!.sections.map((s) => s.numbering + s.title)).toEqual(['一、目的']);
  });

  test('loses nothing', () => {
    expect(coverageReport(decoded, doc).missing).toEqual([]);
    expect(coverageReport(decoded, doc).extra).toEqual([]);
  });
});

describe('a 目录 that splits nothing', () => {
  const segment = (raw: string, kind: 'handbook' | 'report') => {
    const { src, text } = sourceFromText(raw, syntheticMeta('book.txt', { kind }));
    const doc = segmentSource(src);
    expect(coverageReport(text, doc).missing).toEqual([]);
    return doc;
  };
  const allText = (d: ReturnType<typeof segmentSource>): string[] =>
    [d, ...d.children].flatMap((p) => [...p.paragraphs.map((x) => x.text), ...p.sections.map((s) => s.title)]);

  test('a book whose 目录 lists a chapter it lacks is split at its chapter headings, the 目录 no text of it', () => {
    const doc = segment(
      '党建手册\n\n目录\n\n第一章　总则……1\n第二章　党员……5\n第三章　组织……9\n\n第一章　总则\n\n正文一。\n\n第二章　党员\n\n正文二。',
      'handbook',
    );
    expect(doc.children.map((c) => [c.slug, c.paragraphs.map((p) => p.text)])).toEqual([
      ['ch01', ['正文一。']],
      ['ch02', ['正文二。']],
    ]);
    expect(doc.front.toc?.map((e) => e.title)).toEqual(['总则', '党员', '组织']);
  });

  test('a report whose 目录 words its parts otherwise is one page, its 目录 in the front matter only', () => {
    const doc = segment(
      '调研报告\n\n目　录\n\n一、基本情况……1\n二、存在问题……3\n\n一、全市的基本情况\n\n正文一。\n\n二、当前的主要问题\n\n正文二。',
      'report',
    );
    expect(doc.children).toEqual([]);
    expect(allText(doc).filter((t) => /……|目\s*录/.test(t))).toEqual([]);
    expect(doc.front.toc?.map((e) => e.title)).toEqual(['基本情况', '存在问题']);
  });

  test('without page numbers, a 目录 whose numberings head the body in its order is one too; one the body does not follow stays text', () => {
    const unpaged = segment(
      '调研报告\n\n目　录\n\n一、基本情况\n二、存在问题\n\n一、全市的基本情况\n\n正文一。\n\n二、当前的主要问题\n\n正文二。',
      'report',
    );
    expect(unpaged.front.toc?.map((e) => `${e.numbering}${e.title}`)).toEqual(['一、基本情况', '二、存在问题']);
    expect(unpaged.sections.map((s) => s.title)).toEqual(['全市的基本情况', '当前的主要问题']);
    expect(allText(unpaged).filter((t) => /目\s*录|^基本情况$/.test(t))).toEqual([]);
    // Numbered lines after a 目录 label the body never heads so: left as they are.
    const listed = segment('调研报告\n\n目　录\n\n一、基本情况\n二、存在问题\n\n正文一。\n\n正文二。', 'report');
    expect(listed.front.toc).toBeUndefined();
    expect(allText(listed)).toContain('基本情况');
  });
});
