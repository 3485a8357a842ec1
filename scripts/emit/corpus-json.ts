/**
 * Emit stage: root documents → the published `data/corpus.json`, the whole segmented corpus for
 * reuse by other tools. A collection is a parent document whose `children[]` are its items.
 * Deterministic: no timestamps; arrays keep document order.
 */
import type { Document, Mark, Paragraph, Section, Translation } from '../model/document.js';
import { anchorUrl, documentUrl, readingUrl, type PageUrl } from '../model/ids.js';
import { englishFront } from './blocks.js';
import { affiliationOf, authorsOf, citationOf, dateOf, frontFieldsOf } from './tree.js';

/** Version tag of the format described in the README. */
export const CORPUS_FORMAT = 'dangjian-wenku/corpus@1';

/** A paragraph in corpus.json. */
export interface ParagraphJson {
  id: string;
  kind: Paragraph['kind'];
  marker?: string;
  lead?: string;
  /** The article (第十条) the paragraph belongs to, and on its own paragraph its anchor (`art-10`). */
  article?: string;
  articleAnchor?: string;
  /** In a bilingual interleaved text: the English block printed after this paragraph. */
  translation?: Translation;
  /** Text after marker and lead; `marks` offsets refer to it. */
  text: string;
  lines: [number, number];
  url: string;
  marks: Mark[];
}

/** A section in corpus.json, with its paragraphs and sub-sections. */
export interface SectionJson {
  id: string;
  numbering: string;
  title: string;
  /** In a bilingual interleaved text: the English heading (`Chapter I. Membership`). */
  titleTranslation?: Translation;
  level: number;
  role: Section['role'];
  url: string;
  /** Whole section, heading to last line. */
  lines: [number, number];
  headingLines: [number, number];
  paragraphs: ParagraphJson[];
  sections: SectionJson[];
}

/** A document in corpus.json: a root, or a collection item in its parent's `children`. */
export interface DocumentJson {
  id: string;
  parentId?: string;
  title: string;
  numbering: string;
  kind: Document['kind'];
  sourceFile: string;
  /** Document page of a root; reading page of a leaf. */
  url: string;
  readingUrl?: string;
  lines: [number, number];
  metadata: Record<string, unknown>;
  removed: Document['removed'];
  paragraphs: ParagraphJson[];
  sections: SectionJson[];
  children: DocumentJson[];
  references: Document['references'];
  caseStudies: Document['caseStudies'];
}

/** The whole corpus.json. */
export interface CorpusJson {
  format: string;
  documents: DocumentJson[];
  /** Glossary concepts with every occurrence (added by emitAll when the glossary is loaded). */
  concepts?: ReturnType<typeof import('./concepts-json.js').corpusConcepts>;
}

const paragraphJson = (p: Paragraph, page: PageUrl): ParagraphJson => ({
  id: p.id,
  kind: p.kind,
  ...(p.marker !== undefined && { marker: p.marker }),
  ...(p.lead !== undefined && { lead: p.lead }),
  ...(p.article !== undefined && { article: p.article }),
  ...(p.articleAnchor !== undefined && { articleAnchor: p.articleAnchor }),
  ...(p.translation !== undefined && { translation: p.translation }),
  text: p.text,
  lines: p.provenance.lines,
  url: anchorUrl(page, p.id),
  marks: p.marks,
});

const sectionJson = (s: Section, page: PageUrl): SectionJson => ({
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
function metadataOf(root: Document, d: Document): Record<string, unknown> {
  const isRoot = d === root;
  const en = englishFront(d);
  const page = readingUrl(root.id, d.slug);
  const entries: [string, unknown][] = [
    ['authors', isRoot ? authorsOf(d) : d.institution ? [d.institution] : authorsOf(root)],
    ['affiliation', affiliationOf(d)],
    ['affiliationNote', d.front.affiliationNote],
    ['institution', d.institution],
    ['date', dateOf(d)],
    ['language', d.meta.language],
    ['citation', isRoot ? citationOf(d) : undefined],
    ...Object.entries(frontFieldsOf(d)),
    ['occasion', d.front.occasion],
    ['published', d.front.published],
    ['frontLines', d.front.frontLines?.map((l) => ({ kind: l.kind, text: l.text, lines: l.provenance.lines, ...(l.translation && { translation: l.translation }) }))],
    ['abstract', d.front.abstract?.map((p) => paragraphJson(p, page))],
    ['keywords', d.front.keywords],
    ['titleEn', en.titleEn],
    ['abstractEn', en.abstractEn.length > 0 ? en.abstractEn.map((p) => paragraphJson(p, page)) : undefined],
    ['keywordsEn', en.keywordsEn.length > 0 ? en.keywordsEn : undefined],
    ['translations', d.translations?.map((t) => ({ id: t.id, sourceFile: t.meta.file, language: t.meta.language, removed: t.removed }))],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

function documentJson(root: Document, d: Document): DocumentJson {
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
