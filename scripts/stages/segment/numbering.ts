/**
 * Segment: recognise the numbering at the start of a block (`第三章`, `一、`, `（一）`, `1.`, `1．`,
 * `1 标题`, `1.1`, `（1）`, `①`, `第一，`, `一是`, `一要`) and read its value, so the tree builder can check
 * that siblings count 1, 2, 3 … Whether a numbered block is a heading is decided elsewhere.
 */
import { NOTE_NUMBER, noteNumberValue } from '../../util/circled.js';
import { BULLET_SYMBOLS } from '../../../src/lib/numbering.js';
import { EMOJI_LEAD } from '../../util/emoji.js';

/** The numbering styles we know, from the coarsest to the finest as Chinese documents use them. */
export type NumberingScheme =
  | 'part' // 第一部分 / 第一编 / 第一篇 (above chapters); a course's 专题一 / 模块一 / 单元一
  | 'chapter' // 第三章, 第三讲, 第三专题, 第三单元
  | 'jie' // 第二节
  | 'article' // 第十二条 (an article of a regulation: always a paragraph with its marker)
  | 'cn-formal' // 壹、 (formal numerals, above 一、)
  | 'cn-dun' // 一、
  | 'cn-paren' // （一）
  | 'arabic-dot' // 1. / 1． / 1、
  | 'arabic-space' // 1 标题 (PDF papers)
  | 'decimal' // 1.1 / 1.1.1
  | 'roman' // I. / II. (an English text's sections), Ⅰ、 / Ⅱ.
  | 'latin' // A. / B. (an English text's subsections)
  | 'arabic-paren' // （1）
  | 'arabic-close' // 1） / 1) (closing bracket only)
  | 'circled' // ①, or a note's superscript number ¹; a dingbat's ❶ (never a note's)
  | 'ordinal' // 第一，  第一步： (always a list item)
  | 'topic' // 第一个问题，  第二个方面： (a speech's or 党课's parts, as said aloud), 第一阶段： (a procedure's)
  | 'yishi' // 一是, 一要 (a run-in point)
  | 'bullet'; // ● / ■ / - (an unnumbered list item, never a heading)

