import { describe, expect, test } from 'vitest';
import { CIRCLED_CLASS, circledValue } from '../../../scripts/util/circled.js';
import { parseNumbering } from '../../../scripts/stages/segment/numbering.js';

describe('circled numbers ①–㊿', () => {
  test('every one has its value, in order across the three Unicode ranges', () => {
    const all = [
      ...Array.from({ length: 20 }, (_, k) => String.fromCharCode(0x2460 + k)),
      ...Array.from({ length: 15 }, (_, k) => String.fromCharCode(0x3251 + k)),
      ...Array.from({ length: 15 }, (_, k) => String.fromCharCode(0x32b1 + k)),
    ];
    expect(all.map(circledValue)).toEqual(Array.from({ length: 50 }, (_, k) => k + 1));
    expect(all.every((c) => new RegExp(`^${CIRCLED_CLASS}$`).test(c))).toBe(true);
    expect(circledValue('㉑')).toBe(21);
    expect(circledValue('㊿')).toBe(50);
    expect([circledValue('1'), circledValue('⑴'), circledValue('①②')]).toEqual([undefined, undefined, undefined]);
  });

  test('㉑ numbers a list item as ① does', () => {
    expect(parseNumbering('㉑ 参见《中国共产党党内法规汇编》。')).toMatchObject({
      scheme: 'circled',
      marker: '㉑',
      value: 21,
    });
  });
});
