/**
 * Shared by every annotator: rebuild a document tree, handing each paragraph (body, abstracts,
 * sections, children, translations) and each section to a visitor. Pure: returns new objects.
 */
import type { Document, Paragraph, Section } from '../../model/document.js';

/** Where a visited node sits: its leaf document, the documents above it, the enclosing sections. */
export interface TextContext {
  doc: Document;
  /** Root first, excluding `doc`. */
  ancestors: Document[];
  /** Outermost first; empty for paragraphs before the first heading and for abstracts. */
  sections: Section[];
}

/** Callbacks of `mapDocumentText`; each returns the (possibly new) node. */
export interface TextVisitor {
  paragraph?(p: Paragraph, ctx: TextContext): Paragraph;
  /** Called for the section's own fields (title); its paragraphs and subsections are visited after. */
  section?(s: Section, ctx: TextContext): Section;
}

/**
 * Apply `visitor` to every paragraph and section of `doc`, its children and its translations.
 * @example mapDocumentText(doc, { paragraph: (p) => ({ ...p, marks: [] }) }) clears every paragraph's marks
 */
export function mapDocumentText(doc: Document, visitor: TextVisitor, ancestors: Document[] = []): Document {
  const base: TextContext = { doc, ancestors, sections: [] };
  const para = (p: Paragraph, ctx: TextContext) => (visitor.paragraph ? visitor.paragraph(p, ctx) : p);
  const paras = (ps: Paragraph[], ctx: TextContext) => ps.map((p) => para(p, ctx));
  const section = (s: Section, outer: Section[]): Section => {
    const own = visitor.section ? visitor.section(s, { ...base, sections: outer }) : s;
    const inner = [...outer, own];
    return {
      ...own,
      paragraphs: paras(own.paragraphs, { ...base, sections: inner }),
      sections: own.sections.map((c) => section(c, inner)),
    };
  };
  const below = [...ancestors, doc];
  const front = { ...doc.front };
  if (front.abstract) front.abstract = paras(front.abstract, base);
  if (front.abstractEn) front.abstractEn = paras(front.abstractEn, base);
  const result: Document = {
    ...doc,
    front,
    paragraphs: paras(doc.paragraphs, base),
    sections: doc.sections.map((s) => section(s, [])),
    children: doc.children.map((c) => mapDocumentText(c, visitor, below)),
  };
  if (doc.translations) result.translations = doc.translations.map((t) => mapDocumentText(t, visitor, below));
  return result;
}
