/**
 * Segment: a long text without chapters (a handbook or report of some 100,000 characters under
 * `一、` … `十二、` headings) is read as a page per top-level section, as a book is per chapter:
 * one page of it all would grow with the text, past what a phone loads and renders well. A text
 * under the length stays one page, as do papers (their notes and references are the page's),
 * regulations (read and cited whole) and the kinds whose items are works (a speech's parts are
 * no speeches).
 */
import type { Block } from './block.js';
import { headingNumbering, type ChapterPart, type ChapterSplit } from './chapters.js';
import type { NumberingScheme } from './numbering.js';
import { unspaceTitle } from './text.js';

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
