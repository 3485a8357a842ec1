/**
 * The passage index in shards (search-shards.ts), on the real corpus's records: every record in
 * exactly one shard and in order, no shard above its budget, the fewest shards and as even as
 * whole records allow.
 */
import { describe, expect, test } from 'vitest';
import { recordWords, SHARD_WORDS, shardDir, shardRecords } from '../../../src/integrations/search-shards.js';
import { shardWordsFromEnv } from '../../../src/integrations/pagefind.js';
import { records } from './records-fixture.js';

const words = (rs: readonly { content: string }[]) => rs.reduce((n, r) => n + recordWords(r as never), 0);
const total = words(records);
const largest = Math.max(...records.map(recordWords));

describe('shardRecords', () => {
  test('the real corpus is one shard at the default budget', () => {
    expect(total).toBeLessThan(SHARD_WORDS);
    expect(shardRecords(records)).toEqual([records]);
  });

  test.each([2, 3, 5, 8])('about 1/%i of the pairs each: the fewest shards, in order, within budget, even', (n) => {
    // Room for a record past the even share: the even cut then never overflows.
    const budget = Math.ceil(total / n) + 2 * largest;
    const shards = shardRecords(records, budget);
    expect(shards).toHaveLength(Math.ceil(total / budget));
    expect(shards.flat()).toEqual(records);
    const sizes = shards.map(words);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(budget);
    for (const size of sizes) expect(Math.abs(size - total / shards.length)).toBeLessThanOrEqual(2 * largest);
  });

  test.each([2, 3, 5, 8])(
    'a tight budget (exactly 1/%i): never above it, more shards rather than a split record',
    (n) => {
      const budget = Math.ceil(total / n);
      const shards = shardRecords(records, budget);
      expect(shards.length).toBeGreaterThanOrEqual(n);
      expect(shards.flat()).toEqual(records);
      for (const s of shards) expect(words(s)).toBeLessThanOrEqual(budget);
    },
  );

  test('a record larger than the budget is a shard of its own, never split', () => {
    const shards = shardRecords(records, Math.floor(largest / 2));
    expect(shards.flat()).toEqual(records);
    for (const s of shards) if (s.length > 1) expect(words(s)).toBeLessThanOrEqual(Math.floor(largest / 2));
  });

  test('counts distinct words, the pairs Pagefind keeps; nothing for an empty record', () => {
    expect(recordWords({ ...records[0]!, content: '两学 学一 一做 做' })).toBe(4);
    expect(recordWords({ ...records[0]!, content: '' })).toBe(0);
    expect(shardRecords([], 10)).toEqual([[]]);
  });

  test('bundle folders: the first is the Pagefind folder itself', () => {
    expect([0, 1, 2, 10].map(shardDir)).toEqual(['', 's1/', 's2/', 's10/']);
  });
});

describe('shardWordsFromEnv', () => {
  test('the default unless DJ_SEARCH_SHARD_WORDS is set; a clear error for a bad value', () => {
    expect(shardWordsFromEnv(undefined)).toBe(SHARD_WORDS);
    expect(shardWordsFromEnv('')).toBe(SHARD_WORDS);
    expect(shardWordsFromEnv('30000')).toBe(30_000);
    for (const bad of ['0', '-5', '1.5', 'many']) expect(() => shardWordsFromEnv(bad)).toThrow(/DJ_SEARCH_SHARD_WORDS/);
  });
});
