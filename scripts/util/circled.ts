/**
 * Circled numbers, as list items and footnotes are printed: ①–⑳ (U+2460–2473), then ㉑–㉟
 * (U+3251–325F) and ㊱–㊿ (U+32B1–32BF), which a long paper's notes reach. The three ranges are
 * not one run of code points, so a number's value is looked up, not computed from the one before.
 * A web copy prints its notes' numbers as superscript digits instead (`¹`, `¹²`): note numbers too.
 */

/** One circled number, as a regular-expression class. */
export const CIRCLED_CLASS = '[\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf]';

/** The superscript digits, ⁰ to ⁹ (scattered over U+00B2–U+2079). */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A note's number, as a regular-expression source: one circled number, or one to three superscript digits. */
export const NOTE_NUMBER = `(?:${CIRCLED_CLASS}|[${SUPERSCRIPT_DIGITS}]{1,3})`;

/** The number a note number stands for (① → 1, ¹² → 12), or undefined. */
export function noteNumberValue(s: string): number | undefined {
  const circled = circledValue(s);
  if (circled !== undefined || s === '' || s.length > 3) return circled;
  let value = 0;
  for (const c of s) {
    const digit = SUPERSCRIPT_DIGITS.indexOf(c);
    if (digit < 0) return undefined;
    value = value * 10 + digit;
  }
  return value > 0 ? value : undefined;
}

/** The number a circled character stands for (① → 1, ㉑ → 21, ㊿ → 50), or undefined. */
export function circledValue(c: string): number | undefined {
  if (c.length !== 1) return undefined;
  const u = c.charCodeAt(0);
  if (u >= 0x2460 && u <= 0x2473) return u - 0x2460 + 1;
  if (u >= 0x3251 && u <= 0x325f) return u - 0x3251 + 21;
  if (u >= 0x32b1 && u <= 0x32bf) return u - 0x32b1 + 36;
  return undefined;
}
