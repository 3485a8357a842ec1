/**
 * Segment: a long text without chapters (a handbook or report of some 100,000 characters under
 * `一、` … `十二、` headings) is read as a page per top-level section, as a book is per chapter:
 * one page of it all would grow with the text, past what a phone loads and renders well. A text
 * under the length stays one page, as do papers (their notes and references are the page's),
 * regulations (read and cited whole) and the kinds whose items are works (a speech's parts are
 * no speeches). Whatever its kind, a text still longer than a page may hold is cut into pages
 * that continue one another (`cutIntoPages`): no reading page grows with its text.
 */
import type { Paragraph, Section } from '../../model/document.js';
import { paragraphsIn } from '../../model/walk.js';
import type { Block } from './block.js';
import { headingNumbering, type ChapterPart, type ChapterSplit } from './chapters.js';
import type { NumberingScheme } from './numbering.js';
import { endsParagraph, unspaceTitle } from './text.js';

/** Characters of text from which a text without chapters is paged at its top-level sections. */
export const LONG_TEXT_CHARS = 40_000;

/** Numberings that may head a long text's top-level sections: `一、`, `壹、`. */
const TOP_SCHEMES: readonly NumberingScheme[] = ['cn-dun', 'cn-formal'];

/**
 * Split a long text at its top-level numbered headings (`一、…` numbered from 1 in sequence, each a
 * heading's shape), a part each (`part-01` …); undefined when the text is shorter than
 * `limit` characters or has fewer than two such headings.
 * @example a 60,000-character handbook under 一、 二、 三、 → parts part-01 (一、 …), part-02, part-03
 */
export function splitLongText(
  blocks: readonly Block[],
  format: 'txt' | 'md',
  limit = LONG_TEXT_CHARS,
): ChapterSplit | undefined {
  let chars = 0;
  for (const b of blocks) chars += b.text.length;
  if (chars < limit) return undefined;
  const heading = (b: Block) => (b.layout ? undefined : headingNumbering(b, format, TOP_SCHEMES));
  const starts: number[] = [];
  let scheme: string | undefined;
  blocks.forEach((b, i) => {
    const n = heading(b);
    if (!n) return;
    scheme ??= n.value === 1 ? n.scheme : undefined;
    if (n.scheme === scheme && n.value === starts.length + 1) starts.push(i);
  });
  if (starts.length < 2) return undefined;
  const parts = starts.map((at, k): ChapterPart => {
    const titleBlock = blocks[at]!;
    const n = heading(titleBlock)!;
    return {
      slug: `part-${String(k + 1).padStart(2, '0')}`,
      numbering: n.marker.trim(),
      title: unspaceTitle(n.rest),
      titleBlock,
      blocks: blocks.slice(at + 1, starts[k + 1] ?? blocks.length),
      removed: n.mark ? [{ text: n.mark, line: titleBlock.lines[0], reason: 'markdown-syntax' }] : [],
    };
  });
  return { parts, before: blocks.slice(0, starts[0]) };
}

/**
 * Characters of text a reading page holds at most (about 60 KB of gzip HTML): a page of 95,000
 * characters without a heading was 116 KB, past the 100 KB every page stays under.
 */
export const PAGE_MAX_CHARS = 50_000;

/** A reading page's text as read: its paragraphs before the first heading, then its top-level sections. */
export interface PageBody {
  paragraphs: Paragraph[];
  sections: Section[];
}

/** Characters of a paragraph as printed, and of a section with everything under it. */
const paragraphChars = (p: Paragraph): number => (p.marker?.length ?? 0) + (p.lead?.length ?? 0) + p.text.length;
const sectionChars = (s: Section): number =>
  s.numbering.length +
  s.title.length +
  s.paragraphs.reduce((n, p) => n + paragraphChars(p), 0) +
  s.sections.reduce((n, c) => n + sectionChars(c), 0);

/**
 * The pages of a text longer than `limit` characters that nothing else paged (a transcript or a
 * 讲话 of 100,000 characters without headings, a speech or a 条例 whose parts are not paged): as
 * many pages as the limit asks, of about equal length. The text is read whole first, so its
 * headings, numbering and anchors are those of one page; it is then cut between its paragraphs
 * before the first heading and between its top-level sections. Each cut is made within a tenth of
 * a page of its place: before a section, else after a paragraph that ends a sentence, else at the
 * nearest place within half a page; never inside a top-level section or a paragraph (one longer
 * than a page stays whole, and no scrap of text is cut off beside it).
 * Undefined for a text under the limit, one with notes (a footnote is linked on its page), or one
 * that cannot be cut. Linear in the paragraphs.
 * @example a 120,000-character speech without headings → three pages of about 40,000 characters
 */
export function cutIntoPages(body: PageBody, limit = PAGE_MAX_CHARS): PageBody[] | undefined {
  const units: (Paragraph | Section)[] = [...body.paragraphs, ...body.sections];
  const isSection = (u: Paragraph | Section): u is Section => 'sections' in u;
  const before: number[] = [];
  let total = 0;
  for (const u of units) {
    before.push(total);
    total += isSection(u) ? sectionChars(u) : paragraphChars(u);
  }
  if (total <= limit) return undefined;
  if ([...body.paragraphs, ...paragraphsIn(body.sections)].some((p) => p.kind === 'footnote')) return undefined;
  const count = Math.ceil(total / limit);
  const share = total / count;
  const starts: number[] = [0];
  let j = 1;
  for (let k = 1; k < count; k++) {
    const target = k * share;
    const last = starts.at(-1)!;
    while (j < units.length && (j <= last || before[j]! < target - share / 10)) j += 1;
    let best: number | undefined;
    let bestRank = 3;
    for (let i = j; i < units.length && before[i]! <= target + share / 10; i++) {
      const prev = units[i - 1]!;
      const rank = isSection(units[i]!) ? 0 : !isSection(prev) && endsParagraph(prev.text) ? 1 : 2;
      const closer = best === undefined || Math.abs(before[i]! - target) < Math.abs(before[best]! - target);
      if (rank < bestRank || (rank === bestRank && closer)) [best, bestRank] = [i, rank];
    }
    // No unit starts near the place: cut at the nearest one before or after it, unless that is
    // half a page away (a paragraph or section longer than a page: a cut beside it would only
    // set a scrap of text apart).
    if (best === undefined) {
      const below = j - 1 > last ? j - 1 : undefined;
      const above = j < units.length ? j : undefined;
      const nearest =
        below === undefined || (above !== undefined && before[above]! - target < target - before[below]!)
          ? above
          : below;
      if (nearest !== undefined && Math.abs(before[nearest]! - target) <= share / 2) best = nearest;
    }
    if (best !== undefined) starts.push(best);
  }
  if (starts.length < 2) return undefined;
  return starts.map((at, k) => {
    const page = units.slice(at, starts[k + 1] ?? units.length);
    return { paragraphs: page.filter((u) => !isSection(u)) as Paragraph[], sections: page.filter(isSection) };
  });
}
