// Dates alone over the entries of a 学习笔记 or 大事记 head them; a lone date, a date in a sentence, a run of dates do not.
import { describe, expect, test } from 'vitest';
import { isDateLine } from '../../../../scripts/stages/segment/date-headings.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import type { Section } from '../../../../scripts/model/document.js';
import { sourceFromText, syntheticMeta } from './support.js';

const outline = (text: string): string[] => {
  const doc = segmentSource(sourceFromText(text, syntheticMeta('notes.txt')).src);
  const walk = (ss: Section[]): string[] => ss.flatMap((s) => [`${s.numbering}${s.title}`, ...walk(s.sections)]);
  return walk(doc.sections);
};

describe('isDateLine', () => {
  test.each([
    '2024年3月5日',
    '2024年3月5日　星期二',
    '2024年3月5日（周二）',
    '2024年3月5日 上午 9:00',
    '2024-03-05',
    '2024年3月',
  ])('%s is a date alone', (t) => expect(isDateLine(t)).toBe(true));
  test.each(['2024年3月5日，支部召开党员大会。', '某某局机关党委办公室 2024年1月5日', '会议于2024年3月5日召开'])(
    '%s is not',
    (t) => expect(isDateLine(t)).toBe(false),
  );
});

describe('markDateHeadings', () => {
  test('two dates or more, each over an entry, head their entries', () => {
    expect(outline('学习笔记\n\n2024年3月5日\n学习党章。\n\n2024年3月12日\n学习条例。')).toEqual([
      '2024年3月5日',
      '2024年3月12日',
    ]);
  });

  test('one date over text, or dates one under another with nothing between, head nothing', () => {
    expect(outline('通知\n\n正文。\n\n2024年3月5日\n附件：名单')).toEqual([]);
    expect(outline('日程\n\n正文。\n\n2024年3月5日\n2024年3月6日\n2024年3月7日')).toEqual([]);
  });
});
