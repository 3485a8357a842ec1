/**
 * Emit stage: root documents → MDX files for the Astro content collections, one per reading page
 * (`pages/<root>/<slug>.mdx`) and one per document page (`documents/<id>.mdx`). Pure: returns
 * file contents; `scripts/io/write-output.ts` writes them.
 */
import type { Document, PartHeading } from '../model/document.js';
import { documentUrl, libraryUrl } from '../model/ids.js';
import { readingPageSchema, type ReadingPageData } from '../../src/schemas/reading-page.js';
import { documentPageSchema, FOREWORD_CHARS, type DocumentPageData } from '../../src/schemas/document-page.js';
import { FOREWORD_SLUG } from '../stages/segment/foreword.js';
import type { Link, PartHeadingData } from '../../src/schemas/toc.js';
import { frontMatter } from './frontmatter.js';
import { englishFront, hasReferencesSection, renderAbstract, renderLeafBody } from './blocks.js';
import { addStats } from '../../src/lib/stats.js';
import {
  affiliationOf,
  authorsOf,
  pageAuthorsOf,
  pageAffiliationOf,
  itemBylineOf,
  pageAuthorIndexesOf,
  authorIndexesOf,
  pageDateOf,
  dateOf,
  frontFieldsOf,
  caseStudiesOf,
  referencesOf,
  citeOf,
  readingPagesOf,
  statsOfLeaf,
  tocOf,
  type ReadingPage,
} from './page-data.js';
import { compareCodeUnits } from '../util/sort.js';
import { numberedTitle, paragraphsIn, printedText } from '../model/walk.js';

/** One file to write, path relative to the generated directory. */
export interface EmittedFile {
  path: string;
  contents: string;
}

/** Breadcrumb label of the library (the UI owns its wording; the emitter only needs a fallback). */
const LIBRARY_LABEL = '文库';

/** A part's heading as the pages show it (without its source lines). */
const partData = (part: PartHeading): PartHeadingData => ({
  numbering: part.numbering,
  title: part.title,
  ...(part.ownPage && { ownPage: true as const }),
});

/** The part (篇) each of a book's reading pages is in: the heading of the last part opened at or before it. */
function partsOf(pages: readonly ReadingPage[]): (PartHeadingData | undefined)[] {
  let current: PartHeadingData | undefined;
  return pages.map(({ leaf }) => (current = leaf.part ? partData(leaf.part) : current));
}

/** The numberings more than one of a book's pages print (`第一讲` in each 专题: chapters numbered per part). */
function repeatedNumberings(pages: readonly ReadingPage[]): Set<string> {
  const [seen, repeated] = [new Set<string>(), new Set<string>()];
  for (const { leaf } of pages) if (leaf.numbering) (seen.has(leaf.numbering) ? repeated : seen).add(leaf.numbering);
  return repeated;
}

/**
 * Front matter data of one reading page; `repeated`: another page of its book prints its numbering,
 * so a citation locates it by its part too.
 */
function readingPageData(
  page: ReadingPage,
  siblings: readonly ReadingPage[],
  part: PartHeadingData | undefined,
  repeated: boolean,
): ReadingPageData {
  const { root, leaf, order, url } = page;
  const link = (p: ReadingPage | undefined): Link | undefined => p && { label: numberedTitle(p.leaf), url: p.url };
  const isItem = leaf !== root;
  return {
    rootId: root.id,
    leafId: leaf.id,
    pageSlug: leaf.slug,
    url,
    numbering: leaf.numbering,
    title: leaf.title,
    kind: root.kind,
    rootTitle: root.title,
    rootUrl: documentUrl(root.id),
    order,
    authors: pageAuthorsOf(root, leaf),
    authorIndexes: pageAuthorIndexesOf(root, leaf),
    affiliation: pageAffiliationOf(root, leaf),
    institution: leaf.institution,
    part,
    ...(part && repeated && { partInLocator: true as const }),
    date: pageDateOf(root, leaf),
    sourceFile: root.meta.file,
    lines: leaf.provenance.lines,
    breadcrumbs: [
      { label: LIBRARY_LABEL, url: libraryUrl() },
      { label: root.title, url: documentUrl(root.id) },
      ...(isItem ? [{ label: numberedTitle(leaf), url }] : []),
    ],
    prev: link(siblings[order - 1]),
    next: link(siblings[order + 1]),
    ...(leaf.continued && { continued: true as const }),
    toc: tocOf(leaf.sections, url),
    stats: statsOfLeaf(leaf),
    cite: citeOf(root, leaf),
    front: frontFieldsOf(leaf),
  };
}

