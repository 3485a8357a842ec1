/**
 * The document kinds, defined once: the manifest schema, the document model, the page schemas,
 * the library's groups (in this order) and the UI labels (`ui.kinds`, keyed by these ids) all
 * derive from this list. A kind also says how a work of its kind is cited by default (GB/T 7714
 * type code, when the manifest gives no `citation.type`) and whether a collection's items are
 * works of their own (cited as a part `//` of the collection) or chapters of one book.
 */
import { z } from 'zod';

/** Kinds in library order: official texts first, then papers, speeches, books and compilations. */
export const DOC_KINDS = ['regulation', 'document', 'report', 'speech', 'paper', 'handbook', 'collection'] as const;

/** A document kind id. */
export type DocKind = (typeof DOC_KINDS)[number];

/** Zod enum of the kinds; its message lists them, so a manifest typo names the choices. */
export const docKindSchema = z.enum(DOC_KINDS, {
  errorMap: () => ({ message: `kind must be one of ${DOC_KINDS.join(', ')}` }),
});

/** How a kind is cited and how its items relate to it. */
export interface DocKindInfo {
  /**
   * GB/T 7714-2015 type code when the manifest has none: J 期刊 (a paper), M 普通图书 (a handbook),
   * G 汇编 (a collection, a speech collection), R 报告, Z 其他 (regulations and official documents
   * have no code of their own; they are cited as Z unless read in a newspaper, N).
   */
  citationType: string;
  /** Items of a collection of this kind are separate works (speeches, compiled texts), not chapters. */
  itemsAreWorks: boolean;
}

/** Per-kind facts, one row per kind (the `satisfies` makes a missing or extra row a type error). */
export const DOC_KIND_INFO = {
  regulation: { citationType: 'Z', itemsAreWorks: false },
  document: { citationType: 'Z', itemsAreWorks: false },
  report: { citationType: 'R', itemsAreWorks: false },
  speech: { citationType: 'G', itemsAreWorks: true },
  paper: { citationType: 'J', itemsAreWorks: false },
  handbook: { citationType: 'M', itemsAreWorks: false },
  collection: { citationType: 'G', itemsAreWorks: true },
} as const satisfies Record<DocKind, DocKindInfo>;
