/**
 * Segment helpers on plain strings: display width (CJK = 1, Latin = ½), punctuation classes and
 * the "heading shape" test that every heading detector shares.
 */

/** Display width: a CJK or full-width character counts 1, ASCII ½ (a PDF column holds ~2 Latin per CJK). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text.trim()) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

/** Marks that end a sentence: a line holding one of these is body text, not a heading. */
const SENTENCE_END = /[。！？；!?;]/;
/** Characters a paragraph may end with (closing quotes and brackets after a full stop included). */
const PARAGRAPH_END = /[。！？；…!?;.”’」』）)]$/;

/** True if the text contains a sentence-ending mark (`。！？；`). */
export const hasSentenceEnd = (text: string): boolean => SENTENCE_END.test(text);

/** True if the (trimmed) text ends like a finished sentence. */
export const endsParagraph = (text: string): boolean => PARAGRAPH_END.test(text.trim());

/** True if the text has no CJK character (an English line). */
export const isLatin = (text: string): boolean => !/[\u2e80-\u9fff\uf900-\ufaff]/.test(text);

/** Longest heading title we accept, in display width (handbook titles reach 31). */
export const MAX_HEADING_WIDTH = 40;

/**
 * A heading's shape: non-empty, short, no sentence-ending mark and not ending like a lead-in
 * (`：`, `，`, `、`). `（1）长期执政考验` has it; `（1）机关…设立党的基层委员会。…` does not.
 */
export function hasHeadingShape(title: string, maxWidth = MAX_HEADING_WIDTH): boolean {
  const t = title.trim();
  if (t === '' || displayWidth(t) > maxWidth) return false;
  if (hasSentenceEnd(t)) return false;
  return !/[：:，,、]$/.test(t);
}

/**
 * Whether text broken into two lines (`left` ends the first, `right` opens the second, both
 * trimmed and not empty) is joined with a space: between two Latin words, not between CJK
 * characters, inside a number broken after Chinese text (`…》20` + `21年`) or after a hyphen
 * (`1009-` + `0000`, `well-` + `known`: the hyphen is kept as printed).
 */
export function joinsWithSpace(left: string, right: string): boolean {
  const hyphenated = /[A-Za-z0-9]-$/.test(left); // a word broken at its hyphen: `self-` + `improvement`
  const latinJoin = !hyphenated && /[A-Za-z0-9,.;:)"'\-]$/.test(left) && /^[A-Za-z0-9("']/.test(right);
  // Chinese text wraps anywhere, inside a number too: `《党建研究》20` + `21年第3期` is 2021年.
  const splitNumber = /(?:^|[^A-Za-z0-9\s,.;:)"'\-])[0-9]+$/.test(left) && /^[0-9]/.test(right);
  return latinJoin && !splitNumber;
}

/** Join two wrapped lines, with a space where `joinsWithSpace` says so. */
export function joinWrapped(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === '') return right;
  if (right === '') return left;
  return joinsWithSpace(left, right) ? `${left} ${right}` : left + right;
}

/**
 * A heading spaced out letter by letter for typography (`总　则`, `附　　则`) read as the word it
 * is (`总则`), so that it reads and searches as one; other titles are kept as printed.
 */
export function unspaceTitle(title: string): string {
  const t = title.trim();
  return /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])+$/u.test(t) ? t.replace(/\s+/g, '') : title;
}
