/**
 * Segment, last step for Markdown sources: footnotes as Markdown writes them (GFM, and what pandoc
 * exports from a word processor's notes). A `[^1]: 参见…` definition was read as a `footnote`
 * paragraph with its label as marker (classify.ts, build-tree.ts); here each reference `[^1]` to a
 * label defined on the same reading page becomes the label (`1`), as a renderer shows it, with a
 * `footnote` mark linking to its note; `[^` and `]` are recorded as syntax. A reference to no
 * note on its page stays as written. Runs after the ids are assigned (a mark names its note's
 * anchor), on the freshly built document, which it updates in place.
 */
import type { Document, Paragraph, Removal } from '../../model/document.js';
import { leavesOf, paragraphsIn } from '../../model/walk.js';

/** `[^1]: ` opening a note definition: the label, and the length of the syntax. */
export const NOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*/;

/** A note reference in text. */
const NOTE_REFERENCE = /\[\^([^\]\s]+)\]/g;

/**
 * Link the note references of every reading page of `doc` to that page's note definitions.
 * @param lines the source's normalised lines, to record the syntax on the line it stands on
 * @returns the syntax removed, by line
 * @example '…全面从严治党[^1]。' with a note labelled 1 → text '…全面从严治党1。', mark { kind: 'footnote', start: 7, end: 8, note: <its id> }
 */
export function linkMarkdownNotes(doc: Document, lines: readonly string[]): Removal[] {
  const removed: Removal[] = [];
  // Where the next reference is looked for on each line, so two alike on a line are told apart.
  const from = new Map<number, number>();
  const lineOf = (p: Paragraph, ref: string): number => {
    const [first, last] = p.provenance.lines;
    for (let l = first; l <= last; l++) {
      const at = lines[l - 1]?.indexOf(ref, from.get(l) ?? 0) ?? -1;
      if (at >= 0) {
        from.set(l, at + ref.length);
        return l;
      }
    }
    return first;
  };
  for (const leaf of leavesOf(doc)) {
    const paragraphs = [...leaf.paragraphs, ...paragraphsIn(leaf.sections)];
    const notes = new Map<string, Paragraph>();
    for (const p of paragraphs) if (p.kind === 'footnote' && p.marker && !notes.has(p.marker)) notes.set(p.marker, p);
    if (notes.size === 0) continue;
    for (const p of paragraphs) {
      let text = '';
      let last = 0;
      for (const m of p.text.matchAll(NOTE_REFERENCE)) {
        const note = notes.get(m[1]!);
        if (!note) continue;
        const line = lineOf(p, m[0]);
        removed.push({ text: '[^', line, reason: 'markdown-syntax' }, { text: ']', line, reason: 'markdown-syntax' });
        text += p.text.slice(last, m.index);
        p.marks.push({ kind: 'footnote', start: text.length, end: text.length + m[1]!.length, note: note.id });
        text += m[1]!;
        last = m.index + m[0].length;
      }
      if (last > 0) p.text = text + p.text.slice(last);
    }
  }
  return removed;
}
