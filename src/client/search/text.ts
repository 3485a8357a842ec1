/**
 * Character-level text folding shared by the index builder and the browser: both sides compare
 * folded strings, so 「ＡＢＣ」, 「abc」 and 「Abc」 meet. Folding never changes a string's length,
 * so offsets found in folded text are offsets in the original text too.
 */

/** Full-width ASCII block `！`…`～` (U+FF01–U+FF5E) sits 0xFEE0 above its ASCII twin. */
const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/** `Ａ` → `a`, `Ｂ` → `b`, `X` → `x`; every other code unit unchanged. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  const ascii = code >= FULLWIDTH_START && code <= FULLWIDTH_END ? String.fromCharCode(code - FULLWIDTH_OFFSET) : c;
  return ascii >= 'A' && ascii <= 'Z' ? ascii.toLowerCase() : ascii;
}

/** Fold a whole string code unit by code unit (same length as the input). */
export function foldText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]!);
  return out;
}

/** Letters and digits of any script (Han, Latin …) are searchable; spaces and punctuation are not. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether one code unit is a searchable character (`党`, `a`, `1` yes; `，`, ` `, `“` no). */
export const isWordChar = (c: string): boolean => WORD_CHAR.test(c);

/** Han ideographs: a query made of these is matched as a string, not as words. */
const HAN = /\p{Script=Han}/u;

/** Whether a string holds at least one Han character. */
export const hasHan = (s: string): boolean => HAN.test(s);

/** A maximal run of searchable characters in a string, with its offset. */
export interface Run {
  text: string;
  offset: number;
}

/** `两学一做、三会一课` → `[{text:'两学一做',offset:0},{text:'三会一课',offset:5}]` */
export function wordRuns(s: string): Run[] {
  const runs: Run[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const inWord = i < s.length && isWordChar(s[i]!);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      runs.push({ text: s.slice(start, i), offset: start });
      start = -1;
    }
  }
  return runs;
}
