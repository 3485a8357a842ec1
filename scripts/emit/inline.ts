/**
 * Paragraph text with its marks → MDX inline content: plain runs as text (jsxText: bare or a string
 * expression), marks as components (`<Redaction>`, `<Cite>`, `<Term>`, `<NoteRef>`) that `src/components/mdx/`
 * builds.
 */
import type { Mark } from '../model/document.js';
import { jsxElement, jsxText } from './jsx.js';
import { splitRuns } from '../../src/lib/mark-runs.js';

/** Options for inline rendering. */
export interface InlineOptions {
  /** Reference numbers that exist in the document's reference list (citation marks link there). */
  references: ReadonlySet<number>;
  /** The reading page that holds that list, when it is not the page rendered (a book's last chapter). */
  referencesPage?: string;
}

/** One mark as a component around its text. */
function renderMark(mark: Mark, text: string, opts: InlineOptions): string {
  switch (mark.kind) {
    case 'redaction':
      return jsxElement('Redaction', { text });
    case 'citation':
      return opts.references.has(mark.ref)
        ? jsxElement('Cite', {
            n: mark.ref,
            text,
            linked: true,
            ...(opts.referencesPage && { page: opts.referencesPage }),
          })
        : jsxElement('Cite', { n: mark.ref, text, linked: false });
    case 'concept':
      return jsxElement('Term', { id: mark.conceptId }, jsxText(text));
    case 'footnote':
      return jsxElement('NoteRef', { note: mark.note, text });
  }
}

/**
 * `renderInline('省委xx届', [{kind:'redaction',start:2,end:4}])` →
 * `省委<Redaction text="xx" />届`. Runs as `splitRuns` cuts them (it throws on an
 * overlapping, empty or out-of-range mark, a pipeline bug).
 */
export function renderInline(text: string, marks: readonly Mark[], opts: InlineOptions): string {
  return splitRuns(text, marks)
    .map((r) => (r.mark ? renderMark(r.mark, r.text, opts) : jsxText(r.text)))
    .join('');
}
