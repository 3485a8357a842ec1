/**
 * Citation data of a reading page and of the paragraphs and headings on it, read from the page's
 * HTML (`data-cite` on `.reading-article`, the headings before an element). Shared by the ¶ menu
 * (copy a citation) and the lecture basket (collect a passage, here or from a fetched page), so it
 * works on any Document, not only the one the script runs in.
 */
import type { CitationInput } from '../lib/citation';
import { shaped } from './json-shape';

/** What `data-cite` holds (ReadingLayout writes it): the page's citation data plus the chapter label (`page`) of a collection item. */
const PAGE_CITE = {
  authors: 'string[]',
  title: 'string',
  type: 'string',
  container: 'string?',
  publisher: 'string?',
  place: 'string?',
  year: 'string?',
  volume: 'string?',
  issue: 'string?',
  pages: 'string?',
  page: 'string',
} as const;

/** Citation data without URL and access date, the locator in `section`. */
export type CiteData = Omit<CitationInput, 'url' | 'accessed'>;

/** Today as YYYY-MM-DD in local time (the reader's access date). */
export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * In a copy of a bilingual text's heading or paragraph, a space before each English translation
 * printed after the Chinese (`第一章 党员 Chapter I. Membership`), which the page sets apart by
 * its layout alone.
 */
export function spaceTranslations(copy: Element): void {
  for (const t of copy.querySelectorAll('.translation')) t.before(' ');
}

/** A heading's text as printed, with a space after numbering that has no pause mark of its own (`1.1 目标`). */
export function headingText(heading: Element): string {
  // Without its footnote marks (`基本情况①`), as the table of contents names it.
  const copy = heading.cloneNode(true) as Element;
  for (const mark of copy.querySelectorAll('.note-ref')) mark.remove();
  spaceTranslations(copy);
  const text = copy.textContent ?? '';
  const numbering = heading.querySelector('.numbering');
  const open = numbering && !numbering.classList.contains('numbering--closed') ? numbering.textContent : '';
  return (open ? text.replace(open, `${open} `) : text).trim();
}

/** The section headings (h2–h6) of an article, in document order. */
const headingsOf = (article: Element): Element[] => [...article.querySelectorAll('h2, h3, h4, h5, h6')];
const levelOf = (h: Element): number => Number(h.tagName.slice(1));
const isBefore = (a: Element, b: Element): boolean =>
  !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The heading an element sits under (the last heading before it in document order). */
export function headingBefore(article: Element, el: Element): string {
  const heading = headingsOf(article)
    .filter((h) => h !== el && isBefore(h, el))
    .pop();
  return heading ? headingText(heading) : '';
}

/**
 * Which of the headings before an item it sits under, outermost first, by their levels
 * (`levels[i]`, h2 = 2 …): each heading closes those before it of its level and below, and an item
 * that is a heading itself (of level `own`) those of its level and below too, so a section is never
 * placed under the sibling before it. `enclosingHeadings([2, 3, 3, 2, 3])` → `[3, 4]`;
 * `enclosingHeadings([2, 3, 3], 3)` → `[0]`.
 */
export function enclosingHeadings(levels: readonly number[], own = Infinity): number[] {
  const path: number[] = [];
  const closeFrom = (level: number) => {
    while (path.length > 0 && levels[path.at(-1)!]! >= level) path.pop();
  };
  levels.forEach((level, i) => {
    closeFrom(level);
    path.push(i);
  });
  closeFrom(own);
  return path;
}

/** The chain of headings an element sits under, outermost first (`第一节 …`, `一、…`). */
export function headingPath(article: Element, el: Element): string[] {
  const before: Element[] = [];
  for (const h of headingsOf(article)) {
    if (h === el || !isBefore(h, el)) break;
    before.push(h);
  }
  const own = el.matches('h2, h3, h4, h5, h6') ? levelOf(el) : Infinity;
  return enclosingHeadings(before.map(levelOf), own).map((i) => headingText(before[i]!));
}

/** The page's citation data (`data-cite`), and the chapter label of a collection item. */
export function pageCite(article: HTMLElement): { cite: Omit<CiteData, 'section'>; page: string } {
  const data = shaped(JSON.parse(article.dataset.cite ?? '{}'), PAGE_CITE);
  if (!data) throw new Error('data-cite of .reading-article is not the page citation ReadingLayout writes');
  const { page, type, ...rest } = data;
  return { cite: { ...rest, type: type as CiteData['type'] }, page };
}

/** Citation data of an element of the article: the page's data, located by chapter and heading. */
export function citeDataFor(article: HTMLElement, el: Element): CiteData {
  const { cite, page } = pageCite(article);
  // An article of a regulation is cited by its number (党章第十条), not by its chapter heading.
  const articleNo = el instanceof HTMLElement ? el.dataset.article : undefined;
  const locator = el.matches('h2, h3, h4, h5, h6') ? headingText(el) : (articleNo ?? headingBefore(article, el));
  const section = [page, locator].filter(Boolean).join(' ');
  return { ...cite, section: section || undefined };
}
