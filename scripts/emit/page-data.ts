/**
 * Walks over the document tree for the emitters: reading pages (leaves), section TOCs, counts and
 * the bibliographic data of a page. Pure helpers, no output format here.
 */
import type { CitationData, Document, Section } from '../model/document.js';
import { anchorUrl, readingUrl, type PageUrl } from '../model/ids.js';
import { documentsIn, leavesOf, paragraphsIn, printedText, readableTitle, sectionsIn } from '../model/walk.js';
import type { Cite, Stats, TocEntry } from '../../src/schemas/toc.js';
import { DOC_KIND_INFO } from '../../src/schemas/doc-kinds.js';
import type { FrontFields } from '../../src/schemas/front-fields.js';

/** A reading page: a leaf document, its root, its siblings' order and its URL. */
export interface ReadingPage {
  root: Document;
  leaf: Document;
  /** Index among the root's leaves (reading order). */
  order: number;
  url: PageUrl;
}

/** Every reading page of a root document. */
export const readingPagesOf = (root: Document): ReadingPage[] =>
  leavesOf(root).map((leaf, order) => ({ root, leaf, order, url: readingUrl(root.id, leaf.slug) }));

/** Nested TOC of sections on the page at `page`. */
export function tocOf(sections: readonly Section[], page: PageUrl): TocEntry[] {
  return sections.map((s) => ({
    id: s.id,
    numbering: s.numbering,
    title: readableTitle(s),
    level: s.level,
    url: anchorUrl(page, s.id),
    children: tocOf(s.sections, page),
  }));
}

const nonWhitespace = (s: string): number => s.replace(/\s+/g, '').length;

/** Counts for one leaf: sections, paragraphs (incl. leading ones) and non-whitespace characters. */
export function statsOfLeaf(leaf: Document): Stats {
  const sections = sectionsIn(leaf.sections);
  const paragraphs = [...leaf.paragraphs, ...paragraphsIn(leaf.sections)];
  const characters =
    sections.reduce((n, s) => n + nonWhitespace(s.numbering + s.title), 0) +
    paragraphs.reduce((n, p) => n + nonWhitespace(printedText(p)), 0);
  return { sections: sections.length, paragraphs: paragraphs.length, characters };
}

/** Authors of a root: the manifest's, else those found in the text (a 作者 line, else its speakers). */
export const authorsOf = (root: Document): string[] =>
  root.meta.authors.length > 0
    ? root.meta.authors
    : (root.front.authors ?? root.front.speakers ?? root.front.reporters ?? []);

/**
 * The authors' indexes into a journal byline's numbered affiliations (`李某某1，王某2`), when the
 * authors a page shows are the ones printed with them (not the manifest's).
 */
export const authorIndexesOf = (root: Document): string[] | undefined =>
  root.meta.authors.length === 0 && root.front.authors !== undefined ? root.front.authorIndexes : undefined;

/** A collection item's own byline (`某某街道党工委` under its title, or its speakers), if it has one. */
function ownAuthorsOf(root: Document, leaf: Document): string[] | undefined {
  const own = leaf === root ? undefined : (leaf.front.authors ?? leaf.front.speakers);
  return own && own.length > 0 ? own : undefined;
}

/** Authors of a reading page: a collection item's own byline, else its root's. */
export const pageAuthorsOf = (root: Document, leaf: Document): string[] => ownAuthorsOf(root, leaf) ?? authorsOf(root);

/**
 * Where a reading page's authors work: a collection item's own (its byline's body, `某某区直机关工委`
 * before `张某某`) when it names its authors, else its root's.
 */
export const pageAffiliationOf = (root: Document, leaf: Document): string | undefined =>
  ownAuthorsOf(root, leaf) ? leaf.front.affiliation : affiliationOf(root);

/** Who a collection's item is by, as its byline prints it: `某某区直机关工委 张某某`, `某某街道党工委`. */
export const itemBylineOf = (root: Document, leaf: Document): string | undefined => {
  const own = ownAuthorsOf(root, leaf);
  return own && [leaf.front.affiliation, own.join('、')].filter((x) => x !== undefined).join(' ');
};

/** The indexes of a reading page's authors (`authorIndexesOf`), unless they are an item's own. */
export const pageAuthorIndexesOf = (root: Document, leaf: Document): string[] | undefined =>
  ownAuthorsOf(root, leaf) ? undefined : authorIndexesOf(root);

/**
 * Date of a reading page: a collection item's own (its 题注 or dateline), else its root's, so an
 * item of a 汇编 dated by its 题注 is cited with that date.
 */
export const pageDateOf = (root: Document, leaf: Document): string | undefined =>
  (leaf === root ? undefined : (leaf.front.date ?? leaf.front.published)) ?? dateOf(root);

