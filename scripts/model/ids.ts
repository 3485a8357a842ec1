/**
 * Branded ids (and, re-exported from urls.ts, the URL scheme). Ids are ASCII and derived from source position and the manifest,
 * never from build order, so links survive rebuilds and editing one document never moves another.
 */

/** A manifest id: lowercase ASCII words joined by hyphens, e.g. `paper-dangjian-xietong`. */
export type DocId = string & { __brand: 'DocId' };
/** A section's id inside its document, e.g. `s-2-1`. */
export type SectionId = string & { __brand: 'SectionId' };
/** A paragraph anchor inside its document, e.g. `p-2-1-3`. */
export type ParagraphAnchor = string & { __brand: 'ParagraphAnchor' };
/** A reading page's slug inside its collection, e.g. `ch03`, `part-02`, `text`. */
export type PageSlug = string & { __brand: 'PageSlug' };
/** A site-absolute URL path, starting with the deploy base (urls.ts), e.g. `/library/x/` or `/library/x/ch03/#p-1`. */
export type PageUrl = string & { __brand: 'PageUrl' };

const DOC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SECTION_ID = /^s(?:-[a-z0-9]+)+$/;
const PARAGRAPH_ANCHOR = /^p(?:-[a-z0-9]+)+$/;
const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Guards: true if a string has the shape of that id (`isDocId('paper-x')`, `isSectionId('s-2-1')` …). */
export const isDocId = (s: string): s is DocId => DOC_ID.test(s);
export const isSectionId = (s: string): s is SectionId => SECTION_ID.test(s);
export const isParagraphAnchor = (s: string): s is ParagraphAnchor => PARAGRAPH_ANCHOR.test(s);
export const isPageSlug = (s: string): s is PageSlug => PAGE_SLUG.test(s);

function brand<T extends string>(guard: (s: string) => s is T, kind: string) {
  return (s: string): T => {
    if (!guard(s)) throw new TypeError(`not a valid ${kind}: ${JSON.stringify(s)}`);
    return s;
  };
}

/** Converters: brand a string as that id, or throw a TypeError naming the bad value. */
export const toDocId = brand(isDocId, 'document id');
export const toSectionId = brand(isSectionId, 'section id');
export const toParagraphAnchor = brand(isParagraphAnchor, 'paragraph anchor');
export const toPageSlug = brand(isPageSlug, 'page slug');

// The URL builders (libraryUrl, documentUrl, readingUrl, anchorUrl, conceptUrl, caseUrl, …) live in
// urls.ts with the deploy base; they are re-exported here so `import { readingUrl } from './ids.js'` works.
export * from './urls.js';
