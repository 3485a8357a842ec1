/**
 * Suggestions for a missing address, from the split corpus index (`/data/corpus/index.json`: the
 * root documents and the concepts, a few dozen KB, never the whole corpus). Pure: the 404 page
 * (not-found/page.ts) passes in the path and the index.
 *
 * Each path segment is compared with each document id and each concept's id, term and aliases,
 * after undoing what old or hand-typed addresses do: `%`-escapes, `.html`, upper case, `.` or `_`
 * for `-`. So `/library/handbook-jiguan-dangjian/ch3/` (a mistyped chapter) finds the handbook,
 * `/library/speeches.zhengzhi-jiguan/part-01.html` the speeches, `/concepts/两学一做/` and
 * `/concepts/liang-xue-yi-zou/` the concept 两学一做. A reading page (chapter, speech) is found in
 * a second step (`suggestReadingPages`), from the links of its document's page: the index stays a
 * few hundred bytes per document however many chapters each has.
 */

/** What the index offers as a target. */
export interface SuggestIndex {
  documents: readonly { id: string; title: string; url: string }[];
  concepts: readonly { id: string; term: string; url: string; aliases: readonly string[] }[];
}

export interface Suggestion {
  kind: 'document' | 'page' | 'concept';
  title: string;
  url: string;
  /** 1 for an exact segment, less the more edits it takes. */
  score: number;
}

/** Below this similarity a target is not worth suggesting (one edit in four characters). */
const MIN_SCORE = 0.75;
/** Most suggestions listed. */
export const MAX_SUGGESTIONS = 5;

/** `Speeches.Zhengzhi_Jiguan.html` → `speeches-zhengzhi-jiguan`; `%E4%B8%A4…` → `两…`. */
export function normaliseSegment(segment: string): string {
  let s = segment;
  try {
    s = decodeURIComponent(segment);
  } catch {
    // A malformed escape: compare the segment as it was typed.
  }
  return s
    .replace(/\.(?:s?html?|php|aspx?)$/i, '')
    .toLowerCase()
    .replace(/[._\s]+/g, '-');
}

/** The path's segments below the base (all of them when the path lies outside it), normalised. */
export function pathSegments(pathname: string, base: string): string[] {
  const below = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return below
    .split('/')
    .map(normaliseSegment)
    .filter((s) => s !== '' && s !== 'index');
}

/** Levenshtein distance (two rows; the strings are path segments and ids, tens of characters). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]!;
}

/** 1 when equal, down to 0: the share of characters that need no edit. */
function similarity(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length);
  return longest === 0 ? 0 : 1 - editDistance(a, b) / longest;
}

/** The best similarity of any segment to any of the keys. */
const bestOf = (segments: readonly string[], keys: readonly string[]): number =>
  Math.max(0, ...segments.flatMap((s) => keys.map((k) => similarity(s, normaliseSegment(k)))));

/** Pages whose address is close to the missing `pathname`, best first, at most MAX_SUGGESTIONS. */
export function suggestPages(pathname: string, base: string, index: SuggestIndex): Suggestion[] {
  const segments = pathSegments(pathname, base);
  if (segments.length === 0) return [];
  const found: Suggestion[] = [
    ...index.documents.map((d) => ({
      kind: 'document' as const,
      title: d.title,
      url: d.url,
      score: bestOf(segments, [d.id]),
    })),
    ...index.concepts.map((c) => ({
      kind: 'concept' as const,
      title: c.term,
      url: c.url,
      score: bestOf(segments, [c.id, c.term, ...c.aliases]),
    })),
  ];
  return ranked(found);
}

/** The suggestions worth listing, best first (ties by address), at most MAX_SUGGESTIONS. */
const ranked = (found: readonly Suggestion[]): Suggestion[] =>
  found
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.url.localeCompare(b.url))
    .slice(0, MAX_SUGGESTIONS);

/** A reading page as its document's page links to it (`a[data-reading-page]`). */
export interface ReadingPageLink {
  title: string;
  url: string;
}

/** The last non-empty segment of a URL path: a reading page's slug (`/library/x/ch03/` → `ch03`). */
const slugOf = (url: string): string => url.split('/').filter(Boolean).at(-1) ?? '';

/**
 * The reading pages of a suggested document whose slug is close to a segment of the missing
 * `pathname` (`…/ch3/` → its `ch03`), best first: listed before the document itself.
 */
export function suggestReadingPages(pathname: string, base: string, pages: readonly ReadingPageLink[]): Suggestion[] {
  const segments = pathSegments(pathname, base);
  return ranked(
    pages.map((p) => ({ kind: 'page' as const, title: p.title, url: p.url, score: bestOf(segments, [slugOf(p.url)]) })),
  );
}

/** Reading-page suggestions first, then the rest, without repeating an address, at most MAX_SUGGESTIONS. */
export const withReadingPages = (pages: readonly Suggestion[], found: readonly Suggestion[]): Suggestion[] =>
  [...pages, ...found.filter((f) => !pages.some((p) => p.url === f.url))].slice(0, MAX_SUGGESTIONS);
