import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scaleEntries } from '../../../scripts/bench/scale-corpus.js';

const real = (parse(readFileSync('content/manifest.yaml', 'utf8')) as { sources: Parameters<typeof scaleEntries>[0] })
  .sources;

describe('scaleEntries', () => {
  it('copies every real entry factor times with unique ids and files, copy 0 unchanged', () => {
    const x10 = scaleEntries(real, 10);
    expect(x10).toHaveLength(real.length * 10);
    expect(new Set(x10.map((e) => e.id)).size).toBe(x10.length);
    expect(new Set(x10.map((e) => e.file)).size).toBe(x10.length);
    expect(x10.slice(0, real.length)).toEqual(real);
  });

  it('points a copied translation at the copy of its original', () => {
    const x3 = scaleEntries(real, 3);
    const ids = new Set(x3.map((e) => e.id));
    const translations = x3.filter((e) => e.translationOf);
    expect(translations.length).toBe(3 * real.filter((e) => e.translationOf).length);
    for (const t of translations) expect(ids.has(t.translationOf!)).toBe(true);
    expect(x3.find((e) => e.id === 'paper-zhenggong-lianzheng-en-x2')?.translationOf).toBe(
      'paper-zhenggong-lianzheng-x2',
    );
  });

  it('refuses a factor that is not a positive integer', () => {
    expect(() => scaleEntries(real, 0)).toThrow(RangeError);
    expect(() => scaleEntries(real, 1.5)).toThrow(RangeError);
  });
});
