import { describe, expect, test } from 'vitest';
import { unitTable } from '../../../scripts/util/unit-table.js';

describe('unitTable', () => {
  test('equals the regex tested on each UTF-16 unit alone', () => {
    const space = unitTable(/\s/);
    const numeral = unitTable(/[一二两三四五六七八九十百千万零〇第\d]/);
    for (let u = 0; u < 0x10000; u++) {
      const ch = String.fromCharCode(u);
      expect(space[u] === 1).toBe(/\s/.test(ch));
      expect(numeral[u] === 1).toBe(/[一二两三四五六七八九十百千万零〇第\d]/.test(ch));
    }
    expect(space.reduce((n, x) => n + x, 0)).toBeGreaterThan(20); // \t \n … \u3000 \ufeff
    expect(numeral['第'.charCodeAt(0)]).toBe(1);
    expect(numeral['０'.charCodeAt(0)]).toBe(0); // \d is ASCII only without the u flag
  });

  test('refuses a regex whose table would differ from it (u flag: surrogates; g or y: lastIndex)', () => {
    expect(() => unitTable(/\p{Script=Han}/u)).toThrow(/plain one-character/);
    expect(() => unitTable(/\s/g)).toThrow(/plain one-character/);
  });
});
