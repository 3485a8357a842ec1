/**
 * Annotator: footnotes. A PDF page prints its notes at its foot (`① 参见…`), and the text marks
 * where each belongs (`…机关党的建设①，`); the extraction leaves the notes as `①` list items where
 * the page ended. A run of such items is a run of footnotes when each one's number is marked in
 * the text before it and not yet taken by an earlier note (pages often number afresh from ①):
 * the items become `footnote` paragraphs and each mark a `footnote` mark pointing at its note. A
 * `①②③` list no mark points to stays a list, so do items only some of which are marked.
 */
import type { Paragraph, Section } from '../../model/document.js';
import { leavesOf } from '../../model/walk.js';
import type { Annotator } from './annotator.js';
import { addMarks } from './marks.js';
import { mapDocumentText } from './walk.js';
import { circledValue, NOTE_NUMBER, noteNumberValue } from '../../util/circled.js';

/** ①–㊿, or superscript digits (`¹²`): the numbers footnotes are printed with. */
const CIRCLED = new RegExp(NOTE_NUMBER, 'g');

/** A superscript number right after a letter or digit is an exponent (`120m²`), not a note's mark. */
const isExponent = (text: string, at: number, number: string): boolean =>
  circledValue(number) === undefined && /[A-Za-z0-9]/.test(text[at - 1] ?? '');

/** The note number a list item is printed with (`①`, `¹²`), or undefined. */
const noteNumber = (p: Paragraph): string | undefined =>
  p.kind === 'list-item' && p.marker !== undefined && noteNumberValue(p.marker) !== undefined ? p.marker : undefined;

/** True if `next` is numbered right after `prev` (`②` after `①`, `㉑` after `⑳`). */
const follows = (prev: Paragraph, next: Paragraph): boolean => {
  const [a, b] = [noteNumber(prev), noteNumber(next)];
  return a !== undefined && b !== undefined && noteNumberValue(b) === noteNumberValue(a)! + 1;
};

/** What may hold a mark: a paragraph (its text) or a section (its heading's title). */
type TextHolder = Paragraph | Section;
const isSection = (h: TextHolder): h is Section => 'title' in h;

/** A circled number in a paragraph's text or run-in lead, or in a heading, not yet taken by a note. */
interface OpenMark {
  paragraph: TextHolder;
  /** In the paragraph's run-in lead (`抓实理论学习①。`), not its text. */
  inLead: boolean;
  at: number;
  number: string;
}

/**
 * The footnotes of one reading page, its paragraphs (and headings) in reading order: each changed
 * paragraph (a note, or a paragraph with marks) or heading (with marks) mapped to its new version.
 * A note's run-in lead (`习近平：`) is part of its text again: a note has no heading.
 * @example footnotesOf([{ text: '…党的建设①，…' }, { kind: 'list-item', marker: '①', text: '参见…' }])
 *   → the first gets { kind: 'footnote', start: k, end: k + 1, note: <the second's id> }, the second kind 'footnote'
 */
export function footnotesOf(texts: readonly Paragraph[]): Map<Paragraph, Paragraph>;
export function footnotesOf(texts: readonly TextHolder[]): Map<TextHolder, TextHolder>;
export function footnotesOf(texts: readonly TextHolder[]): Map<TextHolder, TextHolder> {
  const open: OpenMark[] = [];
  const marks = new Map<TextHolder, { start: number; end: number; note: string; inLead: boolean }[]>();
  const notes = new Set<Paragraph>();
  const noteAt = (i: number): string | undefined => {
    const h = texts[i];
    return h === undefined || isSection(h) ? undefined : noteNumber(h);
  };
  for (let i = 0; i < texts.length;) {
    if (noteAt(i) === undefined) {
      const h = texts[i]!;
      const scan = (text: string | undefined, inLead: boolean) => {
        for (const m of (text ?? '').matchAll(CIRCLED))
          if (m.index > 0 && !isExponent(text!, m.index, m[0]))
            open.push({ paragraph: h, inLead, at: m.index, number: m[0] });
      };
      if (isSection(h)) scan(h.title, false);
      else (scan(h.lead, true), scan(h.text, false));
      i += 1;
      continue;
    }
    // A run counts ①, ②, ③ …: a number starting again begins another (a list, then a page's notes).
    let end = i + 1;
    while (noteAt(end) !== undefined && follows(texts[end - 1] as Paragraph, texts[end] as Paragraph)) end += 1;
    const run = texts.slice(i, end) as Paragraph[];
    // Each item takes the latest open mark of its number; all of them must find one.
    const taken = run.map((p) => {
      for (let k = open.length - 1; k >= 0; k--) if (open[k]!.number === noteNumber(p)) return k;
      return -1;
    });
    if (taken.every((k) => k >= 0) && new Set(taken).size === taken.length) {
      run.forEach((note, r) => {
        const m = open[taken[r]!]!;
        const mark = { start: m.at, end: m.at + m.number.length, note: note.id, inLead: m.inLead };
        marks.set(m.paragraph, [...(marks.get(m.paragraph) ?? []), mark]);
        notes.add(note);
      });
      for (const k of [...taken].sort((a, b) => b - a)) open.splice(k, 1);
    }
    i = end;
  }
  const changed = new Map<TextHolder, TextHolder>();
  for (const note of notes) {
    const { lead, leadMarks, ...rest } = note;
    changed.set(note, {
      ...rest,
      kind: 'footnote',
      text: (lead ?? '') + note.text,
      marks: [...(leadMarks ?? []), ...shift(note.marks, lead?.length ?? 0)],
    });
  }
  for (const [h, found] of marks) {
    const added = (inLead: boolean) =>
      found
        .filter((f) => f.inLead === inLead)
        .map(({ start, end, note }) => ({ kind: 'footnote' as const, start, end, note }));
    if (isSection(h)) changed.set(h, { ...h, titleMarks: addMarks(h.titleMarks ?? [], added(false)) });
    else {
      const base = (changed.get(h) as Paragraph | undefined) ?? h;
      const inLead = added(true);
      changed.set(h, {
        ...base,
        marks: addMarks(base.marks, added(false)),
        ...(inLead.length > 0 && { leadMarks: addMarks(base.leadMarks ?? [], inLead) }),
      });
    }
  }
  return changed;
}

/** Marks moved right by `by` characters (a lead folded into the text before them). */
const shift = <M extends { start: number; end: number }>(marks: readonly M[], by: number): M[] =>
  by === 0 ? [...marks] : marks.map((m) => ({ ...m, start: m.start + by, end: m.end + by }));

/** A section's heading, its paragraphs, then its subsections': the order a reader meets them. */
const inReadingOrder = (s: Section): TextHolder[] => [s, ...s.paragraphs, ...s.sections.flatMap(inReadingOrder)];

/** Mark footnotes on every reading page of a document (before the other annotators: the marks are its own). */
export const markFootnotes: Annotator = {
  name: 'markFootnotes',
  run(doc) {
    const changed = new Map<TextHolder, TextHolder>();
    for (const leaf of leavesOf(doc))
      for (const [from, to] of footnotesOf([...leaf.paragraphs, ...leaf.sections.flatMap(inReadingOrder)]))
        changed.set(from, to);
    return changed.size === 0
      ? doc
      : mapDocumentText(doc, {
          paragraph: (p) => (changed.get(p) as Paragraph | undefined) ?? p,
          section: (s) => (changed.get(s) as Section | undefined) ?? s,
        });
  },
};
