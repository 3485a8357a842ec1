/**
 * Walks over the document model shared by the stages and the emitters: the reading pages (leaves)
 * of a root document, the sections and paragraphs of a tree, and a paragraph's printed text.
 */
import type { Document, Paragraph, Section } from './document.js';
import { withNumbering } from '../../src/lib/numbering.js';

/**
 * Leaves of a root in reading order; a paper without children is its own single leaf. Generic over
 * the tree's shape, so the model's documents and corpus.json's (the search) share one walk.
 */
export const leavesOf = <D extends { children: readonly D[] }>(root: D): D[] =>
  root.children.length === 0 ? [root] : root.children.flatMap((c) => leavesOf(c));

/** A document and all its descendants, depth first (the root first). */
export const documentsIn = (root: Document): Document[] => [root, ...root.children.flatMap(documentsIn)];

/** Every section of a tree, depth first. */
export const sectionsIn = (sections: readonly Section[]): Section[] =>
  sections.flatMap((s) => [s, ...sectionsIn(s.sections)]);

/** Every paragraph of a section tree, depth first in reading order. */
export const paragraphsIn = (sections: readonly Section[]): Paragraph[] =>
  sections.flatMap((s) => [...s.paragraphs, ...paragraphsIn(s.sections)]);

/** A paragraph as printed: marker, run-in lead, then text (`1.` + `培养有目标。` + `结合…`). */
export const printedText = (p: Paragraph): string => `${p.marker ?? ''}${p.lead ?? ''}${p.text}`;

/** A reading page's title with its numbering, as lists cite it: `第三章 加强思想建设`, `前言`. */
export const numberedTitle = (leaf: Document): string => withNumbering(leaf.numbering, leaf.title);

/**
 * A heading's title as a table of contents or a locator names it: without its footnote marks
 * (`基本情况①` → `基本情况`), which the heading itself shows as links to the notes.
 */
export function readableTitle(s: Pick<Section, 'title' | 'titleMarks'>): string {
  const notes = (s.titleMarks ?? []).filter((m) => m.kind === 'footnote').sort((a, b) => b.start - a.start);
  return notes.reduce((t, m) => t.slice(0, m.start) + t.slice(m.end), s.title).trim();
}
