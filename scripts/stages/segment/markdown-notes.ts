/**
 * Segment, last step for Markdown sources: footnotes as Markdown writes them (GFM, and what pandoc
 * exports from a word processor's notes). A `[^1]: 参见…` definition was read as a `footnote`
 * paragraph with its label as marker (classify.ts, build-tree.ts); here each reference `[^1]` to a
 * label defined on the same reading page becomes the label (`1`), as a renderer shows it, with a
 * `footnote` mark linking to its note; `[^` and `]` are recorded as syntax. So in a heading and
 * in a paragraph's run-in lead. A reference to no note on its page stays as written. Runs after
 * the ids are assigned (a mark names its note's anchor), on the freshly built document, which it
 * updates in place.
 */
import type { Document, Mark, Paragraph, Removal, Section } from '../../model/document.js';
import { addMarks } from '../annotate/marks.js';
import { leavesOf, paragraphsIn } from '../../model/walk.js';

/** `[^1]: ` opening a note definition: group 1 the label; the whole match is syntax. */
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
  const lineOf = ([first, last]: readonly [number, number], ref: string): number => {
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
    const notes = new Map<string, Paragraph>();
    for (const p of [...leaf.paragraphs, ...paragraphsIn(leaf.sections)])
      if (p.kind === 'footnote' && p.marker && !notes.has(p.marker)) notes.set(p.marker, p);
    if (notes.size === 0) continue;
    /** `text` with its references to `notes` read as their labels, and the marks to add; undefined when none. */
    const link = (text: string, at: readonly [number, number]): { text: string; marks: Mark[] } | undefined => {
      let out = '';
      let last = 0;
      const marks: Mark[] = [];
      for (const m of text.matchAll(NOTE_REFERENCE)) {
        const note = notes.get(m[1]!);
        if (!note) continue;
        const line = lineOf(at, m[0]);
        removed.push({ text: '[^', line, reason: 'markdown-syntax' }, { text: ']', line, reason: 'markdown-syntax' });
        out += text.slice(last, m.index);
        marks.push({ kind: 'footnote', start: out.length, end: out.length + m[1]!.length, note: note.id });
        out += m[1]!;
        last = m.index + m[0].length;
      }
      return last === 0 ? undefined : { text: out + text.slice(last), marks };
    };
    const paragraph = (p: Paragraph) => {
      const lead = p.lead === undefined ? undefined : link(p.lead, p.provenance.lines);
      if (lead) [p.lead, p.leadMarks] = [lead.text, addMarks(p.leadMarks ?? [], lead.marks)];
      const text = link(p.text, p.provenance.lines);
      if (text) [p.text, p.marks] = [text.text, addMarks(p.marks, text.marks)];
    };
    const section = (s: Section) => {
      const title = link(s.title, s.provenance.lines);
      if (title) [s.title, s.titleMarks] = [title.text, addMarks(s.titleMarks ?? [], title.marks)];
      s.paragraphs.forEach(paragraph);
      s.sections.forEach(section);
    };
    leaf.paragraphs.forEach(paragraph);
    leaf.sections.forEach(section);
  }
  return removed;
}
