/**
 * Lecture items built at build time from the knowledge data (case pages, concept pages, topic
 * packs), with the citation data of the reading page they come from. Pure: the pages pass in the
 * case or concept and the front matter of the reading pages.
 */
import type { CaseEntry, ConceptJson } from '../../schemas/knowledge';
import type { ReadingPageData } from '../../schemas/reading-page';
import type { CaseItem, ConceptItem } from './export-model';
import { withNumbering } from '../numbering';
import { partLabel } from '../parts';

export type PageData = Pick<
  ReadingPageData,
  'numbering' | 'title' | 'rootTitle' | 'cite' | 'continued' | 'part' | 'partInLocator'
>;

/**
 * The chapter label a citation of this page carries before its section: a collection item's own
 * `第三章 …` when the cited work is the collection (a speech cited under its own title has none, as
 * has a page a long text was cut into: `…讲话（二）` is no part the text prints).
 */
export function pageLocator(page: PageData): string {
  // A book numbering its chapters per part names the part first: `专题二 严守政治纪律 第一讲 …`.
  const part = page.partInLocator && page.part ? `${partLabel(page.part)} ` : '';
  const heading = part + withNumbering(page.numbering, page.title);
  return !page.continued && page.title !== page.rootTitle && page.cite.title !== page.title ? heading : '';
}

/** Citation data of a passage on `page`, located by chapter and `where` (the heading path). */
export function citeOn(page: PageData | undefined, where = ''): ConceptItem['cite'] {
  if (!page) return undefined;
  const section = [pageLocator(page), where.split(' › ').pop() ?? ''].filter(Boolean).join(' ');
  return { ...page.cite, ...(section ? { section } : {}) };
}

/** A case study as a lecture item: its text, key figures and 资料来源, cited as part of its chapter. */
export function caseItem(c: CaseEntry, page: PageData | undefined): CaseItem {
  const text = (p: CaseEntry['paragraphs'][number]) => `${p.marker ?? ''}${p.lead ?? ''}${p.text}`;
  return {
    kind: 'case',
    url: c.url,
    title: c.title,
    place: c.place,
    paragraphs: c.paragraphs.map(text),
    figures: c.figures.map((f) => `${f.value}${f.noun}`),
    source: c.source,
    cite: citeOn(page),
  };
}

/** A concept card as a lecture item: the term, its definition and, when it has one, the passage it is quoted from. */
export function conceptItem(c: ConceptJson, sourcePage: PageData | undefined): ConceptItem {
  const source = c.definitionSource;
  return {
    kind: 'concept',
    url: c.url,
    term: c.term,
    definition: c.definition,
    ...(source ? { definitionSource: [source.docTitle, source.where].filter(Boolean).join(' › ') } : {}),
    ...(source && sourcePage ? { cite: citeOn(sourcePage, source.where) } : {}),
  };
}
