// Page furniture of PDF extractions: page numbers and running headers are removed with a reason, text stays.
import { describe, expect, test } from 'vitest';
import { stripPageFurniture } from '../../../scripts/stages/page-furniture.js';

describe('stripPageFurniture', () => {
  test.each([['— 3 —'], ['- 12 -'], ['第 3 页'], ['第3页 共10页'], ['3/10'], ['Page 4 of 9'], ['· 5 ·']])(
    '%s is a page number',
    (line) => {
      const r = stripPageFurniture(['正文。', line, '续文。'], new Set());
      expect(r.lines).toEqual(['正文。', '', '续文。']);
      expect(r.removed).toEqual([{ text: line, line: 2, reason: 'page-number' }]);
    },
  );

  test('a short line repeated next to page breaks is a running header; the title on page 1 stays', () => {
    const lines = [
      '廉洁文化建设读本',
      '正文一。',
      '正文。',
      '— 1 —',
      '',
      '廉洁文化建设读本',
      '正文二。',
      '第 2 页',
      '廉洁文化建设读本',
      '正文三。',
    ];
    const r = stripPageFurniture(lines, new Set());
    expect(r.lines).toEqual(['廉洁文化建设读本', '正文一。', '正文。', '', '', '', '正文二。', '', '', '正文三。']);
    expect(r.removed.map((x) => `${x.line}:${x.reason}`)).toEqual([
      '4:page-number',
      '6:running-header',
      '8:page-number',
      '9:running-header',
    ]);
  });

  test("a journal's header (it names the issue) goes also from the first page's top, where no break marks it", () => {
    const header = '·理论研究·  党建研究 2023年第5期';
    const lines = [
      '',
      header,
      '论文题目',
      '张某某',
      '正文一。',
      '— 11 —',
      header,
      '正文二。',
      '— 12 —',
      header,
      '正文三。',
    ];
    const r = stripPageFurniture(lines, new Set());
    expect(r.removed.map((x) => `${x.line}:${x.reason}`)).toEqual([
      '2:running-header',
      '6:page-number',
      '7:running-header',
      '9:page-number',
      '10:running-header',
    ]);
    expect(r.lines.slice(2, 4)).toEqual(['论文题目', '张某某']);
    // Without the issue the first page's line is text, as a book's title there would be.
    const plain = lines.map((l) => (l === header ? '党建研究' : l));
    expect(stripPageFurniture(plain, new Set()).lines[1]).toBe('党建研究');
    // Elsewhere off a break it stays: the lines around it would be joined across a page break.
    const mid = [lines[2]!, lines[3]!, header, ...lines.slice(4)];
    expect(stripPageFurniture(mid, new Set()).lines[2]).toBe(header);
  });

  test('form feeds alone mark page breaks; a line met at one break is text', () => {
    const lines = [
      '页眉文字',
      '正文甲。',
      '正文乙。',
      '页眉文字',
      '正文丙。',
      '正文乙。',
      '页眉文字',
      '只出现一次的行',
    ];
    const r = stripPageFurniture(lines, new Set([3, 6]));
    expect(r.removed.map((x) => `${x.line}:${x.text}`)).toEqual(['4:页眉文字', '7:页眉文字']);
    expect(r.lines[7]).toBe('只出现一次的行');
  });

  test('a short line repeated at only two of many page breaks is text (a repeated sub-heading)', () => {
    const pages = Array.from({ length: 8 }, (_, k) => [
      `正文${k}。`,
      k % 4 === 0 ? '（一）主要做法' : `其他${k}`,
      `— ${k + 1} —`,
    ]).flat();
    const r = stripPageFurniture(pages, new Set());
    expect(r.removed.every((x) => x.reason === 'page-number')).toBe(true);
  });

  test('bare numbers count only as an increasing run of at least three', () => {
    expect(stripPageFurniture(['正文。', '2023', '正文。'], new Set()).removed).toEqual([]);
    const r = stripPageFurniture(['甲。', '1', '乙。', '2', '丙。', '3'], new Set());
    expect(r.removed.map((x) => x.text)).toEqual(['1', '2', '3']);
  });

  test('text without page breaks is untouched', () => {
    const lines = ['第一章 总则', '—— 引自某文件 ——', '正文。'];
    expect(stripPageFurniture(lines, new Set())).toEqual({ lines, removed: [] });
  });
});
