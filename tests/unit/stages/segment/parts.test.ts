import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText } from './support.js';

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
