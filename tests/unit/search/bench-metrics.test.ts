import { describe, expect, test } from 'vitest';
import { median, precisionAt, recall, reciprocalRank } from '../../../scripts/bench/search-metrics.js';
import { relevantPassages } from '../../../scripts/bench/search-queries.js';

describe('bench metrics', () => {
  const rel = new Set([2, 5]);
  test('precision, recall and reciprocal rank', () => {
    expect(precisionAt([1, 2, 3, 5], rel)).toBe(0.5);
    expect(recall([1, 2, 3], rel)).toBe(0.5);
    expect(reciprocalRank([1, 2, 3], rel)).toBe(0.5);
    expect(reciprocalRank([], rel)).toBe(0);
    expect(precisionAt([], new Set())).toBe(1);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
  test('ground truth: aliases, simplified forms and AND of words count', () => {
    const passages = ['落实中央八项规定精神', '党风廉政建设责任制', '党风建设', 'Party Building'].map((text) => ({
      url: '',
      text,
      page: 0,
      section: -1,
    }));
    const gl = [{ term: '中央八项规定', aliases: ['八项规定'] }];
    const t2s = (s: string) => s.replace('黨風', '党风').replace('設', '设');
    expect(relevantPassages('八项规定', passages, gl, t2s)).toEqual([0]);
    expect(relevantPassages('黨風廉政建設', passages, gl, t2s)).toEqual([1]);
    expect(relevantPassages('党风 建设', passages, gl, t2s)).toEqual([1, 2]);
    expect(relevantPassages('"party building"', passages, gl, t2s)).toEqual([3]);
  });
});
