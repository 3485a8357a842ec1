import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';

const outline = (raw: string) => {
  const doc = segmentSource(sourceFromText(raw).src);
  const walk = (ss: typeof doc.sections): string[] =>
    ss.flatMap((s) => [`${s.level} ${s.numbering}${s.title}`, ...walk(s.sections)]);
  return { headings: walk(doc.sections), quotes: JSON.stringify(doc).includes('"quote"') };
};

describe('parts of a collection without a 目录', () => {
  test('titles before numbering that starts again become sibling part headings', () => {
    const r = outline('汇编\n第一篇标题\n甲单位\n一、甲\n正文。\n二、乙\n正文。\n第二篇标题\n乙单位\n一、丙\n正文。');
    expect(r.headings).toEqual(['1 第一篇标题', '2 一、甲', '2 二、乙', '1 第二篇标题', '2 一、丙']);
    expect(r.quotes).toBe(false);
  });

  test('a numbered list restarting after a lead-in sentence is still a quotation', () => {
    const r = outline('标题\n一、甲\n正文。\n二、乙\n文件指出：\n一、全体同志要加强学习。\n二、全体同志要严守纪律。');
    expect(r.headings).toEqual(['1 一、甲', '1 二、乙']);
    expect(r.quotes).toBe(true);
  });
});

describe('a collection of works without a 目录', () => {
  const segment = (text: string[]) =>
    segmentSource(sourceFromText(text.join('\n\n'), syntheticMeta('works.txt', { kind: 'speech' })).src);

  test('its works, each a title over a byline, are its pages, the byline the work’s author', () => {
    const doc = segment([
      '经验交流发言材料',
      '以党建引领发展',
      '某某市财政局',
      '一、抓学习',
      '正文一。',
      '二、抓落实',
      '正文二。',
      '守正创新提质增效',
      '某某市税务局',
      '一、抓支部',
      '正文三。',
      '二、抓队伍',
      '正文四。',
    ]);
    expect(doc.children.map((c) => [c.slug, c.title, c.front.authors])).toEqual([
      ['part-01', '以党建引领发展', ['某某市财政局']],
      ['part-02', '守正创新提质增效', ['某某市税务局']],
    ]);
    expect(doc.children.map((c) => c.sections.map((s) => s.title))).toEqual([
      ['抓学习', '抓落实'],
      ['抓支部', '抓队伍'],
    ]);
  });

  test('one speech whose parts restart their numbering under plain headings, no byline under them, stays one page', () => {
    const doc = segment([
      '在机关党建工作会议上的讲话',
      '同志们：',
      '现在我讲两个问题。',
      '过去一年的工作',
      '一、抓学习',
      '正文一。',
      '二、抓落实',
      '正文二。',
      '今年的工作安排',
      '一、抓支部',
      '正文三。',
      '二、抓队伍',
      '正文四。',
    ]);
    expect(doc.children).toEqual([]);
    expect(doc.sections.map((s) => s.title)).toEqual(['过去一年的工作', '今年的工作安排']);
  });
});
