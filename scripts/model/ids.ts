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

/** A file served unprocessed from `public/`: `publicFileUrl('favicon.svg')` → `/favicon.svg`. */
export const publicFileUrl = (name: string): PageUrl => `/${name}` as PageUrl;

/**
 * Page `n` (1-based) of a paginated listing whose first page is `first`: page 1 is `first` itself,
 * later pages `…/page/<n>/` (`pagedUrl('/references/', 3)` → `/references/page/3/`).
 */
export function pagedUrl(first: PageUrl, n: number): PageUrl {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`page number must be a positive integer, got ${n}`);
  return (n === 1 ? first : `${first}page/${n}/`) as PageUrl;
}

/** `/concepts/` */
export const conceptsUrl = (): PageUrl => '/concepts/' as PageUrl;

/** `/cases/`, or page `n` of the case index: `/cases/page/2/`. */
export const casesUrl = (n = 1): PageUrl => pagedUrl('/cases/' as PageUrl, n);

/** `/references/`, or page `n` of the cited works: `/references/page/2/`. */
export const referencesUrl = (n = 1): PageUrl => pagedUrl('/references/' as PageUrl, n);

/**
 * The search page with a query and optional filters, in the order the search page writes its own
 * state (`src/client/search/url-state.ts`): `searchUrl('两学一做', { concept: 'liang-xue-yi-zuo' })`
 * → `/search/?q=%E4%B8%A4%E5%AD%A6%E4%B8%80%E5%81%9A&concept=liang-xue-yi-zuo`.
 */
export function searchUrl(q: string, filters: { concept?: string } = {}): PageUrl {
  const parts = [q.trim() && `q=${encodeURIComponent(q.trim())}`, filters.concept && `concept=${encodeURIComponent(filters.concept)}`].filter(Boolean);
  return `/search/${parts.length ? `?${parts.join('&')}` : ''}` as PageUrl;
}

/** The published corpus split per root document: `/data/corpus/index.json`. */
export const corpusIndexUrl = (): PageUrl => '/data/corpus/index.json' as PageUrl;

/**
 * One root document of the split corpus: `/data/corpus/documents/paper-dangjian-xietong.json`
 * (a folder of its own, so no document id can collide with `index.json`).
 */
export const corpusDocumentUrl = (doc: DocId): PageUrl => `/data/corpus/documents/${doc}.json` as PageUrl;

/** The whole corpus in one file (published while it is small enough: README, corpus.json). */
export const wholeCorpusUrl = (): PageUrl => '/data/corpus.json' as PageUrl;
