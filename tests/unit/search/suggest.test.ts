import { describe, expect, test } from 'vitest';
import { similarity, suggestPinyin, suggestTerms } from '../../../src/client/search/suggest.js';

const vocabulary = ['两学一做', '三会一课', '党风廉政建设', '民主生活会', '组织生活会'];

describe('suggestTerms', () => {
  test('a near miss suggests the term first', () => {
    expect(suggestTerms('两学两做', vocabulary)[0]).toBe('两学一做');
    expect(suggestTerms('民主生活', vocabulary).slice(0, 2)).toEqual(['民主生活会', '组织生活会']);
  });
  test('nothing in common gives no suggestion, and the query itself is never suggested', () => {
    expect(suggestTerms('经济', vocabulary)).toEqual([]);
    expect(suggestTerms('三会一课', vocabulary)).not.toContain('三会一课');
  });
  test('similarity is symmetric and 1 for equal strings', () => {
    expect(similarity('廉政', '廉政')).toBe(1);
    expect(similarity('两学一做', '两学两做')).toBe(similarity('两学两做', '两学一做'));
  });
});

describe('suggestPinyin', () => {
  const concepts = [
    { term: '两学一做', pinyin: 'liang xue yi zuo' },
    { term: '三会一课', pinyin: 'san hui yi ke' },
    { term: '三严三实', pinyin: 'san yan san shi' },
    { term: '党风廉政建设', pinyin: 'dang feng lian zheng jian she' },
  ];
  test.each([
    ['liangxueyizuo', ['两学一做']],
    ['Liang Xue Yi Zuo', ['两学一做']],
    ['lxyz', ['两学一做']],
    ['sanhui', ['三会一课']],
    // The start of two pinyins: both, in the glossary's order; the whole of one first.
    ['san', ['三会一课', '三严三实']],
    ['shyk', ['三会一课']],
    ['dangfeng', ['党风廉政建设']],
  ])('%s → %j', (query, expected) => {
    expect(suggestPinyin(query, concepts)).toEqual(expected);
  });
  test('a query with Chinese, digits or one letter is no pinyin; a pinyin no term spells suggests nothing', () => {
    expect(suggestPinyin('两学yi做', concepts)).toEqual([]);
    expect(suggestPinyin('2024', concepts)).toEqual([]);
    expect(suggestPinyin('l', concepts)).toEqual([]);
    expect(suggestPinyin('jingji', concepts)).toEqual([]);
  });
});
