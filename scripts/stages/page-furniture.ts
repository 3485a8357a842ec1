/**
 * Ingest, step 2c: page furniture of a PDF or Word extraction — page numbers (`— 3 —`, `第 3 页`,
 * `3/10`) and the running header or footer repeated at each page break — are not reading text.
 * They are blanked in place (line numbers never shift) and recorded as removals.
 */
import type { Removal } from '../model/document.js';

/**
 * A line that is only a page number.
 *   [—－–-]{1,2} N [—－–-]{1,2}          `— 3 —`, `- 3 -`
 *   第 N 页 (共 M 页)?                    `第 3 页`, `第3页 共10页`
 *   N / M  or  N of M                   `3/10`, `Page 3 of 10`
 *   · N ·                                `· 3 ·`
 */
const PAGE_NUMBER = [
  /^[—－–\-~～]{1,2}\s*[0-9０-９]{1,4}\s*[—－–\-~～]{1,2}$/,
  /^第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]{1,4}\s*页)?$/,
  /^[0-9０-９]{1,4}\s*\/\s*[0-9０-９]{1,4}$/,
  /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^[·•]\s*[0-9０-９]{1,4}\s*[·•]$/,
];
/** A bare number line (`17`) is a page number only in a run of at least this many, increasing. */
const MIN_BARE_NUMBERS = 3;
/** Longest running header or footer, in characters. */
const MAX_HEADER_LENGTH = 40;
/**
 * A journal's issue (`2023年第5期`, `第39卷第5期`, `Vol.39 No.5`): a running header that names one
 * is the journal's, never the text's own title, so it goes also from the top of the first page,
 * where no page break marks it. Only there: text on both sides of a removed header is joined as
 * one paragraph across a page break.
 */
const JOURNAL_ISSUE = /第\s*[0-9０-９]{1,3}\s*期|\b(?:No|Vol)\.\s*\d/i;

const isPageNumber = (t: string): boolean => PAGE_NUMBER.some((re) => re.test(t));

/** Indices of bare-number lines that increase through the file (page numbers), if there are enough. */
function barePageNumbers(lines: string[]): number[] {
  const bare = lines.flatMap((l, i) => (/^\d{1,4}$/.test(l.trim()) ? [i] : []));
  const values = bare.map((i) => Number(lines[i]!.trim()));
  const increasing = values.every((v, k) => k === 0 || v > values[k - 1]!);
  return bare.length >= MIN_BARE_NUMBERS && increasing ? bare : [];
}

/** Index of the nearest non-blank line before (`step` -1) or after (+1) line `i`, or -1. */
function neighbour(lines: string[], i: number, step: 1 | -1): number {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.trim() !== '') return k;
  return -1;
}

/**
 * True if line `i` stands at a page break: it opens a page (form feed), it is the line just
 * before or after a page number, or the last line before a form feed.
 */
function atBreak(lines: string[], i: number, numbers: ReadonlySet<number>, formFeeds: ReadonlySet<number>): boolean {
  const before = neighbour(lines, i, -1);
  const after = neighbour(lines, i, 1);
  return formFeeds.has(i) || numbers.has(before) || numbers.has(after) || formFeeds.has(after);
}

/**
 * Blank page numbers and running headers/footers. A running header is a short line repeated
 * verbatim right next to at least half the page breaks (and twice) — beside a page number, as a
 * page's first line after a form feed or its last before one; its other occurrences (the title
 * on the first page) are text and stay, but a journal's header atop the first page goes (`JOURNAL_ISSUE`).
 * @param formFeeds 0-based indices of lines that began with a form feed (a new PDF page)
 * @example stripPageFurniture(['正文', '— 1 —', '读本', '续文', '第 2 页', '读本', '完'], new Set())
 *   → lines ['正文', '', '', '续文', '', '', '完'] and four removals
 */
export function stripPageFurniture(
  lines: string[],
  formFeeds: ReadonlySet<number>,
): { lines: string[]; removed: Removal[] } {
  const numbers = new Set([...lines.flatMap((l, i) => (isPageNumber(l.trim()) ? [i] : [])), ...barePageNumbers(lines)]);
  if (numbers.size === 0 && formFeeds.size === 0) return { lines, removed: [] };
  const near = new Map<string, number[]>();
  const top = neighbour(lines, -1, 1);
  lines.forEach((l, i) => {
    const t = l.trim();
    // A header names the book or chapter: two letters at least, short, not a sentence.
    if (numbers.has(i) || !/\p{L}{2}/u.test(t) || /[。！？；!?;]/.test(t) || t.length > MAX_HEADER_LENGTH) return;
    // The first page's top is a page's first line too, for a journal's header.
    if (!atBreak(lines, i, numbers, formFeeds) && !(i === top && JOURNAL_ISSUE.test(t))) return;
    near.set(t, [...(near.get(t) ?? []), i]);
  });
  // A header or footer is on most pages; a short line met at two of many breaks is text.
  const pageBreaks = Math.max(numbers.size, formFeeds.size);
  const enough = Math.max(2, Math.ceil(pageBreaks / 2));
  const headers = new Set([...near.values()].filter((at) => at.length >= enough).flat());
  const removed: Removal[] = [];
  const out = lines.map((l, i) => {
    if (numbers.has(i)) removed.push({ text: l.trim(), line: i + 1, reason: 'page-number' });
    else if (headers.has(i)) removed.push({ text: l.trim(), line: i + 1, reason: 'running-header' });
    else return l;
    return '';
  });
  return { lines: out, removed };
}