/** Date of a document: the manifest's, else the one its front matter prints (题注, 发布 line …). */
export const dateOf = (d: Document): string | undefined => d.meta.date ?? d.front.date ?? d.front.published;

/** Titles compared without spaces and quotation/book-title marks, which titles print variously. */
const titleKey = (s: string): string => s.replace(/[\s《》〈〉“”"「」『』]/g, '');

/**
 * The front matter an official text prints (原题, subtitle, 题注, speakers, 发布机关, 文号, 来源), for the
 * page headers; the printed title only when it differs from the title the site lists.
 */
export function frontFieldsOf(d: Document): FrontFields {
  const f = d.front;
  const printed = f.title !== undefined && titleKey(f.title) !== titleKey(d.title) ? f.title : undefined;
  const subtitle = f.frontLines?.find((l) => l.kind === 'occasion')?.text;
  const entries = Object.entries({
    printedTitle: printed,
    subtitle,
    headnote: f.headnote,
    speakers: f.speakers,
    issuer: f.issuer,
    documentNumber: f.documentNumber,
    source: f.source,
    catalogue: f.catalogue,
    column: f.column,
  });
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as FrontFields;
}

/**
 * The newspaper a 来源 names (`人民网－人民日报` → `人民日报`): its last part that is a 报; such a
 * text is cited as a newspaper article, GB/T 7714 type N.
 */
export function newspaperOf(source: string | undefined): string | undefined {
  const parts = (source ?? '')
    .replace(/[《》]/g, '')
    .split(/[－\-—–·\/|｜]+/)
    .map((p) => p.trim());
  return parts.reverse().find((p) => /^[\u4e00-\u9fff]{1,12}报$/.test(p) && !/(?:通报|简报|公报|汇报)$/.test(p));
}

/** Citation data of a root: the manifest's, else a newspaper's (type N) when its 来源 names one. */
export function citationOf(root: Document): CitationData | undefined {
  if (root.meta.citation) return root.meta.citation;
  const paper = newspaperOf(root.front.source);
  return paper ? { type: 'N', container: paper } : undefined;
}

/** Affiliation of a document: the manifest's, else the one printed under its title. */
export const affiliationOf = (d: Document): string | undefined => d.meta.affiliation ?? d.front.affiliation;

/** Year of a root document, from its date or its citation data. */
const yearOf = (root: Document): string | undefined => dateOf(root)?.slice(0, 4) ?? root.meta.citation?.year;

/**
 * Bibliographic data for citing a page: a collection item is cited as part of its collection
 * (speeches under their institution), a paper or the root itself on its own.
 */
export function citeOf(root: Document, leaf: Document): Cite {
  const c = citationOf(root);
  const isItem = leaf !== root;
  const isWork = isItem && DOC_KIND_INFO[root.kind].itemsAreWorks && !leaf.continued;
  const institution = leaf.institution ?? leaf.meta.items?.[0]?.institution;
  const authors = isItem && leaf.institution ? [leaf.institution] : pageAuthorsOf(root, leaf);
  // An official document no author signs is cited under the bodies that issued it, with its 文号.
  const issuers = root.front.issuer?.split('、') ?? [];
  return {
    authors: authors.length > 0 ? authors : institution ? [institution] : issuers,
    title: isWork ? leaf.title : root.title,
    ...(!isWork && root.front.documentNumber && { titleInfo: root.front.documentNumber }),
    type: c?.type ?? DOC_KIND_INFO[root.kind].citationType,
    container: isWork ? root.title : c?.container,
    publisher: c?.publisher,
    place: c?.place,
    year: yearOf(root),
    volume: c?.volume,
    issue: c?.issue,
    pages: c?.pages,
    // A newspaper article is cited with its full date: `人民日报, 2016-05-03`.
    date: c?.type === 'N' ? (root.front.published ?? dateOf(root)) : undefined,
  };
}

/** Case studies recorded anywhere in a root's tree (on the root or on its items), by section id. */
export function caseStudiesOf(root: Document): Document['caseStudies'] {
  const seen = new Set<string>();
  return documentsIn(root)
    .flatMap((d) => d.caseStudies)
    .filter((c) => !seen.has(c.id) && seen.add(c.id) !== undefined);
}

/** References recorded anywhere in a root's tree, by number. */
export function referencesOf(root: Document): Document['references'] {
  const seen = new Set<number>();
  return documentsIn(root)
    .flatMap((d) => d.references)
    .filter((r) => !seen.has(r.number) && seen.add(r.number) !== undefined)
    .sort((a, b) => a.number - b.number);
}
