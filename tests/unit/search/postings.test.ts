import { describe, expect, test } from 'vitest';
import { bigramCover, decodeCounts, decodePositional, encodeCounts, encodePositional, shardOf } from '../../../src/client/search/postings.js';

describe('posting encoders', () => {
  test('positional postings round-trip and use deltas in base 36', () => {
    const p = new Map([[40, [2]], [3, [0, 5, 41]]]);
    expect(encodePositional(p)).toBe('3.0,5,10;11.2');
    expect(decodePositional(encodePositional(p))).toEqual(new Map([[3, [0, 5, 41]], [40, [2]]]));
    expect(decodePositional('')).toEqual(new Map());
  });
  test('count postings round-trip, count 1 left out', () => {
    const p = new Map([[3, 1], [40, 2]]);
    expect(encodeCounts(p)).toBe('3;11.2');
    expect(decodeCounts('3;11.2')).toEqual(p);
  });
  test('shardOf is stable and in range', () => {
    expect(shardOf('两学', 256)).toBe(shardOf('两学', 256));
    for (const g of ['党', '两学', 'ab', '廉政']) expect(shardOf(g, 64)).toBeLessThan(64);
  });
});

describe('bigramCover', () => {
  test.each([
    ['两学一做', [['两学', 0], ['一做', 2]]],
    ['学习型', [['学习', 0], ['习型', 1]]],
    ['党风廉政建设', [['党风', 0], ['廉政', 2], ['建设', 4]]],
    ['党', []],
  ])('%s', (run, cover) => {
    expect(bigramCover(run).map((b) => [b.gram, b.offset])).toEqual(cover);
  });
});