/** A recognised numbering: `（3）严厉打击…` → `{ scheme: 'arabic-paren', marker: '（3）', value: 3, rest: '严厉打击…' }`. */
export interface Numbering {
  scheme: NumberingScheme;
  /** Scheme plus depth (`decimal-2` for `1.1`): numberings with the same key are siblings. */
  key: string;
  /** The numbering as printed, trimmed (`2.` for `2. 以改革…`). */
  marker: string;
  /** Its value: `（十二）` → 12, `1.3` → 3 (the last component). */
  value: number;
  /** The text after the numbering, trimmed. */
  rest: string;
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/** Full-width digits `０`–`９` read as ASCII (`１．` is numbering too). */
const asciiDigits = (s: string): string => s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

/** Value of a number set in one character with its stop or brackets: `⒈` → 1, `⑿` → 12, `㈢` → 3; undefined for any other. */
function enclosedValue(c: string): number | undefined {
  const u = c.length === 1 ? c.charCodeAt(0) : 0;
  if (u >= 0x2488 && u <= 0x249b) return u - 0x2488 + 1;
  if (u >= 0x2474 && u <= 0x2487) return u - 0x2474 + 1;
  if (u >= 0x3220 && u <= 0x3229) return u - 0x3220 + 1;
  // ❶–❿, ➀–➉, ➊–➓: a WeChat article's numbered points, ten to a set.
  if (u >= 0x2776 && u <= 0x2793) return ((u - 0x2776) % 10) + 1;
  return undefined;
}

/**
 * A marker set in one character, spelt out as the marker typed by hand that it stands for:
 * `⒉` → `2.`, `⑵` → `（2）`, `㈡` → `（二）`, `❷` → `②`; any other marker as it is. A word
 * processor's list then reads as the typed one: one list's items share a shape, and its levels
 * nest as `（一）` > `1.` > `（1）` > `①` do.
 */
export function spelledOutMarker(marker: string): string {
  const value = enclosedValue(marker);
  if (value === undefined) return marker;
  const u = marker.charCodeAt(0);
  if (u >= 0x2488 && u <= 0x249b) return `${value}.`;
  if (u >= 0x2474 && u <= 0x2487) return `（${value}）`;
  if (u >= 0x3220 && u <= 0x3229) return `（${chineseNumeral(value)}）`;
  return String.fromCharCode(0x2460 + value - 1);
}

/** A number from 1 to 99 as a Chinese numeral, the inverse of `chineseNumeralValue`: 3 → `三`, 10 → `十`, 12 → `十二`, 40 → `四十`. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n} here`);
  const digits = '〇一二三四五六七八九';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens]}十`}${ones === 0 ? '' : digits[ones]}`;
}

/** Value of a Chinese numeral up to 999: `十` → 10, `二十三` → 23, `一百零五` → 105; NaN if not one. */
export function chineseNumeralValue(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return Number(asciiDigits(s));
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch === '十' || ch === '拾') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百' || ch === '佰') {
      total += (digit || 1) * 100;
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

/** Chinese numeral characters (a class, used inside the patterns below); 兩 is traditional. */
const CN = '[一二三四五六七八九十百零〇两兩]';
/** Formal (大写) numerals of `壹、贰、叁、` (simplified and traditional). */
const CN_FORMAL = '[壹贰貳叁參肆伍陆陸柒捌玖拾佰]';
/** A 1–2 digit number, ASCII or full-width (`１．`). */
const D = '[0-9０-９]{1,2}';

/** Upper-case Roman numerals I–XX, longest first. */
const ROMAN = 'XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I';

/** The value of a Roman numeral, `XIV` → 14 (also `Ⅻ` → 12, a numeral character). */
function romanValue(r: string): number {
  const code = r.codePointAt(0)!;
  if (r.length === 1 && code >= 0x2160 && code <= 0x216b) return code - 0x215f;
  const digit: Record<string, number> = { I: 1, V: 5, X: 10 };
  return [...r].reduce((n, c, k) => {
    const v = digit[c]!;
    return n + (v < (digit[r[k + 1] ?? ''] ?? 0) ? -v : v);
  }, 0);
}

interface Rule {
  scheme: NumberingScheme;
  /** Group 1: the marker as printed; group 2: the number; the rest of the line follows. */
  pattern: RegExp;
}

/** Patterns tried in order; the first match wins (`第一，` must be tried before `一、`-style rules). */
const RULES: Rule[] = [
  // 第 + numeral + 部分/编/篇 (+ optional space) + title; here and below a PDF copy may space the
  // numeral (`第 二 章`)                                               e.g. `第一部分 总体要求` `第二编 分则`
  { scheme: 'part', pattern: new RegExp(`^(第 ?(${CN}+|\\d+) ?(?:部分|编|編|篇))\\s*`) },
  // a course's unit named before its numeral, then a space or a stop: a part, above its lectures
  // (第一讲) when it has them                                   e.g. `专题一　坚定理想信念` `模块2：党的纪律`
  {
    scheme: 'part',
    pattern: new RegExp(`^((?:专题|專題|模块|模塊|单元|單元|板块|板塊) ?(${CN}+|\\d+)(?:[：:、]|(?=\\s)))\\s*`),
  },
  // 第 + numeral + 章 (or a lecture 讲, a 专题 or 单元 of a course) + optional space + title
  //                                                                   e.g. `第十章 构建新型…` `第二讲 党员的义务`
  { scheme: 'chapter', pattern: new RegExp(`^(第 ?(${CN}+|\\d+) ?(?:章|讲|講|专题|專題|单元|單元))\\s*`) },
  // 第 + numeral + 节 (traditional 節)                                e.g. `第二节 组织建设`
  { scheme: 'jie', pattern: new RegExp(`^(第 ?(${CN}+|\\d+) ?[节節])\\s*`) },
  // 第 + numeral + 条 (traditional 條) + space or text: an article     e.g. `第十二条　党支部…`
  { scheme: 'article', pattern: new RegExp(`^(第 ?(${CN}+|\\d+) ?[条條])(?![，,、])\\s*`) },
  // 第 + numeral + 个 + 问题/方面/部分… + a stop or space (a spoken part), or a stage of a
  // procedure (阶段, 环节)                          e.g. `第一个问题，关于…` `第二个方面：…` `第一阶段：申请入党`
  {
    scheme: 'topic',
    pattern: new RegExp(
      `^(第(${CN}+)(?:个(?:问题|方面|部分|专题|层面|重点)|阶段|階段|环节|環節)(?:[，,：:、]|(?=\\s)))\\s*`,
    ),
  },
  // 第 + numeral (+ 步, a procedure's step) + a comma, 、 or colon (an ordinal list item)
  //                                                                   e.g. `第一，秉持…` `第三步：推荐和确定…`
  { scheme: 'ordinal', pattern: new RegExp(`^(第(${CN}+)步?[，,、：:])\\s*`) },
  // numeral + 是 or 要 (a run-in point), not the words 要求 要点 要素 …   e.g. `一是抓好关键少数。` `二要建强骨干队伍。`
  { scheme: 'yishi', pattern: new RegExp(`^((${CN}+)(?:是|要(?![求点素件务领害紧闻职案目旨义员])))(?=\\S)`) },
  // formal numeral + 、 or ．                                         e.g. `壹、總則`
  { scheme: 'cn-formal', pattern: new RegExp(`^((${CN_FORMAL}+)[、．])\\s*`) },
  // numeral + 、 or a full-width or ASCII dot (a PDF copy may space them: `一 、`)
  //                                                                   e.g. `一、机关党组织的设置` `二.工作要求`
  { scheme: 'cn-dun', pattern: new RegExp(`^((${CN}+) ?[、．.])\\s*`) },
  // full/half brackets around a numeral (spaces inside allowed: `（ 一 ）`), maybe with a stray 、
  // after; or the closing bracket only, read as the same style
  //                                                 e.g. `（一）加强领导` `（二）、严格管理` `一）加强领导`
  { scheme: 'cn-paren', pattern: new RegExp(`^((?:[（(] ?(${CN}+) ?|(${CN}+))[）)]、?)\\s*`) },
  // digits + (. or ． + digits)+, optional trailing dot, then a space or a character that is not a
  // unit (`5.5亿元` is an amount, not section 5.5)                     e.g. `1.1 目标一致性`
  {
    scheme: 'decimal',
    pattern: new RegExp(
      `^((${D}(?:[.．]${D})+)[.．]?)(?:\\s+|(?=[^\\d０-９\\s.．%‰亿万千百元个人次名项家年月日倍米吨]))`,
    ),
  },
  // digits + . ． or 、, not followed by a digit (that is a decimal) unless a year follows
  // (`2.2023年度…` is item 2)                                        e.g. `1.培养有目标。` `2. 以改革…` `１．…`
  { scheme: 'arabic-dot', pattern: new RegExp(`^((${D})[.．、])(?=(?:19|20)\\d\\d年|(?![0-9０-９.．]))\\s*`) },
  // full/half brackets around digits (a space inside allowed)        e.g. `（1）长期执政考验` `（ 2 ）…`
  { scheme: 'arabic-paren', pattern: new RegExp(`^([（(] ?(${D}) ?[）)]、?)\\s*`) },
  // digits + a closing bracket only                                   e.g. `1）加强学习` `2) 严格管理`
  { scheme: 'arabic-close', pattern: new RegExp(`^((${D})[）)])\\s*`) },
  // a keycap digit (a WeChat article's)                                e.g. `1️⃣ 加强学习`
  { scheme: 'arabic-dot', pattern: /^(([0-9])\uFE0F?\u20E3)\s*/ },
  // a number and its stop in one character ⒈–⒛ (a word processor's)  e.g. `⒈加强组织领导。`
  { scheme: 'arabic-dot', pattern: /^(([\u2488-\u249b]))\s*/ },
  // a Chinese numeral in brackets in one character ㈠–㈩ (GB2312 has them; a word processor's
  // copy sets （一） so)                                                e.g. `㈠加强组织领导。`
  { scheme: 'cn-paren', pattern: /^(([\u3220-\u3229]))\s*/ },
  // a number in brackets in one character ⑴–⒇                        e.g. `⑴各党支部要…`
  { scheme: 'arabic-paren', pattern: /^(([\u2474-\u2487]))\s*/ },
  // a dingbat's circled number (never a note's mark)                 e.g. `❶ 带头学习…` `➊ 把方向`
  { scheme: 'circled', pattern: /^(([\u2776-\u2793]))\s*/ },
  // one circled number ①–㊿, or a note's superscript number          e.g. `① 向机关工委…` `¹ 参见…`
  { scheme: 'circled', pattern: new RegExp(`^((${NOTE_NUMBER})、?)\\s*`) },
  // a bullet: a symbol (space optional) or an ASCII - * + followed by a space, with a task list's
  // box (`- [x]`) part of the marker                         e.g. `● 党员…` `- 认真学习` `- [ ] 开展检查`
  { scheme: 'bullet', pattern: new RegExp(`^(([${BULLET_SYMBOLS}])|([-*+])(?:\\s+\\[[ xX]\\])?(?=\\s))\\s*`) },
  // an upper-case Roman numeral and a dot before English text, or a Roman numeral character
  // and its stop                                       e.g. `II. PRACTICE` `Ⅲ、工作要求`
  { scheme: 'roman', pattern: new RegExp(`^((${ROMAN})\\.)\\s+(?=[A-Za-z])(?![A-Z]\\.\\s)`) },
  { scheme: 'roman', pattern: /^(([\u2160-\u216b])[.．、])\s*/ },
  // A.–H. before English text (an English text's subsections; `A.正确` is a quiz's option, and
  // `V. I. Lenin` and `A. B. Smith` are initials)
  //                                                    e.g. `B. Supervision`
  { scheme: 'latin', pattern: /^(([A-H])\.)\s+(?=[A-Za-z])(?![A-Z]\.\s)/ },
  // digits + whitespace + a non-digit (PDF papers: `1 政工的核心概念`) e.g. `6 结束语`
  { scheme: 'arabic-space', pattern: new RegExp(`^((${D}))\\s+(?=[^\\d０-９\\s%年月日])`) },
];

/**
 * Read the numbering at the start of `text`, or undefined if there is none.
 * @example parseNumbering('（1）长期执政考验') → { scheme: 'arabic-paren', key: 'arabic-paren', marker: '（1）', value: 1, rest: '长期执政考验' }
 */
export function parseNumbering(text: string): Numbering | undefined {
  const line = text.trim();
  const emoji = EMOJI_LEAD.exec(line)?.[0];
  return emoji ? afterEmoji(emoji, line.slice(emoji.length)) : parseMarker(line);
}

/** A line's numbering after its leading emoji: the emoji is part of the marker (`📌 一、`), or it is the bullet. */
function afterEmoji(emoji: string, rest: string): Numbering | undefined {
  const inner = parseMarker(rest);
  if (inner && inner.scheme !== 'bullet') return { ...inner, marker: `${emoji}${inner.marker}` };
  return rest.trim() === ''
    ? undefined
    : { scheme: 'bullet', key: 'bullet', marker: emoji.trim(), value: 1, rest: rest.trim() };
}

/**
 * Every rule at once: a line none of them matches (most lines of a text) is answered by one scan of
 * its start instead of one per rule. The rules have no flags and no back-references, so their
 * alternation matches exactly where one of them does.
 */
const ANY_RULE = new RegExp(
  RULES.map((r) => {
    if (r.pattern.flags !== '' || /\\[1-9]/.test(r.pattern.source))
      throw new Error(`numbering rule ${r.pattern} cannot be combined`);
    return `(?:${r.pattern.source})`;
  }).join('|'),
);

/** The numbering at the start of a trimmed line (see `parseNumbering`). */
function parseMarker(line: string): Numbering | undefined {
  if (!ANY_RULE.test(line)) return undefined;
  for (const { scheme, pattern } of RULES) {
    const m = pattern.exec(line);
    if (!m) continue;
    const marker = m[1]!.trim();
    const raw = m[2] ?? m[3]!;
    const rest = line.slice(m[0].length).trim();
    if (rest === '') continue;
    let value: number;
    let key: string = scheme;
    if (scheme === 'circled') value = noteNumberValue(raw) ?? enclosedValue(raw)!;
    else if (scheme === 'bullet')
      value = 1; // every bullet item is a first: the list has no order
    else if (scheme === 'yishi') {
      value = chineseNumeralValue(raw);
      // 一要… points are their own series: a speech may set 一要 points under 一是 ones.
      if (marker.endsWith('要')) key = 'yishi-yao';
    } else if (scheme === 'decimal') {
      const parts = asciiDigits(raw).split(/[.．]/);
      value = Number(parts.at(-1));
      key = `decimal-${parts.length}`;
    } else if (scheme === 'roman') value = romanValue(raw);
    else if (scheme === 'latin') value = raw.charCodeAt(0) - 64;
    else value = enclosedValue(raw) ?? chineseNumeralValue(raw);
    if (!Number.isFinite(value)) continue;
    return { scheme, key, marker, value, rest };
  }
  return undefined;
}
