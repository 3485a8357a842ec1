/**
 * Annotator: footnotes. A PDF page prints its notes at its foot (`① 参见…`), and the text marks
 * where each belongs (`…机关党的建设①，`); the extraction leaves the notes as `①` list items where
 * the page ended. A run of such items is a run of footnotes when each one's number is marked in
 * the text before it and not yet taken by an earlier note (pages often number afresh from ①):
 * the items become `footnote` paragraphs and each mark a `footnote` mark pointing at its note. A
 * `①②③` list no mark points to stays a list, so do items only some of which are marked.
 */
import type { Paragraph } from '../../model/document.js';
import { leavesOf, paragraphsIn } from '../../model/walk.js';
import type { Annotator } from './annotator.js';
import { addMarks } from './marks.js';
import { mapDocumentText } from './walk.js';
import { CIRCLED_CLASS, circledValue } from '../../util/circled.js';

/** ①–㊿: the numbers footnotes are printed with. */
const CIRCLED = new RegExp(CIRCLED_CLASS, 'g');

/** The circled number a list item is printed with, or undefined. */
const noteNumber = (p: Paragraph): string | undefined =>
  p.kind === 'list-item' && p.marker !== undefined && circledValue(p.marker) !== undefined ? p.marker : undefined;

/** True if `next` is numbered right after `prev` (`②` after `①`, `㉑` after `⑳`). */
const follows = (prev: Paragraph, next: Paragraph): boolean => {
  const [a, b] = [noteNumber(prev), noteNumber(next)];
  return a !== undefined && b !== undefined && circledValue(b) === circledValue(a)! + 1;
};

/** A circled number in a paragraph's text, not yet taken by a note. */
interface OpenMark {
  paragraph: Paragraph;
  at: number;
  number: string;
}

/**
 * The footnotes of one reading page, its paragraphs in reading order: each changed paragraph (a
 * note, or a paragraph with marks) mapped to its new version. A note's run-in lead (`习近平：`) is
 * part of its text again: a note has no heading.
 * @example footnotesOf([{ text: '…党的建设①，…' }, { kind: 'list-item', marker: '①', text: '参见…' }])
 *   → the first gets { kind: 'footnote', start: k, end: k + 1, note: <the second's id> }, the second kind 'footnote'
 */
export function footnotesOf(paragraphs: readonly Paragraph[]): Map<Paragraph, Paragraph> {
  const open: OpenMark[] = [];
  const marks = new Map<Paragraph, { start: number; end: number; note: string }[]>();
  const notes = new Set<Paragraph>();
  for (let i = 0; i < paragraphs.length;) {
    if (noteNumber(paragraphs[i]!) === undefined) {
      const p = paragraphs[i]!;
      for (const m of p.text.matchAll(CIRCLED)) if (m.index > 0) open.push({ paragraph: p, at: m.index, number: m[0] });
      i += 1;
      continue;
    }
    // A run counts ①, ②, ③ …: a number starting again begins another (a list, then a page's notes).
    let end = i + 1;
    while (end < paragraphs.length && follows(paragraphs[end - 1]!, paragraphs[end]!)) end += 1;
    const run = paragraphs.slice(i, end);
    // Each item takes the latest open mark of its number; all of them must find one.
    const taken = run.map((p) => {
      for (let k = open.length - 1; k >= 0; k--) if (open[k]!.number === noteNumber(p)) return k;
      return -1;
    });
    if (taken.every((k) => k >= 0) && new Set(taken).size === taken.length) {
      run.forEach((note, r) => {
        const m = open[taken[r]!]!;
        marks.set(m.paragraph, [...(marks.get(m.paragraph) ?? []), { start: m.at, end: m.at + 1, note: note.id }]);
        notes.add(note);
      });
      for (const k of [...taken].sort((a, b) => b - a)) open.splice(k, 1);
    }
    i = end;
  }
  const changed = new Map<Paragraph, Paragraph>();
  for (const note of notes) {
    const { lead, leadMarks, ...rest } = note;
    changed.set(note, {
      ...rest,
      kind: 'footnote',
      text: (lead ?? '') + note.text,
      marks: [...(leadMarks ?? []), ...shift(note.marks, lead?.length ?? 0)],
    });
  }
  for (const [p, found] of marks) {
    const base = changed.get(p) ?? p;
    changed.set(p, {
      ...base,
      marks: addMarks(
        base.marks,
        found.map((f) => ({ kind: 'footnote' as const, ...f })),
      ),
    });
  }
  return changed;
}

/** Marks moved right by `by` characters (a lead folded into the text before them). */
const shift = <M extends { start: number; end: number }>(marks: readonly M[], by: number): M[] =>
  by === 0 ? [...marks] : marks.map((m) => ({ ...m, start: m.start + by, end: m.end + by }));

/** Mark footnotes on every reading page of a document (before the other annotators: the marks are its own). */
export const markFootnotes: Annotator = {
  name: 'markFootnotes',
  run(doc) {
    const changed = new Map<Paragraph, Paragraph>();
    for (const leaf of leavesOf(doc))
      for (const [from, to] of footnotesOf([...leaf.paragraphs, ...paragraphsIn(leaf.sections)])) changed.set(from, to);
    return changed.size === 0 ? doc : mapDocumentText(doc, { paragraph: (p) => changed.get(p) ?? p });
  },
};
