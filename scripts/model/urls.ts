/**
 * The site's URL scheme: every URL of every page kind and data file is built here, and nowhere
 * else, so the whole site follows the deploy base (`DJ_BASE=/dangjian/` → `/dangjian/library/…`).
 * The pipeline (Node), the Astro pages (Vite SSR) and the browser scripts (Vite client bundles)
 * all import this module; `ids.ts` re-exports it beside the branded ids.
 *
 * Every builder returns a site-absolute path that starts with the base (`/` by default): a page
 * served at any depth, the 404 page included, links correctly without relative paths.
 */
import type { DocId, PageSlug, PageUrl, ParagraphAnchor, SectionId } from './ids.js';

/** A base is `/` or `/seg/…/`: ASCII path segments, a slash at both ends. */
const BASE = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/**
 * `dangjian` → `/dangjian/`, `/a/b` → `/a/b/`, `` → `/`. Throws on anything that is not a plain
 * path (a query, `..`, an origin, non-ASCII), naming DJ_BASE, so a typo stops the build.
 */
export function normaliseBase(raw: string): string {
  const trimmed = raw.trim();
  const base = `/${trimmed.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!BASE.test(base) || base.split('/').some((seg) => seg === '.' || seg === '..')) {
    throw new Error(`DJ_BASE must be a URL path such as /dangjian/, not ${JSON.stringify(raw)}`);
  }
  return base;
}

/** `import.meta.env` as Vite provides it (undefined when Node runs this file through tsx). */
type ViteMeta = ImportMeta & { env?: { BASE_URL?: string } };

/**
 * The deploy base, `/` or e.g. `/dangjian/`: the one place it is read, and a build input (the same
 * sources with another base give other URLs in `.generated/` and `dist/`).
 * In Node (pipeline, Astro config and page rendering) it is `DJ_BASE`; in the browser, where there
 * is no environment, it is Astro's `import.meta.env.BASE_URL`, which Vite bakes into the bundle
 * from the `base` that astro.config.mjs took from this same function.
 */
export function siteBase(): string {
  const env = typeof process !== 'undefined' ? process.env?.DJ_BASE : undefined;
  return normaliseBase(env ?? (import.meta as ViteMeta).env?.BASE_URL ?? '/');
}

/** A path inside the site, without its leading slash: `library/` → `/dangjian/library/`. */
export const siteUrl = (path = ''): PageUrl => `${siteBase()}${path.replace(/^\/+/, '')}` as PageUrl;

/**
 * The site-relative path of a URL that carries the base: `/dangjian/library/x/` → `library/x/`.
 * Undefined when the URL lies outside the base.
 */
export function sitePath(url: string): string | undefined {
  const base = siteBase();
  return url.startsWith(base) ? url.slice(base.length) : undefined;
}

/**
 * The inverse of documentUrl / readingUrl: the path below the library of a URL built by them,
 * `/library/speeches-x/part-01/#p-1` → `speeches-x/part-01`; undefined for any other URL.
 */
export function libraryPath(url: string): string | undefined {
  const below = sitePath(url.split(/[?#]/)[0]!)?.match(/^library\/(.+?)\/?$/);
  return below?.[1];
}

/** `/` (the home page) */
export const homeUrl = (): PageUrl => siteUrl();

/** `/library/`, or page `n` of the library: `/library/page/2/`. */
export const libraryUrl = (n = 1): PageUrl => pagedUrl(siteUrl('library/'), n);

/** `documentUrl('handbook-jiguan-dangjian')` → `/library/handbook-jiguan-dangjian/` */
export const documentUrl = (doc: DocId): PageUrl => siteUrl(`library/${doc}/`);

/** `readingUrl('handbook-jiguan-dangjian', 'ch03')` → `/library/handbook-jiguan-dangjian/ch03/` */
export const readingUrl = (root: DocId, slug: PageSlug): PageUrl => siteUrl(`library/${root}/${slug}/`);

/** A section or paragraph anchor on a reading page: `…/ch03/#p-2-1-3`. */
export const anchorUrl = (page: PageUrl, anchor: SectionId | ParagraphAnchor): PageUrl => fragmentUrl(page, anchor);

/** Any element id on a page built here: `fragmentUrl(conceptsUrl(), 'by-category')` → `/concepts/#by-category`. */
export const fragmentUrl = (page: PageUrl, id: string): PageUrl => `${page}#${id}` as PageUrl;

/** `/concepts/` */
export const conceptsUrl = (): PageUrl => siteUrl('concepts/');

/** `/concepts/liang-xue-yi-zuo/` */
export const conceptUrl = (id: string): PageUrl => siteUrl(`concepts/${id}/`);

/** `/concepts/family/si-ge-yi-shi/` */
export const conceptFamilyUrl = (id: string): PageUrl => siteUrl(`concepts/family/${id}/`);

/** `/concepts/map/` */
export const conceptMapUrl = (): PageUrl => siteUrl('concepts/map/');

/**
 * Page `n` (1-based) of a paginated listing whose first page is `first`: page 1 is `first` itself,
 * later pages `…/page/<n>/` (`pagedUrl(referencesUrl(), 3)` → `/references/page/3/`).
 */
export function pagedUrl(first: PageUrl, n: number): PageUrl {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`page number must be a positive integer, got ${n}`);
  return (n === 1 ? first : `${first}page/${n}/`) as PageUrl;
}

/** `/cases/`, or page `n` of the case index: `/cases/page/2/`. */
export const casesUrl = (n = 1): PageUrl => pagedUrl(siteUrl('cases/'), n);

/** `/cases/yunnan-dali-san-zhong-yishi/` */
export const caseUrl = (id: string): PageUrl => siteUrl(`cases/${id}/`);

/** `/references/`, or page `n` of the cited works: `/references/page/2/`. */
export const referencesUrl = (n = 1): PageUrl => pagedUrl(siteUrl('references/'), n);

/**
 * The search page, with a query string when given: `searchUrl()` → `/search/`,
 * `searchUrl('q=%E4%B8%A4…&kind=paper')` → `/search/?q=…&kind=paper` (the caller encodes).
 */
export const searchUrl = (query = ''): PageUrl => siteUrl(query ? `search/?${query}` : 'search/');

/**
 * The search page with a query and optional filters, in the order the search page writes its own
 * state (`src/client/search/url-state.ts`): `searchQueryUrl('两学一做')` →
 * `/search/?q=%E4%B8%A4%E5%AD%A6%E4%B8%80%E5%81%9A`; `searchQueryUrl('两学一做', { concept: 'liang-xue-yi-zuo' })`
 * adds `&concept=liang-xue-yi-zuo`.
 */
export function searchQueryUrl(q: string, filters: { concept?: string } = {}): PageUrl {
  const parts = [
    q.trim() && `q=${encodeURIComponent(q.trim())}`,
    filters.concept && `concept=${encodeURIComponent(filters.concept)}`,
  ];
  return searchUrl(parts.filter(Boolean).join('&'));
}

/** Directory of the passage-search index files: `/search/` (its files are `/search/index.json` …). */
export const searchIndexUrl = (): PageUrl => siteUrl('search/');

/** Directory of the Pagefind bundle: `/pagefind/` (`pagefind.js` and its index live there). */
export const pagefindUrl = (): PageUrl => siteUrl('pagefind/');

/** A published data file: `dataUrl('corpus.json')` → `/data/corpus.json`. */
export const dataUrl = (file: string): PageUrl => siteUrl(`data/${file}`);

/** `/data/corpus.json`: the whole corpus in one file (published while it is small enough: README, corpus.json). */
export const corpusJsonUrl = (): PageUrl => dataUrl('corpus.json');
/** Alias of corpusJsonUrl, the name the corpus split uses. */
export const wholeCorpusUrl = corpusJsonUrl;

/** The published corpus split per root document: `/data/corpus/index.json`. */
export const corpusIndexUrl = (): PageUrl => dataUrl('corpus/index.json');

/**
 * One root document of the split corpus: `/data/corpus/documents/paper-dangjian-xietong.json`
 * (a folder of its own, so no document id can collide with `index.json`).
 */
export const corpusDocumentUrl = (doc: DocId): PageUrl => dataUrl(`corpus/documents/${doc}.json`);

/** A file served unprocessed from `public/`: `publicFileUrl('favicon.svg')` → `/favicon.svg`. */
export const publicFileUrl = (name: string): PageUrl => siteUrl(name);

/** `/data/concept-previews.json` (definitions for the concept-link previews). */
export const conceptPreviewsUrl = (): PageUrl => dataUrl('concept-previews.json');

/** `/lecture/` (the lecture basket) */
export const lectureUrl = (): PageUrl => siteUrl('lecture/');

/** A topic pack for lecture preparation: `/lecture/topic/liang-xue-yi-zuo/` */
export const topicPackUrl = (conceptId: string): PageUrl => siteUrl(`lecture/topic/${conceptId}/`);

/** `/404.html`, the page static servers send for a missing path. */
export const notFoundUrl = (): PageUrl => siteUrl('404.html');
