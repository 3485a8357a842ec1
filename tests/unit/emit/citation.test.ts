import { describe, expect, test } from 'vitest';
import { formatAuthors, formatCitation } from '../../../src/lib/citation.js';

describe('formatCitation (GB/T 7714, online resource)', () => {
  test('a journal paper paragraph cites journal, year, section, access date and URL', () => {
    expect(
      formatCitation({
        authors: ['吴晓芳'],
        title: '党建工作与党风廉政建设协同发展的路径与策略',
        type: 'J',
        container: '党建研究',
        year: '2020',
        section: '1.1 理论基础',
        url: 'https://x.cn/library/p/text/#p-2-1-1',
        accessed: '2026-11-24',
      }),
    ).toBe(
      '吴晓芳. 党建工作与党风廉政建设协同发展的路径与策略[J/OL]. 党建研究, 2020: 1.1 理论基础[2026-11-24]. https://x.cn/library/p/text/#p-2-1-1.',
    );
  });

  test('a journal paper with volume and issue: year, volume(issue): pages', () => {
    expect(
      formatCitation({
        authors: ['甲', '乙'],
        title: 'T',
        type: 'J',
        container: '党建研究',
        year: '2021',
        volume: '62',
        issue: '04',
        pages: '12-15',
        url: 'u',
        accessed: 'd',
      }),
    ).toBe('甲, 乙. T[J/OL]. 党建研究, 2021, 62(04): 12-15[d]. u.');
  });

  test('a speech is cited as an analytic of its collection, under its institution', () => {
    expect(
      formatCitation({
        authors: ['省委办公厅'],
        title: '强化政治机关意识',
        type: 'G',
        container: '研讨发言汇编',
        section: '一、提高站位',
        url: 'http://h/a/#p-1',
        accessed: '2026-01-02',
      }),
    ).toBe('省委办公厅. 强化政治机关意识[G/OL]//研讨发言汇编. 一、提高站位[2026-01-02]. http://h/a/#p-1.');
  });

  test('a book gives place: publisher, year and the chapter as locator', () => {
    expect(
      formatCitation({
        authors: ['本书编写组'],
        title: '机关党建一本通',
        type: 'M',
        place: '北京',
        publisher: '人民出版社',
        year: '2014',
        section: '第三章',
        url: 'u',
        accessed: 'd',
      }),
    ).toBe('本书编写组. 机关党建一本通[M/OL]. 北京: 人民出版社, 2014: 第三章[d]. u.');
  });

  test('no author and no publication data: title first, then access date', () => {
    expect(formatCitation({ authors: [], title: 'T', type: 'J', url: 'u', accessed: 'd' })).toBe('T[J/OL]. [d]. u.');
  });

  test.each([
    [['甲'], '甲'],
    [['甲', '乙', '丙'], '甲, 乙, 丙'],
    [['甲', '乙', '丙', '丁'], '甲, 乙, 丙, 等'],
  ])('authors %j → %s', (authors, expected) => {
    expect(formatAuthors(authors)).toBe(expected);
  });
});
