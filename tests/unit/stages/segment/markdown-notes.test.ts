// Markdown footnotes ([^1] … [^1]: …): notes are `footnote` paragraphs, references link to them.
import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { assertNothingLost } from '../../../../scripts/stages/coverage.js';
import { leavesOf, paragraphsIn } from '../../../../scripts/model/walk.js';
import type { Document } from '../../../../scripts/model/document.js';
import { sourceFromText, syntheticMeta } from './support.js';

const segment = (text: string): Document => {
  const { src, text: decoded } = sourceFromText(text, syntheticMeta('notes.md'));
  const doc = segmentSource(src);
  assertNothingLost(decoded, doc);
  return doc;
};
const paragraphs = (doc: Document) => leavesOf(doc).flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)]);
const syntax = (doc: Document) =>
  doc.removed.filter((r) => r.reason === 'markdown-syntax').map((r) => `${r.line}:${r.text}`);

describe('Markdown footnotes', () => {
  test('each reference becomes its label with a mark to its note; the syntax is recorded on its line', () => {
    const doc = segment(
      [
        '# 学习体会',
        '',
        '要全面从严治党[^1]，坚持“三会一课”[^2]，再次强调[^1]。',
        '',
        '[^1]: 参见党的二十大报告。',
        '[^2]: 指支部党员大会、支委会、党小组会和党课。',
      ].join('\n'),
    );
    const [body, one, two] = paragraphs(doc);
    expect(body!.text).toBe('要全面从严治党1，坚持“三会一课”2，再次强调1。');
    expect(body!.marks).toEqual([
      { kind: 'footnote', start: 7, end: 8, note: one!.id },
      { kind: 'footnote', start: 17, end: 18, note: two!.id },
      { kind: 'footnote', start: 23, end: 24, note: one!.id },
    ]);
    expect([one, two].map((p) => [p!.kind, p!.marker, p!.text])).toEqual([
      ['footnote', '1', '参见党的二十大报告。'],
      ['footnote', '2', '指支部党员大会、支委会、党小组会和党课。'],
    ]);
    expect(syntax(doc)).toEqual(['1:#', '3:[^', '3:]', '3:[^', '3:]', '3:[^', '3:]', '5:[^', '5:]:', '6:[^', '6:]:']);
  });

  test('in a heading and in a run-in lead too', () => {
    const doc = segment(
      [
        '## 一、基本情况[^1]',
        '',
        '（一）抓实理论学习[^2]。坚持“第一议题”制度。',
        '',
        '[^1]: 截至年底。',
        '[^2]: 全年12次。',
      ].join('\n'),
    );
    const heading = doc.sections[0]!;
    const [item, one, two] = paragraphs(doc);
    expect([heading.title, heading.titleMarks]).toEqual([
      '基本情况1',
      [{ kind: 'footnote', start: 4, end: 5, note: one!.id }],
    ]);
    expect([item!.lead, item!.leadMarks]).toEqual([
      '抓实理论学习2。',
      [{ kind: 'footnote', start: 6, end: 7, note: two!.id }],
    ]);
  });

  test('a reference to no note stays as written, and so does a note nobody refers to', () => {
    const doc = segment(['正文提到[^9]与[^a]。', '', '[^a]: 注释甲。', '[^b]: 注释乙。'].join('\n'));
    const [body, a, b] = paragraphs(doc);
    expect(body!.text).toBe('正文提到[^9]与a。');
    expect(body!.marks).toEqual([{ kind: 'footnote', start: 9, end: 10, note: a!.id }]);
    expect(b!.kind).toBe('footnote');
  });

  test('a plain-text source keeps [^1] as text', () => {
    const { src } = sourceFromText('正文[^1]。\n\n[^1]: 注释。');
    const body = paragraphs(segmentSource(src));
    expect(body.map((p) => p.kind)).not.toContain('footnote');
    expect(body[0]!.text).toBe('正文[^1]。');
  });
});
