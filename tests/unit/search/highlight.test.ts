import { describe, expect, test } from 'vitest';
import { escapeHtml, findRanges, highlightAll, highlightExcerpt } from '../../../src/client/search/highlight.js';
import { rankMatches } from '../../../src/client/search/rank.js';

describe('findRanges', () => {
  test('marks whole terms and merges overlaps', () => {
    expect(findRanges('坚持两学一做，两学一做学习教育', ['两学一做'])).toEqual([
      [2, 6],
      [7, 11],
    ]);
    expect(findRanges('中央八项规定精神', ['八项规定', '中央八项规定'])).toEqual([[0, 6]]);
    expect(findRanges('Party Building', ['party building'])).toEqual([[0, 14]]);
  });
  test('reads through quotation and title marks, which the mark then spans', () => {
    expect(findRanges('开展“两学一做”学习教育', ['两学一做学习教育'])).toEqual([[3, 12]]);
    expect(findRanges('学习《党章》', ['“党章”'])).toEqual([[3, 5]]);
    expect(highlightAll('开展“两学一做”学习教育', ['两学一做学习'])).toBe('开展“<mark>两学一做”学习</mark>教育');
  });
  test('falls back to runs when punctuation differs', () => {
    expect(findRanges('不忘初心，牢记使命', ['不忘初心、牢记使命'])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });
});

describe('highlightExcerpt', () => {
  test('wraps the whole term, not its first character', () => {
    expect(highlightExcerpt('党员要坚持两学一做学习教育', ['两学一做'])).toBe(
      '党员要坚持<mark>两学一做</mark>学习教育',
    );
  });
  test('cuts long text around the first match with ellipses', () => {
    const text = '甲'.repeat(100) + '三会一课' + '乙'.repeat(100);
    const html = highlightExcerpt(text, ['三会一课'], { length: 40, before: 10 });
    expect(html).toBe('…' + '甲'.repeat(10) + '<mark>三会一课</mark>' + '乙'.repeat(26) + '…');
  });
  test('escapes HTML in the text', () => {
    expect(highlightAll('<b>党</b> & 党', ['党'])).toBe('&lt;b&gt;<mark>党</mark>&lt;/b&gt; &amp; <mark>党</mark>');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});

describe('rankMatches', () => {
  const page = { title: 't', document: 'd', doc: 'd', chapter: 'd/c', kind: 'paper', url: '/library/d/c/' };
  const match = (pid: number, o: { exact?: boolean; heading?: boolean; count?: number; length?: number }) => ({
    pid,
    count: o.count ?? 1,
    forms: ['x'],
    exact: o.exact ?? true,
    page,
    passage: {
      pid,
      url: `/library/d/c/#p-${pid}`,
      text: 'x'.repeat(o.length ?? 50),
      path: [],
      concepts: [],
      ...(o.heading && { heading: true as const }),
    },
  });
  test('exact before alias-only, then headings, then more occurrences, then shorter, then document order', () => {
    const ms = [
      match(1, {}),
      match(2, { length: 10 }),
      match(3, { count: 3 }),
      match(9, { heading: true }),
      match(0, { exact: false, heading: true, count: 9 }),
      match(4, {}),
    ];
    expect(rankMatches(ms).map((m) => m.pid)).toEqual([9, 3, 2, 1, 4, 0]);
  });
});
