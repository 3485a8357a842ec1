import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import type { Paragraph, Section } from '../../../../scripts/model/document.js';
import { sourceFromText } from './support.js';

/** Headings (`<level> <numbering><title>`) and the list items of a text read as one page. */
const read = (raw: string) => {
  const doc = segmentSource(sourceFromText(raw).src);
  const walk = (ss: readonly Section[]): string[] =>
    ss.flatMap((s) => [`${s.level} ${s.numbering}${s.title}`, ...walk(s.sections)]);
  const paragraphs = (ss: readonly Section[]): Paragraph[] =>
    ss.flatMap((s) => [...s.paragraphs, ...paragraphs(s.sections)]);
  const items = [...doc.paragraphs, ...paragraphs(doc.sections)]
    .filter((p) => p.kind === 'list-item')
    .map((p) => `${p.marker}${p.text}`);
  return { headings: walk(doc.sections), items };
};

describe('bullet lines that head the text under them', () => {
  test('◆ lines each standing over body text are sibling headings; a ◆ run stays a list under the last', () => {
    const r = read(
      '标题\n\n◆ 聚焦政治引领\n\n正文一。\n\n◆ 聚焦组织建设\n\n正文二。\n\n存在不足：\n\n◆ 能力有待提升\n◆ 方式不够丰富\n\n下一步工作。',
    );
    expect(r.headings).toEqual(['1 ◆聚焦政治引领', '1 ◆聚焦组织建设']);
    expect(r.items).toEqual(['◆能力有待提升', '◆方式不够丰富']);
  });

  test('under a numbered heading they are one level deeper, and the next numbered heading closes them', () => {
    const r = read('标题\n\n一、总体情况\n\n■ 学习教育\n\n正文。\n\n■ 组织建设\n\n正文。\n\n二、下步打算\n\n正文。');
    expect(r.headings).toEqual(['1 一、总体情况', '2 ■学习教育', '2 ■组织建设', '1 二、下步打算']);
  });

  test('a lone bullet line over body text, or bullets that are sentences, stay list items', () => {
    expect(read('标题\n\n◆ 聚焦政治引领\n\n正文一。').headings).toEqual([]);
    const sentences = read('标题\n\n◆ 党员要加强学习。\n\n正文一。\n\n◆ 党员要严守纪律。\n\n正文二。');
    expect(sentences.headings).toEqual([]);
    expect(sentences.items).toEqual(['◆党员要加强学习。', '◆党员要严守纪律。']);
  });

  test('each symbol is judged on its own: ● items beside ◆ headings stay items', () => {
    const r = read('标题\n\n◆ 甲方面\n\n正文。\n\n● 一项\n● 二项\n\n◆ 乙方面\n\n正文。');
    expect(r.headings).toEqual(['1 ◆甲方面', '1 ◆乙方面']);
    expect(r.items).toEqual(['●一项', '●二项']);
  });
});
