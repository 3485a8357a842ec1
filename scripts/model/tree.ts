/**
 * Walks over the document model shared by the stages and the emitters: the reading pages (leaves)
 * of a root document, and a paragraph's text as the source prints it.
 */
import type { Document, Paragraph } from './document.js';

/** Leaves of a root in reading order; a paper without children is its own single leaf. */
export const leavesOf = (root: Document): Document[] =>
  root.children.length === 0 ? [root] : root.children.flatMap(leavesOf);

/** A paragraph as printed: marker, run-in lead, then text (`1.` + `培养有目标。` + `结合…`). */
export const printedText = (p: Paragraph): string => `${p.marker ?? ''}${p.lead ?? ''}${p.text}`;

/** A reading page's title with its numbering, as lists cite it: `第三章 加强思想建设`, `前言`. */
export const numberedTitle = (leaf: Document): string => `${leaf.numbering ? `${leaf.numbering} ` : ''}${leaf.title}`;
