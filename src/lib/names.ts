/**
 * Display helpers for people and places as a page lists them. A Chinese byline joins names with
 * 、 and adds a note in full-width brackets (`张三、李四`, `某大学（北京 100872）`); an English one,
 * from an English paper's byline, reads as English does (`Zhang San, Li Si`, `Some University
 * (Beijing 100872)`). Mixed lists keep the Chinese marks, since the page around them is Chinese.
 */

/** True if the string has no Han character and no full-width punctuation, so English marks suit it. */
export const isLatinOnly = (s: string): boolean => !/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(s);

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A digit's value, ASCII or full-width. */
const digitValue = (d: string): number => d.codePointAt(0)! - (d >= '０' ? 0xff10 : 0x30);

/** An author's affiliation index set as a superscript: `1,2` → `¹,²`, `２＊` → `²*`. */
export const superscriptIndex = (index: string): string =>
  index
    .replace(/[0-9０-９]/g, (d) => SUPERSCRIPT_DIGITS[digitValue(d)]!)
    .replace(/，/g, ',')
    .replace(/＊/g, '*');

/**
 * Names as one list: `张三、李四`, or `Zhang San, Li Si` when every name is Latin; with a journal
 * byline's affiliation indexes, each after its name as a superscript: `李某某¹、王某²`.
 */
export const joinNames = (names: readonly string[], indexes: readonly string[] = []): string =>
  names
    .map((n, i) => n + superscriptIndex(indexes[i] ?? ''))
    .join(names.length > 0 && names.every(isLatinOnly) ? ', ' : '、');

/** A text with its note in brackets: `某大学（北京 100872）`, or `Some University (Beijing 100872)`. */
export const withNote = (text: string, note: string | undefined): string =>
  !note ? text : isLatinOnly(text) && isLatinOnly(note) ? `${text} (${note})` : `${text}（${note}）`;

/**
 * How a case study is named wherever it is listed or titled: `云南大理：树立“三种意识”…`, its place
 * before its title, or the title alone when the text names no place (a study book's `【案例】`).
 */
export const caseName = (c: { place?: string; title: string }): string =>
  c.place ? `${c.place}：${c.title}` : c.title;
