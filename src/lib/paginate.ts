/**
 * Static pagination for listings that grow with the corpus (cited works, cases): fixed-size pages
 * at `…/page/<n>/` (URLs from `pagedUrl` in scripts/model/ids.ts), and the page numbers a pager
 * shows, so the pager too stays the same size however many pages there are.
 */

/** Cases per page of the case index (`/cases/`). */
export const CASES_PER_PAGE = 60;
/** Documents per page of the library (`/library/`). */
export const LIBRARY_PER_PAGE = 100;
/** Documents the home page names per kind (the library lists them all). */
export const HOME_DOCS_PER_KIND = 10;

/** `items` in pages of `size`; always at least one page (an empty listing is one empty page). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/**
 * The `[...page]` route parameter of page `n`, matching `pagedUrl`: undefined for page 1 (the
 * listing's own URL), `page/<n>` after it.
 */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `page/${n}`);

/**
 * The page numbers a pager shows: the first, the last and `radius` either side of `current`, with
 * `null` where numbers are left out (`pageWindow(7, 20)` → `[1, null, 5, 6, 7, 8, 9, null, 20]`).
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
