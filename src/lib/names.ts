/**
 * Display helpers for people and places as a page lists them. A Chinese byline joins names with
 * 、 and adds a note in full-width brackets (`张三、李四`, `某大学（北京 100872）`); an English one,
 * from an English paper's byline, reads as English does (`Zhang San, Li Si`, `Some University
 * (Beijing 100872)`). Mixed lists keep the Chinese marks, since the page around them is Chinese.
 */

/** True if the string has no Han character and no full-width punctuation, so English marks suit it. */
export const isLatinOnly = (s: string): boolean => !/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(s);

/** Names as one list: `张三、李四`, or `Zhang San, Li Si` when every name is Latin. */
export const joinNames = (names: readonly string[]): string =>
  names.join(names.length > 0 && names.every(isLatinOnly) ? ', ' : '、');

/** A text with its note in brackets: `某大学（北京 100872）`, or `Some University (Beijing 100872)`. */
export const withNote = (text: string, note: string | undefined): string =>
  !note ? text : isLatinOnly(text) && isLatinOnly(note) ? `${text} (${note})` : `${text}（${note}）`;
