/**
 * Branded ids and the URL scheme. Ids are ASCII and derived from source position and the manifest,
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
/** A site-absolute URL path ending in `/` (optionally followed by `#anchor`). */
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

/** `/library/` */
export const libraryUrl = (): PageUrl => '/library/' as PageUrl;

/** `documentUrl('handbook-jiguan-dangjian')` → `/library/handbook-jiguan-dangjian/` */
export const documentUrl = (doc: DocId): PageUrl => `/library/${doc}/` as PageUrl;

/** `readingUrl('handbook-jiguan-dangjian', 'ch03')` → `/library/handbook-jiguan-dangjian/ch03/` */
export const readingUrl = (root: DocId, slug: PageSlug): PageUrl =>
  `/library/${root}/${slug}/` as PageUrl;

/** A section or paragraph anchor on a reading page: `…/ch03/#p-2-1-3`. */
export const anchorUrl = (page: PageUrl, anchor: SectionId | ParagraphAnchor): PageUrl =>
  `${page}#${anchor}` as PageUrl;

/** `/concepts/liang-xue-yi-zuo/` */
export const conceptUrl = (id: string): PageUrl => `/concepts/${id}/` as PageUrl;

/** `/cases/yunnan-dali-san-zhong-yishi/` */
export const caseUrl = (id: string): PageUrl => `/cases/${id}/` as PageUrl;

/** `/lecture/topic/liang-xue-yi-zuo/`: the topic pack (专题) of a concept. */
export const topicUrl = (conceptId: string): PageUrl => `/lecture/topic/${conceptId}/` as PageUrl;
