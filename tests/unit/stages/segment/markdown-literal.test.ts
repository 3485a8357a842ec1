// A Markdown line whose first character is written escaped or as a character reference is text:
// no heading, quote, list item or note definition, as CommonMark reads it.
import { describe, expect, test } from 'vitest';
import type { Document, Paragraph, Section } from '../../../../scripts/model/document.js';
import { assertNothingLost } from '../../../../scripts/stages/coverage.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';

const segmented = (lines: string[]): { doc: Document; text: string } => {
  const { src, text } = sourceFromText(lines.join('\n'), syntheticMeta('synthetic.md'));
  return { doc: segmentSource(src), text };
};
const sections = (ss: Section[]): Section[] => ss.flatMap((s) => [s, ...sections(s.sections)]);
const paragraphs = (doc: Document): Paragraph[] => [
  ...doc.paragraphs,
  ...sections(doc.sections).flatMap((s) => s.paragraphs),
];

describe('a line opening with an escaped character or a character reference', () => {
  const lines = [
    '\\# 不是标题，是一句话。',
    '&#35; 也不是标题，是一句话。',
    '\\> 不是引用，是一句话。',
    '&gt; 也不是引用，是一句话。',
    '\\* 注：本表数据截至2024年底。',
    '&ast; 也不是列表项，是一句话。',
    '\\<b> 是文字，不是标签。',
    '\\[^1]: 不是注释定义，是一句话。',
  ];
  const { doc, text } = segmented(['# 标题', '', ...lines.flatMap((l) => [l, ''])]);

  test('is a paragraph of its text, with its character', () => {
    expect(doc.front.title).toBe('标题');
    expect(doc.sections).toEqual([]);
    expect(paragraphs(doc).map((p) => [p.kind, `${p.marker ?? ''}${p.text}`])).toEqual([
      ['paragraph', '# 不是标题，是一句话。'],
      ['paragraph', '# 也不是标题，是一句话。'],
      ['paragraph', '> 不是引用，是一句话。'],
      ['paragraph', '> 也不是引用，是一句话。'],
      ['paragraph', '* 注：本表数据截至2024年底。'],
      ['paragraph', '* 也不是列表项，是一句话。'],
      ['paragraph', '<b> 是文字，不是标签。'],
      ['paragraph', '[^1]: 不是注释定义，是一句话。'],
    ]);
    expect(() => assertNothingLost(text, doc)).not.toThrow();
  });

  test('the next line continues it, as it continues any paragraph', () => {
    const wrapped = segmented([
      '# 标题',
      '',
      '\\# 不是标题，',
      '接着写完这一句。',
      '',
      '&gt; 不是引用，',
      '接着写完。',
    ]);
    expect(paragraphs(wrapped.doc).map((p) => p.text)).toEqual([
      '# 不是标题，接着写完这一句。',
      '> 不是引用，接着写完。',
    ]);
    expect(() => assertNothingLost(wrapped.text, wrapped.doc)).not.toThrow();
  });

  test('the same lines unescaped are the syntax they look like', () => {
    const plain = segmented([
      '# 标题',
      '',
      '正文。',
      '',
      '## 是标题',
      '',
      '> 是引用，是一句话。',
      '',
      '* 是列表项，是一句话。',
    ]);
    expect(sections(plain.doc.sections).map((s) => s.title)).toEqual(['是标题']);
    expect(paragraphs(plain.doc).map((p) => p.kind)).toEqual(['paragraph', 'quote', 'list-item']);
  });
});

describe('a text character after a tag on the line above', () => {
  test('a `<` the text holds is not taken from the `</p>` of the line it continues', () => {
    const { doc, text } = segmented([
      '# 标题',
      '',
      '正文。',
      '',
      '<p align="center">会议定于（2024年12月20日）</p>',
      '&lt;b&gt;与\\<i>。',
    ]);
    expect(paragraphs(doc).map((p) => p.text)).toEqual(['正文。', '会议定于（2024年12月20日）<b>与<i>。']);
    expect(() => assertNothingLost(text, doc)).not.toThrow();
  });
});

describe('a code fence never closed', () => {
  test('runs to the end as code, as CommonMark reads it: a `## 标题` line in it is code, not a heading', () => {
    const { doc, text } = segmented(['# 标题', '', '正文。', '', '```', '代码', '', '## 二、标题', '', '正文二。']);
    expect(doc.sections).toEqual([]);
    expect(paragraphs(doc).map((p) => p.text)).toEqual(['正文。', '代码', '## 二、标题', '正文二。']);
    expect(() => assertNothingLost(text, doc)).not.toThrow();
  });
});
