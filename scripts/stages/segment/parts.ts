/**
 * Segment: the parts of a collection read as one page (a 汇编 without a 目录). Each part has a
 * title line, maybe a byline (`某某市财政局`), then numbering that starts again at `一、`. Without
 * help the restart would read as a quoted list; the title line is marked as a part heading.
 */
import type { Candidate } from './classify.js';
import { endsParagraph } from './text.js';

/** True for a short unnumbered line that could title a part: `守正创新 推动机关党建提质增效`. */
export const titleLike = (c: Candidate | undefined): boolean =>
  c !== undefined && c.headingShape && c.numbering === undefined && c.role === undefined && c.mdLevel === undefined;

/**
 * Mark `partTitle` on the title line of every part: a title-like line after a finished paragraph,
 * followed (after at most one more title-like line, the byline) by a heading-shaped `一、`-style
 * line numbered 1 of a style already used up to 2 or more before it — and the first part's title
 * of the same shape.
 * @example ['一、甲', '正文。', '二、乙', '正文。', '第二篇标题', '某某局', '一、丙'] → '第二篇标题' is a part title
 */
export function markPartTitles(candidates: Candidate[]): void {
  const highest = new Map<string, number>(); // numbering key → highest heading-shaped value so far
  const restarted = new Set<string>(); // keys whose numbering a later part starts again
  const firsts: { c: Candidate; key: string }[] = []; // part-title-shaped lines before a first `一、`
  candidates.forEach((c, i) => {
    const n = c.numbering;
    if (n && c.headingShape) highest.set(n.key, Math.max(highest.get(n.key) ?? 0, n.value));
    const before = candidates[i - 1];
    if (!titleLike(c) || (before !== undefined && !endsParagraph(before.text))) return;
    const next = titleLike(candidates[i + 1]) ? candidates[i + 2] : candidates[i + 1];
    const m = next?.numbering;
    if (!m || !next.headingShape || m.value !== 1) return;
    if ((highest.get(m.key) ?? 0) >= 2) {
      c.partTitle = true;
      restarted.add(m.key);
    } else firsts.push({ c, key: m.key });
  });
  // The first part is titled the same way: its title is a part heading too, so that the parts
  // become sibling sections.
  for (const { c, key } of firsts) if (restarted.has(key)) c.partTitle = true;
}
