/**
 * Segment: `◆ 聚焦政治引领，筑牢思想根基` standing over body text is a heading, not a list item.
 * Bullets carry no number, so sequence continuity cannot tell a heading from an item; their
 * spacing can. Items of a list stand one under another; headings stand apart, each over its text.
 */
import type { Candidate } from './classify.js';
import { looksLikeBody } from './heading-rules.js';

/**
 * Mark `bulletHeading` on the bullet lines that head sections: for each bullet symbol of a page,
 * the lines that stand alone (no line of the same symbol right before or after), are heading-shaped
 * and have body text under them, when at least two of its lines on the page do. A run of bullets
 * one under another stays a list, and so does a lone bullet line.
 * @example ['◆ 聚焦政治引领', '正文。', '◆ 聚焦组织建设', '正文。', '◆ 甲', '◆ 乙'] → the first two are headings
 */
export function markBulletHeadings(candidates: Candidate[]): void {
  const symbolAt = (i: number): string | undefined =>
    candidates[i]?.numbering?.scheme === 'bullet' ? candidates[i]!.numbering!.marker : undefined;
  const heads = new Map<string, Candidate[]>();
  candidates.forEach((c, i) => {
    const symbol = symbolAt(i);
    if (symbol === undefined || symbolAt(i - 1) === symbol || symbolAt(i + 1) === symbol) return;
    if (!c.headingShape || !looksLikeBody(candidates[i + 1])) return;
    heads.set(symbol, [...(heads.get(symbol) ?? []), c]);
  });
  for (const group of heads.values()) if (group.length >= 2) for (const c of group) c.bulletHeading = true;
}
