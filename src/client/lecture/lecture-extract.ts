/**
 * A lecture item read from a page of the site: a paragraph (`#p-…`) or a whole section (`#s-…`)
 * of a reading page, or the item a case or concept page carries as JSON
 * (`<script type="application/json" data-lecture-item>`). Works on the page in the browser and on
 * a page fetched from the site (same origin), so search results, concordance lines and the basket's
 * 原文已变更 check all read items the same way as the reading page itself.
 */
import type { LectureItem } from '../../lib/lecture/export-model';
import { citeDataFor, headingPath, headingText, spaceTranslations } from '../page-cite';
import { shaped } from '../json-shape';

/** Elements that are controls, not text (the ¶ link, its menu, the lecture buttons). */
const NOT_TEXT = '.pilcrow, .para-menu, [data-lecture-ui], button';

/** An element's text on one line (a line break in the markup is a space). */
const oneLine = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, (s) => (/\n/.test(s) ? ' ' : s)).trim();

/**
 * The text of a paragraph as a reader sees it: redactions as their original marks (`xx`), no
 * controls. A table is a line per row, its cells separated by ` | ` (the exports set each line apart).
 */
export function paragraphText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const c of copy.querySelectorAll(NOT_TEXT)) c.remove();
  for (const r of copy.querySelectorAll<HTMLElement>('.redaction')) r.replaceWith(r.dataset.original ?? '');
  spaceTranslations(copy);
  const rows = [...copy.querySelectorAll('tr')];
  if (rows.length > 0) return rows.map((r) => [...r.querySelectorAll('th, td')].map(oneLine).join(' | ')).join('\n');
  return oneLine(copy);
}

const HEADINGS = 'h2, h3, h4, h5, h6';

/** `机关党建一本通 › 第三章 … › 一、…`: the document, the page (for a collection item) and the headings above `el`. */
function whereOf(article: HTMLElement, el: Element): string {
  const root = article.querySelector('.reading-root')?.textContent?.trim();
  const h1 = article.querySelector('h1');
  const page = h1 ? headingText(h1) : '';
  return [root, page, ...headingPath(article, el)].filter(Boolean).join(' › ');
}

/**
 * Part of a section's page but not of what it says: a transcript's cue (`【PPT第2页】`, `（掌声）`),
 * and the letter parts and credits of the whole text, which the last section holds on the page
 * (a 通报's addressee, salute, signature and date, a web copy's `（责任编辑：…）`).
 */
const NOT_SECTION_TEXT = '.para--cue, .para--addressee, .para--closing, .para--signature, .para--credit';

/** A whole section: its heading and every paragraph (but `NOT_SECTION_TEXT`) and sub-heading until the next heading of its level or above. */
function sectionParagraphs(article: Element, heading: Element): string[] {
  const level = Number(heading.tagName.slice(1));
  const out: string[] = [];
  let inside = false;
  for (const el of article.querySelectorAll(`${HEADINGS}, .para`)) {
    if (el === heading) inside = true;
    else if (inside && el.matches(HEADINGS)) {
      if (Number(el.tagName.slice(1)) <= level) break;
      out.push(headingText(el));
    } else if (inside && !el.matches(NOT_SECTION_TEXT)) out.push(paragraphText(el));
  }
  return out.filter(Boolean);
}

/** The fields a case or concept page's item must have (the basket page checks everything with zod). */
const PAGE_ITEM = {
  case: {
    kind: 'string',
    title: 'string',
    paragraphs: 'string[]',
    figures: 'string[]',
    place: 'string?',
    source: 'string?',
  },
  concept: { kind: 'string', term: 'string', definition: 'string', definitionSource: 'string?' },
} as const;

/** The item a case or concept page carries as JSON, at `key`; undefined when malformed. */
function pageItem(json: string, key: string): LectureItem | undefined {
  let value: { kind: string } | undefined;
  try {
    value = shaped(JSON.parse(json), { kind: 'string' });
  } catch {
    return undefined;
  }
  const shape = value && (value.kind === 'case' || value.kind === 'concept') ? PAGE_ITEM[value.kind] : undefined;
  // `cite` (an object) rides along unchecked here, as the basket page's zod check covers it.
  return shape && shaped(value, shape) ? ({ ...value, url: key } as LectureItem) : undefined;
}

/**
 * The item at `url` (path + anchor) in `doc`, the page that URL points to; undefined when the page
 * has no such paragraph, section or item (a changed page, a wrong link).
 */
export function itemAt(doc: Document, url: string): LectureItem | undefined {
  const { hash, pathname } = new URL(url, 'http://site.invalid');
  const article = doc.querySelector<HTMLElement>('.reading-article');
  const anchor = decodeURIComponent(hash.slice(1));
  const target = anchor ? doc.getElementById(anchor) : null;
  const key = `${pathname}${hash}`;
  if (article && target && article.contains(target)) {
    if (target.matches('.para')) {
      return {
        kind: 'passage',
        url: key,
        text: paragraphText(target),
        where: whereOf(article, target),
        ...(target.dataset.quoted && { quotedFrom: target.dataset.quoted }),
        cite: citeDataFor(article, target),
      };
    }
    if (target.matches(HEADINGS)) {
      return {
        kind: 'section',
        url: key,
        title: headingText(target),
        paragraphs: sectionParagraphs(article, target),
        where: whereOf(article, target),
        cite: citeDataFor(article, target),
      };
    }
  }
  const json = doc.querySelector('script[type="application/json"][data-lecture-item]')?.textContent;
  return !anchor && json ? pageItem(json, key) : undefined;
}

/**
 * A page of this site as a Document (same origin only: the basket never asks anyone else);
 * undefined when the site no longer has that page (404). Other failures throw.
 */
export async function fetchPage(path: string): Promise<Document | undefined> {
  const url = new URL(path, location.href);
  if (url.origin !== location.origin) throw new Error(`not on this site: ${url.href}`);
  const res = await fetch(url.pathname, { credentials: 'same-origin' });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${url.pathname}`);
  return new DOMParser().parseFromString(await res.text(), 'text/html');
}