/** Front matter data of a root's document page. */
function documentPageData(root: Document, order: number, pages: readonly ReadingPage[]): DocumentPageData {
  const en = englishFront(root);
  const institutions = [...new Set(pages.map((p) => p.leaf.institution).filter((s): s is string => !!s))];
  const stats = pages.map((p) => statsOfLeaf(p.leaf));
  return {
    docId: root.id,
    title: root.title,
    kind: root.kind,
    order,
    url: documentUrl(root.id),
    authors: authorsOf(root),
    authorIndexes: authorIndexesOf(root),
    affiliation: affiliationOf(root),
    affiliationNote: root.front.affiliationNote,
    date: dateOf(root),
    language: root.meta.language,
    sourceFile: root.meta.file,
    keywords: root.front.keywords ?? [],
    titleEn: en.titleEn,
    keywordsEn: en.keywordsEn,
    hasAbstract: (root.front.abstract ?? []).length > 0,
    hasAbstractEn: en.abstractEn.length > 0,
    institutions,
    stats: addStats(stats),
    pages: pages.map((p, i) => ({
      pageSlug: p.leaf.slug,
      url: p.url,
      numbering: p.leaf.numbering,
      title: p.leaf.title,
      // Who an item is by: the manifest's institution, else its byline (a 汇编's speeches each name theirs).
      institution: p.leaf.institution ?? itemBylineOf(root, p.leaf),
      part: p.leaf.part && partData(p.leaf.part),
      ...(p.leaf.continued && { continued: true as const }),
      stats: stats[i]!,
      toc: tocOf(p.leaf.sections, p.url),
    })),
    cite: citeOf(root, root),
    front: frontFieldsOf(root),
    foreword: forewordBox(pages),
  };
}

/** A collection's editor's note as its page shows it: the paragraphs as printed, up to FOREWORD_CHARS. */
function forewordBox(pages: readonly ReadingPage[]): DocumentPageData['foreword'] {
  const page = pages.find((p) => p.leaf.slug === FOREWORD_SLUG);
  if (!page) return undefined;
  const texts = [...page.leaf.paragraphs, ...paragraphsIn(page.leaf.sections)].map(printedText);
  const paragraphs: string[] = [];
  let room = FOREWORD_CHARS;
  for (const text of texts) {
    if (room <= 0) break;
    paragraphs.push(text.length > room ? `${text.slice(0, room)}…` : text);
    room -= text.length;
  }
  const truncated = texts.reduce((n, t) => n + t.length, 0) > FOREWORD_CHARS;
  return { title: page.leaf.title, url: page.url, paragraphs, truncated };
}

/**
 * The MDX files of one root document: its reading pages and its document page.
 * @param order the root's position in manifest order
 */
export function emitDocumentPages(root: Document, order: number): EmittedFile[] {
  const files: EmittedFile[] = [];
  const pages = readingPagesOf(root);
  const refs = referencesOf(root);
  const ctx = { caseStudies: caseStudiesOf(root), refs, references: new Set(refs.map((r) => r.number)) };
  const parts = partsOf(pages);
  const repeats = repeatedNumberings(pages);
  // Citation marks link to the list of works cited on the page that holds it: its 参考文献 section's, else the last.
  const listPage = pages.find((p) => hasReferencesSection(p.leaf.sections)) ?? pages.at(-1);
  for (const [k, page] of pages.entries()) {
    const path = `pages/${root.id}/${page.leaf.slug}.mdx`;
    const fm = frontMatter(
      readingPageSchema,
      readingPageData(page, pages, parts[k], repeats.has(page.leaf.numbering)),
      path,
    );
    // Section ids repeat across a collection's items (every chapter has an `s-2`): match the page too.
    const pageCtx = {
      ...ctx,
      caseStudies: ctx.caseStudies.filter((c) => c.docId === page.leaf.id),
      ...(listPage && listPage !== page && { referencesPage: listPage.url }),
    };
    files.push({ path, contents: fm + '\n' + renderLeafBody(root, page.leaf, pageCtx) });
  }
  const path = `documents/${root.id}.mdx`;
  const fm = frontMatter(documentPageSchema, documentPageData(root, order, pages), path);
  files.push({ path, contents: fm + '\n' + renderAbstract(root, ctx) + '\n' });
  return files;
}

/**
 * Every MDX file of the site, sorted by path (deterministic output).
 * @param roots root documents in manifest order (translations attached, not roots themselves)
 */
export const emitPages = (roots: readonly Document[]): EmittedFile[] =>
  roots.flatMap(emitDocumentPages).sort((a, b) => compareCodeUnits(a.path, b.path));
