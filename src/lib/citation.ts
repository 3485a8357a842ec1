/**
 * GB/T 7714-2015 citations of a page or paragraph of the site (an online resource, `/OL`). Pure, so
 * the copy button and the unit tests share it.
 */
import type { CitationData } from '../../scripts/model/document';

/**
 * What a citation needs: the manifest's citation data (type, container, year …) plus authors and
 * title; `section` stands in for the page number a printed work would give.
 */
export interface CitationInput extends Omit<CitationData, 'url'> {
  authors: readonly string[];
  title: string;
  /** Chapter / section label, e.g. `第三章 一、加强领导`. */
  section?: string;
  /** Absolute URL, with the paragraph anchor. */
  url: string;
  /** Access date `YYYY-MM-DD`. */
  accessed: string;
}

/** GB/T 7714: at most three authors, then `等`. */
export function formatAuthors(authors: readonly string[]): string {
  const list = authors.slice(0, 3).join(', ');
  return authors.length > 3 ? `${list}, 等` : list;
}

/**
 * `formatCitation({ authors: ['吴晓芳'], title: 'T', type: 'J', container: '党建', year: '2020',
 * section: '1.1 理论基础', url: 'https://x/#p-1', accessed: '2026-11-24' })` →
 * `吴晓芳. T[J/OL]. 党建, 2020: 1.1 理论基础[2026-11-24]. https://x/#p-1.`
 * A collection item (type G or M with a container) is cited as an analytic: `T[G/OL]//容器.`
 */
export function formatCitation(c: CitationInput): string {
  const author = c.authors.length > 0 ? `${formatAuthors(c.authors)}. ` : '';
  const analytic = c.container !== undefined && c.type !== 'J' && c.type !== 'N';
  const head = `${author}${c.title}[${c.type}/OL]${analytic ? `//${c.container}` : ''}`;
  const publisher = c.place && c.publisher ? `${c.place}: ${c.publisher}` : (c.publisher ?? c.place);
  const journal = c.type === 'J' ? c.container : undefined;
  // Journal: `党建研究, 2020, 62(04)`; volume and issue only follow a year.
  const issue = c.issue ? `(${c.issue})` : '';
  const volume = c.volume || issue ? `${c.volume ?? ''}${issue}` : undefined;
  // A newspaper (N) gives its full date: `人民日报, 2016-05-03`.
  const newspaper = c.type === 'N' ? c.container : undefined;
  const when = c.type === 'N' && c.date ? c.date : c.year;
  const publication = [journal ?? newspaper, publisher, when, c.year ? volume : undefined].filter(Boolean).join(', ');
  const where = [publication, c.pages ?? c.section].filter(Boolean).join(': ');
  return `${head}. ${where}[${c.accessed}]. ${c.url}.`;
}
