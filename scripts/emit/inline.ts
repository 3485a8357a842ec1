/**
 * Paragraph text with its marks → MDX inline content: plain runs as string expressions, marks as
 * components (`<Redaction>`, `<Cite>`, `<Term>`) that `src/components/mdx/` renders.
 */
import type { Mark } from '../model/document.js';
import { jsxElement, jsxText } from './jsx.js';

/** Options for inline rendering. */
export interface InlineOptions {
  /** Reference numbers that exist in the page's reference list (citation marks link there). */
  references: ReadonlySet<number>;
}

/** One mark as a component around its text. */
function renderMark(mark: Mark, text: string, opts: InlineOptions): string {
  switch (mark.kind) {
    case 'redaction':
      return jsxElement('Redaction', { text });
    case 'citation':
      return jsxElement('Cite', { n: mark.ref, text, linked: opts.references.has(mark.ref) });
    case 'concept':
      return jsxElement('Term', { id: mark.conceptId }, jsxText(text));
  }
}

/**
 * `renderInline('省委xx届', [{kind:'redaction',start:2,end:4}])` →
 * `{"省委"}<Redaction text={"xx"} />{"届"}`. Marks are applied in start order; an overlapping or
 * out-of-range mark is a pipeline bug and throws.
 */
export function renderInline(text: string, marks: readonly Mark[], opts: InlineOptions): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const mark of sorted) {
    if (mark.start < pos || mark.end > text.length || mark.end <= mark.start) {
      throw new Error(`mark ${mark.kind} [${mark.start}, ${mark.end}) overlaps or leaves text of length ${text.length}`);
    }
    out += jsxText(text.slice(pos, mark.start)) + renderMark(mark, text.slice(mark.start, mark.end), opts);
    pos = mark.end;
  }
  return out + jsxText(text.slice(pos));
}
