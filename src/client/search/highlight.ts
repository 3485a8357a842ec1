/**
 * Excerpts with the whole matched term highlighted, pure: `…坚持<mark>两学一做</mark>学习教育…`.
 * Offsets are found in folded text, which has the same length as the original, so the original
 * characters are what the reader sees.
 */
import { findReadThrough, foldText, readThrough, searchRuns } from './text.js';

/** A half-open range `[start, end)` in a string. */
export type Range = [number, number];

/**
 * Every occurrence of every form, merged where they overlap: `('两学一做两学', ['两学'])` → `[[0,2],[4,6]]`;
 * quotation and title marks are read through (`('“两学一做”学习', ['两学一做学习'])` → `[[1,8]]`).
 */
export function findRanges(text: string, forms: readonly string[]): Range[] {
  // Read through quotation and title marks, as the search does: 两学一做学习 marks `两学一做”学习`.
  // `text` may be a traditional passage's simplified form: offsets hold for the passage too.
  const through = readThrough(foldText(text));
  const ranges: Range[] = [];
  const collect = (needles: readonly string[]) => {
    for (const n of needles) ranges.push(...findReadThrough(through, n));
  };
  collect(forms.map(foldText));
  // A form with punctuation may be matched run by run (`不忘初心、牢记使命` against `不忘初心，牢记使命`).
  if (ranges.length === 0) collect(forms.flatMap((f) => searchRuns(foldText(f)).map((r) => r.text)));
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escape text for element content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Excerpt options: how many characters to show and how much context before the first match. */
export interface ExcerptOptions {
  length: number;
  before: number;
}

/** The search results' excerpt window. */
export const defaultExcerptOptions: ExcerptOptions = { length: 120, before: 30 };

/**
 * An HTML excerpt of `text` around its first match with every match in the window wrapped in
 * `<mark>`; `…` marks a cut. Text without a match gives its beginning. `fold`: the simplified
 * form of a traditional `text`, where the forms are found.
 */
export function highlightExcerpt(
  text: string,
  forms: readonly string[],
  options: Partial<ExcerptOptions> & { fold?: string } = {},
): string {
  const { length, before, fold } = { ...defaultExcerptOptions, ...options };
  // A traditional passage is matched in its simplified form, of the same length: marks fall on its own characters.
  const ranges = findRanges(fold ?? text, forms);
  const firstHit = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, firstHit - before);
  const end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    html += escapeHtml(text.slice(at, from)) + '<mark>' + escapeHtml(text.slice(from, Math.min(e, end))) + '</mark>';
    at = Math.min(e, end);
  }
  html += escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
  return html;
}

/** A heading (or other short text) with every match marked, no cutting; `fold` as for `highlightExcerpt`. */
export function highlightAll(text: string, forms: readonly string[], fold?: string): string {
  return highlightExcerpt(text, forms, { length: text.length, before: 0, ...(fold && { fold }) });
}
