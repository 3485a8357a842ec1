/**
 * The one GB/T 7714-2015 formatter: the ¶ menu's 复制引用, the lecture basket and every lecture
 * export (Word, slides, Markdown) cite through it. Driven by the citation data (type code,
 * container, publication data), never by the site's document kind, so a new kind with its own type
 * code (a regulation cited as [Z], a report as [R]) needs no change here. Pure, so the copy button,
 * the exporters and the unit tests share it.
 */
import type { CitationData } from '../../scripts/model/document';

/**
 * What a citation needs: the manifest's citation data (type, container, year …) plus authors and
 * title; `section` stands in for the page number a printed work would give.
 */
export interface CitationInput extends Omit<CitationData, 'url'> {
  /** Personal or corporate authors (an institution for a speech); may be empty. */
  authors: readonly string[];
  title: string;
  /** Other title information (其他题名信息), after the title and a colon: an official document's 文号. */
  titleInfo?: string;
  /** Authors or editors of the container, for an analytic (`…[M]//许厚泽, 赵其国. 长江流域….`). */
  containerAuthors?: readonly string[];
  /** Full date of publication (`2000-11-20`): a newspaper's issue, an online item's update date. */
  date?: string;
  /** Chapter / section / article label, e.g. `第三章 一、加强领导`, `第十条`. */
  section?: string;
  /** Absolute URL, with the paragraph anchor. Present: the online copy is cited (`[M/OL]`). */
  url?: string;
  /** Access date `YYYY-MM-DD` (引用日期), printed for online copies. */
  accessed?: string;
}

/** GB/T 7714: at most three authors, then `等`. */
export function formatAuthors(authors: readonly string[]): string {
  const list = authors.slice(0, 3).join(', ');
  return authors.length > 3 ? `${list}, 等` : list;
}

/** Types whose items appear in a serial (journal, newspaper): the container is the serial's title. */
const SERIAL = new Set(['J', 'N']);

/** The type marker: `[J]`, `[M/OL]` for an online copy, `[EB/OL]` (electronic resources are always online). */
function typeMarker(type: string, online: boolean): string {
  if (type.includes('/')) return `[${type}]`;
  return online || type === 'EB' ? `[${type}/OL]` : `[${type}]`;
}

/** Joins non-empty parts. */
const join = (parts: readonly (string | undefined)[], sep: string): string => parts.filter(Boolean).join(sep);

/** A field as the citation prints it: trimmed, and without the full stop the manifest may end it with. */
const clean = (s: string | undefined): string | undefined => s?.trim().replace(/[.。]+$/, '') || undefined;

/**
 * `formatCitation({ authors: ['吴晓芳'], title: 'T', type: 'J', container: '党建', year: '2020',
 * section: '1.1 理论基础', url: 'https://x/#p-1', accessed: '2026-11-24' })` →
 * `吴晓芳. T[J/OL]. 党建, 2020: 1.1 理论基础[2026-11-24]. https://x/#p-1.`
 *
 * - serial (J, N): `刊名, 年, 卷(期): 页码`; a newspaper gives its date and page: `报名, 2000-11-20(15)`;
 * - an item of a monograph or collection (any other type with a container) is an analytic:
 *   `题名[M]//主要责任者. 专著题名. 出版地: 出版者, 出版年: 页码`;
 * - online (a URL): `…[引用日期]. URL.`, with the update date `(2001-12-19)` before it when known;
 * - other title information after the title and a colon: `关于…的通知: 市直机党〔2024〕5号[Z]`.
 */
export function formatCitation(c: CitationInput): string {
  const online = Boolean(c.url);
  const type = c.type.trim() || 'Z';
  const author = c.authors.length > 0 ? `${formatAuthors(c.authors)}. ` : '';
  const container = clean(c.container);
  const analytic = container !== undefined && !SERIAL.has(type);
  const containerHead = analytic
    ? `//${join([c.containerAuthors?.length ? formatAuthors(c.containerAuthors) : undefined, container], '. ')}`
    : '';
  const title = join([clean(c.title), clean(c.titleInfo)], ': ');
  const head = `${author}${title}${typeMarker(type, online)}${containerHead}`;

  const publisher = join([clean(c.place), clean(c.publisher)], ': ');
  const locator = clean(c.pages) ?? clean(c.section);
  let publication: string;
  if (type === 'N') {
    // Newspaper: `中国青年报, 2000-11-20(15)`: the page (版次) in brackets after the date.
    const date = c.date ?? c.year;
    const page = date && c.pages ? `(${c.pages})` : '';
    publication = join(
      [join([container, date ? `${date}${page}` : undefined], ', '), page ? undefined : locator],
      ': ',
    );
  } else {
    // Journal: `党建研究, 2020, 62(04)`; volume and issue only follow a year.
    const issue = c.issue ? `(${c.issue})` : '';
    const volume = c.year && (c.volume || issue) ? `${c.volume ?? ''}${issue}` : undefined;
    const serial = type === 'J' ? container : undefined;
    publication = join([join([serial, publisher, c.year, volume], ', '), locator], ': ');
  }
  // An online item's update date goes in brackets before the access date: `(2001-12-19)[2002-04-15]`.
  const updated = online && type !== 'N' && c.date ? `(${c.date})` : '';
  const accessed = online && c.accessed ? `[${c.accessed}]` : '';
  const tail = `${publication}${updated}${accessed}`;
  return `${head}.${tail ? ` ${tail}.` : ''}${online ? ` ${c.url}.` : ''}`;
}
