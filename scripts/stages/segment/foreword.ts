/**
 * Segment: a collection's own text before its first item. An editor's note (`编者按：…`, or a
 * `编者按` line over its paragraphs) speaks for the whole collection, so it becomes a reading page
 * of its own, first in the collection, and the collection's page shows it; so does own text with
 * headings of its own. A line or two without either (an account name, a date line) stays at the
 * top of the first item's page.
 */
import type { Document, NormalizedSource, Paragraph, Section } from '../../model/document.js';
import { toDocId, toPageSlug } from '../../model/ids.js';
import { printedText } from '../../model/walk.js';
import { assignIds } from './assign-ids.js';

/** The slug of a collection's editor's note page. */
export const FOREWORD_SLUG = 'foreword';

/** Labels of an editor's note, run in (`编者按：为交流…`) or on a line of their own. */
const NOTE_LABEL = /^(编者按|编者的话|编者注|编者说明|编辑说明|出版说明|卷首语|按语|导读|前言|序言)(?=\s*[:：]|$)/;

/** A collection's own body, as the segmenter reads it. */
export interface OwnText {
  paragraphs: Paragraph[];
  sections: Section[];
  caseStudies: Document['caseStudies'];
}

/**
 * The label of an editor's note that opens a collection's own text, or undefined: the first
 * paragraph runs it in, or the text is one unnumbered section headed by it.
 * @example noteLabel({ paragraphs: [{ text: '编者按：为交流…' }], sections: [] }) → '编者按'
 */
export function noteLabel(own: OwnText): string | undefined {
  const first = own.paragraphs[0];
  if (first) return NOTE_LABEL.exec(printedText(first))?.[1];
  const only = own.sections.length === 1 ? own.sections[0]! : undefined;
  return only && only.numbering === '' ? NOTE_LABEL.exec(only.title.trim())?.[1] : undefined;
}

/**
 * The reading page of a collection's own text, or undefined when that text stays on the first
 * item's page (a line or two with no editor's label and no heading) or holds a case study (which
 * belongs to the page it was found on). Titled by the editor's label, else by its first heading
 * (text with headings cannot join the first item's page above that item's own headings). A lone
 * unnumbered heading over the whole text becomes the page's printed title rather than a heading
 * repeating it.
 */
export function forewordOf(own: OwnText, src: NormalizedSource): Document | undefined {
  const label = noteLabel(own) ?? own.sections[0]?.title;
  if (label === undefined || own.caseStudies.length > 0) return undefined;
  const file = src.meta.file;
  const only = own.paragraphs.length === 0 && own.sections.length === 1 ? own.sections[0]! : undefined;
  const heading = only && only.numbering === '' ? only : undefined;
  const paragraphs = heading ? heading.paragraphs : own.paragraphs;
  const sections = heading ? heading.sections : own.sections;
  if (heading) assignIds(paragraphs, sections);
  const lines = [...paragraphs.map((p) => p.provenance.lines), ...sections.map((s) => s.span)];
  const headingLines = heading ? [heading.provenance.lines] : [];
  const all = [...headingLines, ...lines];
  return {
    id: toDocId(`${src.meta.id}-${FOREWORD_SLUG}`),
    parentId: src.meta.id,
    slug: toPageSlug(FOREWORD_SLUG),
    title: label,
    numbering: '',
    kind: src.meta.kind,
    meta: src.meta,
    front: heading
      ? { title: heading.title, provenance: [{ file, lines: [...heading.provenance.lines] }] }
      : { provenance: [] },
    paragraphs,
    sections,
    children: [],
    references: [],
    caseStudies: [],
    removed: [],
    provenance: { file, lines: [Math.min(...all.map((l) => l[0])), Math.max(...all.map((l) => l[1]))] },
  };
}
