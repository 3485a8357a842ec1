/**
 * Emit stage: root documents → the published `data/corpus.json`, the whole segmented corpus for
 * reuse by other tools. A collection is a parent document whose `children[]` are its items.
 * Deterministic: no timestamps; arrays keep document order.
 */
import type { Document, Paragraph, Section } from '../model/document.js';
import {
  CORPUS_FORMAT,
  type CorpusDocument,
  type CorpusJson,
  type CorpusMetadata,
  type CorpusParagraph,
  type CorpusSection,
} from '../../src/schemas/corpus.js';
import { anchorUrl, documentUrl, readingUrl, type PageUrl } from '../model/ids.js';
import { englishFront } from './blocks.js';
import { affiliationOf, authorIndexesOf, authorsOf, citationOf, dateOf, frontFieldsOf } from './page-data.js';

export { CORPUS_FORMAT };
export type {
  CorpusJson,
  CorpusDocument as DocumentJson,
  CorpusParagraph as ParagraphJson,
  CorpusSection as SectionJson,
};

const paragraphJson = (p: Paragraph, page: PageUrl): CorpusParagraph => ({
  id: p.id,
  kind: p.kind,
  ...(p.marker !== undefined && { marker: p.marker }),
  ...(p.lead !== undefined && { lead: p.lead }),
  ...(p.article !== undefined && { article: p.article }),
  ...(p.articleAnchor !== undefined && { articleAnchor: p.articleAnchor }),
  ...(p.translation !== undefined && { translation: p.translation }),
  ...(p.noHeaderRow && { noHeaderRow: true as const }),
  ...(p.merged && { merged: p.merged }),
  ...(p.role && { role: p.role }),
  ...(p.quotedFrom !== undefined && { quotedFrom: p.quotedFrom }),
  text: p.text,
  lines: p.provenance.lines,
  url: anchorUrl(page, p.id),
  marks: p.marks,
});

const sectionJson = (s: Section, page: PageUrl): CorpusSection => ({
  id: s.id,
  numbering: s.numbering,
  title: s.title,
  ...(s.titleTranslation !== undefined && { titleTranslation: s.titleTranslation }),
  level: s.level,
  role: s.role,
  url: anchorUrl(page, s.id),
  lines: s.span,
  headingLines: s.provenance.lines,
  paragraphs: s.paragraphs.map((p) => paragraphJson(p, page)),
  sections: s.sections.map((c) => sectionJson(c, page)),
});

/** Metadata fields of a document, undefined ones left out. */
function metadataOf(root: Document, d: Document): CorpusMetadata {
  const isRoot = d === root;
  const en = englishFront(d);
  const page = readingUrl(root.id, d.slug);
  // Every field is named here (Required<…>), in the order of the file; undefined ones are then dropped.
  const front = frontFieldsOf(d);
  const all: { [K in keyof Required<CorpusMetadata>]: CorpusMetadata[K] } = {
    authors: isRoot ? authorsOf(d) : d.institution ? [d.institution] : authorsOf(root),
    authorIndexes: isRoot ? authorIndexesOf(d) : undefined,
    affiliation: affiliationOf(d),
    affiliationNote: d.front.affiliationNote,
    institution: d.institution,
    part: d.part && { numbering: d.part.numbering, title: d.part.title, lines: d.part.provenance.lines },
    date: dateOf(d),
    language: d.meta.language,
    citation: isRoot ? citationOf(d) : undefined,
    printedTitle: front.printedTitle,
    subtitle: front.subtitle,
    headnote: front.headnote,
    speakers: front.speakers,
    issuer: front.issuer,
    documentNumber: front.documentNumber,
    source: front.source,
    catalogue: front.catalogue,
    column: front.column,
    occasion: d.front.occasion,
    published: d.front.published,
    frontLines: d.front.frontLines?.map((l) => ({
      kind: l.kind,
      text: l.text,
      lines: l.provenance.lines,
      ...(l.translation && { translation: l.translation }),
    })),
    abstract: d.front.abstract?.map((p) => paragraphJson(p, page)),
    keywords: d.front.keywords,
    titleEn: en.titleEn,
    abstractEn: en.abstractEn.length > 0 ? en.abstractEn.map((p) => paragraphJson(p, page)) : undefined,
    keywordsEn: en.keywordsEn.length > 0 ? en.keywordsEn : undefined,
    translations: d.translations?.map((t) => ({
      id: t.id,
      sourceFile: t.meta.file,
      language: t.meta.language,
      removed: t.removed,
    })),
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}

function documentJson(root: Document, d: Document): CorpusDocument {
  const isLeaf = d.children.length === 0;
  const page = readingUrl(root.id, d.slug);
  return {
    id: d.id,
    ...(d.parentId !== undefined && { parentId: d.parentId }),
    title: d.title,
    numbering: d.numbering,
    kind: d.kind,
    sourceFile: d.meta.file,
    url: d === root ? documentUrl(root.id) : isLeaf ? page : documentUrl(d.id),
    ...(isLeaf && { readingUrl: page }),
    lines: d.provenance.lines,
    metadata: metadataOf(root, d),
    removed: d.removed,
    paragraphs: d.paragraphs.map((p) => paragraphJson(p, page)),
    sections: d.sections.map((s) => sectionJson(s, page)),
    children: d.children.map((c) => documentJson(root, c)),
    references: d.references,
    caseStudies: d.caseStudies,
  };
}

/** The published corpus: root documents in manifest order, each with its item tree. */
export function buildCorpusJson(roots: readonly Document[]): CorpusJson {
  return { format: CORPUS_FORMAT, documents: roots.map((r) => documentJson(r, r)) };
}

/** Serialised corpus.json (stable key order as built above, trailing newline). */
export const serializeCorpusJson = (corpus: CorpusJson): string => JSON.stringify(corpus, null, 1) + '\n';
