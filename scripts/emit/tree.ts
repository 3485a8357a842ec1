/**
 * Walks over the document tree for the emitters: reading pages (leaves), section TOCs, counts and
 * the bibliographic data of a page. Pure helpers, no output format here.
 */
import type { Document, Section } from '../model/document.js';
import { anchorUrl, readingUrl, type PageUrl } from '../model/ids.js';
import { documentsIn, leavesOf, paragraphsIn, printedText, sectionsIn } from '../model/tree.js';
import type { Cite, Stats, TocEntry } from '../../src/schemas/toc.js';
import { DOC_KIND_INFO } from '../../src/schemas/doc-kinds.js';

/** A reading page: a leaf document, its root, its siblings' order and its URL. */
export interface ReadingPage {
  root: Document;
  leaf: Document;
  /** Index among the root's leaves (reading order). */
  order: number;
  url: PageUrl;
}

/** Every reading page of a root document. */
export const readingPagesOf = (root: Document): ReadingPage[] =>
  leavesOf(root).map((leaf, order) => ({ root, leaf, order, url: readingUrl(root.id, leaf.slug) }));

/** Nested TOC of sections on the page at `page`. */
export function tocOf(sections: readonly Section[], page: PageUrl): TocEntry[] {
  return sections.map((s) => ({
    id: s.id,
    numbering: s.numbering,
    title: s.title,
    level: s.level,
    url: anchorUrl(page, s.id),
    children: tocOf(s.sections, page),
  }));
}

const nonWhitespace = (s: string): number => s.replace(/\s+/g, '').length;

/** Counts for one leaf: sections, paragraphs (incl. leading ones) and non-whitespace characters. */
export function statsOfLeaf(leaf: Document): Stats {
  const sections = sectionsIn(leaf.sections);
  const paragraphs = [...leaf.paragraphs, ...paragraphsIn(leaf.sections)];
  const characters =
    sections.reduce((n, s) => n + nonWhitespace(s.numbering + s.title), 0) +
    paragraphs.reduce((n, p) => n + nonWhitespace(printedText(p)), 0);
  return { sections: sections.length, paragraphs: paragraphs.length, characters };
}

/** Sum of several counts. */
export const addStats = (all: readonly Stats[]): Stats =>
  all.reduce(
    (a, b) => ({ sections: a.sections + b.sections, paragraphs: a.paragraphs + b.paragraphs, characters: a.characters + b.characters }),
    { sections: 0, paragraphs: 0, characters: 0 },
  );

/** Authors of a root: the manifest's, else those found in the text. */
export const authorsOf = (root: Document): string[] =>
  root.meta.authors.length > 0 ? root.meta.authors : (root.front.authors ?? []);

/** Affiliation of a document: the manifest's, else the one printed under its title. */
export const affiliationOf = (d: Document): string | undefined => d.meta.affiliation ?? d.front.affiliation;

/** Year of a root document, from the manifest date or its citation data. */
const yearOf = (root: Document): string | undefined => root.meta.date?.slice(0, 4) ?? root.meta.citation?.year;

/**
 * Bibliographic data for citing a page: a collection item is cited as part of its collection
 * (speeches under their institution), a paper or the root itself on its own.
 */
export function citeOf(root: Document, leaf: Document): Cite {
  const c = root.meta.citation;
  const isItem = leaf !== root;
  const isWork = isItem && DOC_KIND_INFO[root.kind].itemsAreWorks;
  const institution = leaf.institution ?? leaf.meta.items?.[0]?.institution;
  const authors = isItem && leaf.institution ? [leaf.institution] : authorsOf(root);
  return {
    authors: authors.length > 0 ? authors : institution ? [institution] : [],
    title: isWork ? leaf.title : root.title,
    type: c?.type ?? DOC_KIND_INFO[root.kind].citationType,
    container: isWork ? root.title : c?.container,
    publisher: c?.publisher,
    place: c?.place,
    year: yearOf(root),
    volume: c?.volume,
    issue: c?.issue,
    pages: c?.pages,
  };
}

/** Case studies recorded anywhere in a root's tree (on the root or on its items), by section id. */
export function caseStudiesOf(root: Document): Document['caseStudies'] {
  const seen = new Set<string>();
  return documentsIn(root).flatMap((d) => d.caseStudies).filter((c) => !seen.has(c.id) && seen.add(c.id) !== undefined);
}

/** References recorded anywhere in a root's tree, by number. */
export function referencesOf(root: Document): Document['references'] {
  const seen = new Set<number>();
  return documentsIn(root).flatMap((d) => d.references).filter((r) => !seen.has(r.number) && seen.add(r.number) !== undefined).sort((a, b) => a.number - b.number);
}
