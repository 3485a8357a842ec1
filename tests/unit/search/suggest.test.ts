import { describe, expect, test } from 'vitest';
import { similarity, suggestTerms } from '../../../src/client/search/suggest.js';

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
