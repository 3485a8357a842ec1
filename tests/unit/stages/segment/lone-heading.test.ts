import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { printedText } from '../../../../scripts/model/walk.js';
import type { Section } from '../../../../scripts/model/document.js';
import { sourceFromText, syntheticMeta } from './support.js';

const outline = (ss: Section[]): string[] =>
  ss.flatMap((s) => [`${s.level} ${s.numbering}${s.title}`, ...outline(s.sections)]);
const read = (text: string, file = 'x.txt') => segmentSource(sourceFromText(text, syntheticMeta(file)).src);

describe('a lone line over the whole page is no heading', () => {
  test.each(['2024年第3期', '内部资料　注意保存', '阅读提示', '张某某　李某某'])(
    '%s under the title, over the text and its 一、 headings, is the page’s first paragraph',
    (line) => {
      const doc = read(
        `关于某某工作的体会\n\n${line}\n\n认真学习党章党规，做合格党员。\n\n一、主要做法\n\n正文一。\n\n二、下步打算\n\n正文二。\n`,
      );
      expect(outline(doc.sections)).toEqual(['1 一、主要做法', '1 二、下步打算']);
      expect(doc.paragraphs.map(printedText)).toEqual([line.replace('　', ' '), '认真学习党章党规，做合格党员。']);
    },
  );

  test('unnumbered headings in a series stay headings, as does one after text, or a Markdown heading', () => {
    const series = read('体会\n\n抓学习\n\n正文一。\n\n抓落实\n\n正文二。\n');
    expect(outline(series.sections)).toEqual(['1 抓学习', '1 抓落实']);
    const later = read('体会\n\n开头的一段话。\n\n小标题\n\n正文一。\n');
    expect(outline(later.sections)).toEqual(['1 小标题']);
    const md = read('# 体会\n\n## 阅读提示\n\n正文。\n\n### 一、主要做法\n\n正文一。\n', 'x.md');
    expect(outline(md.sections)).toEqual(['1 阅读提示', '2 一、主要做法']);
  });
});
