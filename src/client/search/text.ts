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

/**
 * Quotation and title marks (after folding: ASCII `"` `'`, `“”‘’「」『』《》〈〉`): they set a term off
 * (`“两学一做”学习教育`, `学习《党章》`) without breaking the text around it, so search reads
 * through them, as a reader does: 两学一做学习教育 finds “两学一做”学习教育. So is the middle dot
 * inside a name or a title (`七律·长征`, `卡尔·马克思`, and its look-alikes `•・‧`): 七律长征 finds
 * 七律·长征. Other punctuation (，。、：) still parts two runs: 发展。党员 is not 发展党员.
 */
const TRANSPARENT = /["'“”‘’「」『』《》〈〉·•・‧]/;

/**
 * The runs search reads: `wordRuns` with quotation and title marks and layout spaces read through
 * (`readThrough`), a run's text without them (`“两学一做”学习，党` → `两学一做学习`, `党`;
 * `第 三 条` → `第三条`); its offset is that of its first character.
 */
export function searchRuns(s: string): Run[] {
  const through = readThrough(s);
  return wordRuns(through.text).map(({ text, offset }) => ({ text, offset: through.at[offset]! }));
}

/** A string without its quotation and title marks, and where each character left stood in it. */
export interface ReadThrough {
  text: string;
  /** `at[k]`: the offset in the original string of character k of `text`. */
  at: number[];
}

/** A space a line may hold between two characters (ASCII, no-break, ideographic); not a line break or a tab. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x3000;

/**
 * Where the spaces from `i` end when they are a copy's layout: between two searchable characters,
 * one of them Han, where the other is a digit or a Latin letter (the spacing some editors put
 * around them: `共有 5 个支部`, `2024 年 3 月`) or one of the two stands alone beside the spaces
 * (a PDF copy spaces its characters, `第 三 条`, `中 国 共 产 党`; a heading is set wide, `总　　则`).
 * Chinese is written without spaces, so these are no break in the text: they are read through as
 * quotation marks are, and 第三条 finds `第 三 条`. A space between two longer runs of Han parts
 * them as a comma does (a title's two phrases, `守正创新 推动发展`; names, `张三 李四`), as it does
 * two English words; `i` is returned for these, and for spaces anywhere else. Tabs and line breaks
 * always part.
 */
function layoutSpacesEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  if (j === i || i === 0 || j === s.length) return i;
  const before = s[i - 1]!;
  const after = s[j]!;
  if (!isWordChar(before) || !isWordChar(after)) return i;
  const han = Number(hasHan(before)) + Number(hasHan(after));
  if (han === 0) return i;
  const aloneBefore = i < 2 || !isWordChar(s[i - 2]!);
  const aloneAfter = j + 1 >= s.length || !isWordChar(s[j + 1]!);
  return han === 1 || aloneBefore || aloneAfter ? j : i;
}

/** `“两学一做”学习` → `{ text: '两学一做学习', at: [1, 2, 3, 4, 6, 7] }`; `第 三 条` → `{ text: '第三条', at: [0, 2, 4] }` */
export const readThrough = (s: string): ReadThrough => readThroughWith(s, true);

/**
 * A string without its layout spaces only (`layoutSpacesEnd`), quotation marks kept: what the
 * pipeline finds glossary terms in, so `“两 学 一 做”` holds 两学一做 as the search finds it there.
 * Undefined when the string has none (most strings; no copy is made).
 */
export function withoutLayoutSpaces(s: string): ReadThrough | undefined {
  // Only a space beside a Han character may be layout: most strings have no space at all.
  if (!s.includes(' ') && !s.includes('\u3000') && !s.includes('\u00a0')) return undefined;
  if (!/\p{Script=Han}[ \u00a0\u3000]|[ \u00a0\u3000]\p{Script=Han}/u.test(s)) return undefined;
  const through = readThroughWith(s, false);
  return through.text.length < s.length ? through : undefined;
}

function readThroughWith(s: string, marks: boolean): ReadThrough {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (marks && TRANSPARENT.test(s[i]!)) continue;
    const end = layoutSpacesEnd(s, i);
    if (end > i) {
      i = end - 1;
      continue;
    }
    text += s[i];
    at.push(i);
  }
  return { text, at };
}

/**
 * Every occurrence of `needle` in a string read through its quotation and title marks (`through`,
 * its `readThrough`), as half-open ranges of that string (a mark inside the occurrence is inside
 * its range; the needle's own marks are read through too):
 * `findReadThrough(readThrough('“两学一做”学习教育'), '两学一做学习')` → `[[1, 8]]`.
 */
export function findReadThrough(through: ReadThrough, needle: string): [number, number][] {
  const n = readThrough(needle).text;
  const out: [number, number][] = [];
  if (!n) return out;
  for (let i = through.text.indexOf(n); i >= 0; i = through.text.indexOf(n, i + 1))
    out.push([through.at[i]!, through.at[i + n.length - 1]! + 1]);
  return out;
}

/**
 * The character fold a traditional passage and its simplified form (`fold`, same length) show, to
 * apply to other text of its page (its title, its sections' headings): each character the passage
 * changes is changed the same way there, any other kept. It holds every character of the term the
 * passage was found by, which is all a heading needs to be marked where it holds that term too.
 * `learnedFold('黨風建設', '党风建设')('加強黨風')` → `'加強党风'`.
 */
export function learnedFold(text: string, fold: string): (s: string) => string {
  const map = new Map<string, string>();
  for (let i = 0; i < text.length && i < fold.length; i++) if (text[i] !== fold[i]) map.set(text[i]!, fold[i]!);
  return (s) => {
    let out = '';
    for (let i = 0; i < s.length; i++) out += map.get(s[i]!) ?? s[i]!;
    return out;
  };
}
