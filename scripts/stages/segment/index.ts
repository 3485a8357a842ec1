/**
 * Segment stage: normalised lines → a Document tree. Lines become blocks (wrapped PDF lines
 * rejoined), the front matter is read, a 目录 or `第X章` headings split a collection into child
 * documents, and each reading page's blocks become nested sections with paragraphs.
 */
import type { Block } from './block.js';
import type { Document, FrontMatter, NormalizedSource, Paragraph, Removal, Section } from '../../model/document.js';
import { toDocId, toPageSlug, type SectionId } from '../../model/ids.js';
import { paragraphsIn, sectionsIn } from '../../model/walk.js';
import { DOC_KIND_INFO } from '../../../src/schemas/doc-kinds.js';
import { removalsByLine } from '../normalize.js';
import { assignIds } from './assign-ids.js';
import { markArticles } from './articles.js';
import { isInterleaved, pairTranslations, placeTranslations } from './bilingual.js';
import { buildTree } from './build-tree.js';
import {
  extractCaseStudies,
  extractProblemCases,
  extractProblemSections,
  markLabelTitles,
  splitCaseLabels,
} from './case-studies.js';
import { splitCollection, type ChildSpec } from './collection-split.js';
import { markPartTitles } from './parts.js';
import { classifyBlock } from './classify.js';
import { readFrontMatter, readLinesUnderTitle } from './front-matter.js';
import { openLoneHeading } from './lone-heading.js';
import { markBulletHeadings } from './bullet-headings.js';
import { markDateHeadings } from './date-headings.js';
import { markFieldRuns } from './field-runs.js';
import { forewordOf } from './foreword.js';
import { extendReferenceSpans, takeReferences } from './references.js';
import { linkMarkdownNotes } from './markdown-notes.js';
import { cutIntoPages } from './long-pages.js';
import { newsReporters } from './news-byline.js';
import { chineseNumeral } from './numbering.js';
import { toBlocks } from './rejoin-lines.js';
import { labelCandidate, splitListLabels } from './labelled-lists.js';
import { markLetterParts } from './letter-parts.js';
import { markSetApartLines, moveSlideCuesDown } from './set-apart.js';
import { takeEndAffiliation } from './end-affiliation.js';
import {
  dropLoneLeads,
  leadOnlyItems,
  markBoldLeads,
  markAnswerOptions,
  markParallelLeads,
  markQaLabels,
  nestSubLists,
} from './run-ins.js';

/** Inclusive line range covered by some blocks (and title lines), or `fallback` if none. */
function spanOf(blocks: Block[], fallback: [number, number]): [number, number] {
  if (blocks.length === 0) return fallback;
  return [Math.min(...blocks.map((b) => b.lines[0])), Math.max(...blocks.map((b) => b.lines[1]))];
}

/** Every paragraph list of a page, with the section that holds it: its own (none), then each section's, depth first. */
const listsWithSections = (
  own: Paragraph[],
  sections: Section[],
): { paragraphs: Paragraph[]; section?: SectionId }[] => [
  { paragraphs: own },
  ...sectionsIn(sections).map((s) => ({ paragraphs: s.paragraphs, section: s.id })),
];

/** Every paragraph list of a page: its own, then each section's, depth first. */
const paragraphLists = (own: Paragraph[], sections: Section[]): Paragraph[][] =>
  listsWithSections(own, sections).map((l) => l.paragraphs);

/**
 * The body of one reading page: its blocks → sections, paragraphs, references and case studies.
 * `whole`: the page is a whole text's (not a collection's own text before its items, whose lone
 * heading names its foreword, nor an item's), so a lone line over it is no heading (lone-heading.ts).
 */
function readBody(blocks: Block[], src: NormalizedSource, docId: string, caseIds: Set<string>, whole = false) {
  if (!isInterleaved(blocks)) return readStructure(blocks, src, docId, caseIds, whole);
  // A bilingual interleaved text: the Chinese blocks give the structure, each English block is
  // stored on the Chinese paragraph or heading before it. Should one find no place (its Chinese
  // block became a reference, say), the page is read with the English blocks in it: never lost.
  const paired = pairTranslations(blocks);
  const ids = new Set(caseIds);
  const body = readStructure(paired.blocks, src, docId, ids, whole);
  if (placeTranslations(paired.translations, body.paragraphs, body.sections) < paired.translations.size)
    return readStructure(blocks, src, docId, caseIds, whole);
  for (const id of ids) caseIds.add(id);
  return body;
}

/** A source's bold line openings by line (NormalizedSource `boldLeads`), made once for all its pages. */
const boldLeadMaps = new WeakMap<NormalizedSource, ReadonlyMap<number, string>>();
function boldLeadsOf(src: NormalizedSource): ReadonlyMap<number, string> {
  let map = boldLeadMaps.get(src);
  if (!map) boldLeadMaps.set(src, (map = new Map((src.boldLeads ?? []).map((b) => [b.line, b.text]))));
  return map;
}

/** Sections, paragraphs, references and case studies of one reading page's blocks (`whole`: see `readBody`). */
function readStructure(blocks: Block[], src: NormalizedSource, docId: string, caseIds: Set<string>, whole: boolean) {
  const file = src.meta.file;
  const classified = splitListLabels(splitCaseLabels(blocks)).map(({ block, label }) =>
    label ? labelCandidate(block) : classifyBlock(block, src.format),
  );
  markLabelTitles(classified);
  markPartTitles(classified);
  markBulletHeadings(classified);
  markDateHeadings(classified);
  markFieldRuns(classified);
  const { candidates, references } = takeReferences(classified, file);
  const tree = buildTree(candidates, file);
  if (whole) openLoneHeading(tree, src.format);
  extendReferenceSpans(tree.sections, references);
  const lists = paragraphLists(tree.paragraphs, tree.sections);
  const boldLeads = boldLeadsOf(src);
  for (const list of lists) {
    markBoldLeads(list, boldLeads);
    dropLoneLeads(list);
    markParallelLeads(list);
    if (src.format === 'txt') nestSubLists(list);
    leadOnlyItems(list);
    markAnswerOptions(list);
  }
  markQaLabels(lists);
  markArticles(lists);
  markLetterParts(tree.paragraphs, tree.sections);
  markSetApartLines(lists);
  moveSlideCuesDown(tree.paragraphs, tree.sections);
  assignIds(tree.paragraphs, tree.sections);
  const caseStudies = [
    ...extractCaseStudies(tree.sections, toDocId(docId), caseIds),
    ...extractProblemCases(listsWithSections(tree.paragraphs, tree.sections), toDocId(docId), caseIds),
    ...extractProblemSections(tree.sections, toDocId(docId), caseIds),
  ];
  return { paragraphs: tree.paragraphs, sections: tree.sections, references, caseStudies, removed: tree.removed };
}

/** Build one child document (a chapter, the preface or a collection item). */
function buildChild(spec: ChildSpec, src: NormalizedSource, removed: Removal[], caseIds: Set<string>): Document {
  const file = src.meta.file;
  const id = `${src.meta.id}-${spec.slug}`;
  const front: FrontMatter = { title: spec.printedTitle, provenance: [{ file, lines: [...spec.titleBlock.lines] }] };
  if (spec.printedNumbering) front.numbering = spec.printedNumbering;
  // An item that is a work of its own (a speech or a text of a 汇编) has its own bylines and 题注
  // under its title (`某某街道党工委`, `（2024年6月18日）`), read as a whole source's are: into its
  // front matter, never a heading over its text. A book's chapter has none.
  const under = DOC_KIND_INFO[src.meta.kind].itemsAreWorks
    ? readLinesUnderTitle(
        [spec.titleBlock, ...spec.blocks],
        1,
        front,
        file,
        { authors: spec.institution ? [spec.institution] : spec.byline ? [spec.byline] : [] },
        src.format,
      )
    : { removed: [], rest: spec.blocks };
  removed.push(...under.removed);
  const body = readBody(under.rest, src, id, caseIds);
  removed.push(...body.removed);
  const doc: Document = {
    id: toDocId(id),
    parentId: src.meta.id,
    slug: toPageSlug(spec.slug),
    title: spec.title,
    numbering: spec.numbering,
    kind: src.meta.kind,
    meta: src.meta,
    front,
    paragraphs: body.paragraphs,
    sections: body.sections,
    children: [],
    references: body.references,
    caseStudies: body.caseStudies,
    removed: [],
    provenance: { file, lines: spanOf([spec.titleBlock, ...spec.blocks], spec.titleBlock.lines) },
  };
  if (spec.institution) doc.institution = spec.institution;
  if (spec.part) {
    const { numbering, title, block, ownPage } = spec.part;
    doc.part = { numbering, title, provenance: { file, lines: [...block.lines] }, ...(ownPage && { ownPage }) };
    doc.provenance.lines[0] = Math.min(doc.provenance.lines[0], block.lines[0]);
  }
  return doc;
}

/**
 * The pages of a text too long for one (long-pages.ts `cutIntoPages`), taken out of `body`:
 * `text` (the whole text's URL while it was one page), `text-2` …, titled as a serial's
 * instalments are (`在全市党建工作会议上的讲话（二）`). Its anchors stay those of the text read
 * whole; its case studies go with the page holding them, its references with its 参考文献 section or
 * its last page. None for a text that fits a page.
 */
function continuedPages(body: ReturnType<typeof readBody>, src: NormalizedSource): Document[] {
  const cut = cutIntoPages(body);
  if (!cut) return [];
  const { file, id: rootId } = src.meta;
  const listPage = cut.findIndex((p) => sectionsIn(p.sections).some((s) => s.role === 'references'));
  const pages = cut.map((page, k): Document => {
    const slug = k === 0 ? 'text' : `text-${k + 1}`;
    const id = toDocId(`${rootId}-${slug}`);
    const sections = sectionsIn(page.sections);
    const sectionIds = new Set<string>(sections.map((s) => s.id));
    const paragraphs = [...page.paragraphs, ...paragraphsIn(page.sections)];
    const paragraphIds = new Set<string>(paragraphs.map((p) => p.id));
    // A page's lines: from its first paragraph or heading to its last (a loop: a page may hold thousands).
    const lines: [number, number] = [Infinity, 0];
    for (const { provenance } of [...paragraphs, ...sections]) {
      lines[0] = Math.min(lines[0], provenance.lines[0]);
      lines[1] = Math.max(lines[1], provenance.lines[1]);
    }
    return {
      id,
      parentId: rootId,
      slug: toPageSlug(slug),
      title: `${src.meta.title}（${k < 99 ? chineseNumeral(k + 1) : k + 1}）`,
      numbering: '',
      kind: src.meta.kind,
      meta: src.meta,
      front: { provenance: [] },
      paragraphs: page.paragraphs,
      sections: page.sections,
      children: [],
      references: k === (listPage >= 0 ? listPage : cut.length - 1) ? body.references : [],
      caseStudies: body.caseStudies
        .filter((c) => (c.sectionId ? sectionIds.has(c.sectionId) : paragraphIds.has(c.paragraphId ?? '')))
        .map((c) => ({ ...c, docId: id })),
      removed: [],
      provenance: { file, lines },
      continued: true,
    };
  });
  body.paragraphs = [];
  body.sections = [];
  body.references = [];
  body.caseStudies = [];
  return pages;
}

/**
 * Segment one normalised source into a root document: a paper is a leaf (`slug` `text`), a
 * collection a root (`slug` `index`, no reading page) whose children are its items.
 * @example segmentSource(handbook).children.map((c) => c.slug) → ['preface', 'ch01', …, 'ch10']
 */
export function segmentSource(src: NormalizedSource): Document {
  const file = src.meta.file;
  const blocks = toBlocks(src);
  const {
    front,
    removed: frontRemoved,
    rest,
  } = readFrontMatter(blocks, file, src.format, {
    title: src.meta.title,
    authors: src.meta.authors,
    written: src.meta.kind === 'paper' || src.meta.kind === 'handbook',
  });
  const removed: Removal[] = [...src.removed, ...frontRemoved];
  const caseIds = new Set<string>();
  const read = splitCollection(rest, src, front, removed);
  const split = 'specs' in read ? read : undefined;
  const children = split ? split.specs.map((s) => buildChild(s, src, removed, caseIds)) : [];
  const body = readBody('specs' in read ? read.own : read.text, src, src.meta.id, caseIds, !split);
  removed.push(...body.removed);
  if (!split) removed.push(...takeEndAffiliation(paragraphLists(body.paragraphs, body.sections).at(-1)!, front, file));
  // A news item's reporters, named in its dateline (`本报讯（记者　王某某）…`), when nothing else names its authors.
  if (!split && src.meta.authors.length === 0 && !front.authors) {
    const opening = body.paragraphs[0] ?? sectionsIn(body.sections).find((s) => s.paragraphs.length > 0)?.paragraphs[0];
    const reporters = opening && newsReporters(opening.text);
    if (reporters) front.reporters = reporters;
  }
  const first = children[0];
  const foreword = first && forewordOf(body, src);
  if (foreword) {
    // An editor's note speaks for the whole collection: a page of its own, first.
    children.unshift(foreword);
    body.paragraphs = [];
    body.sections = [];
  } else if (first && body.sections.length === 0 && body.paragraphs.length > 0) {
    // A collection root has no reading page: its own text before the first item (a date line, an
    // account name, a note) is read at the top of the first item's page rather than lost from view.
    first.paragraphs.unshift(...body.paragraphs.splice(0));
    assignIds(first.paragraphs, first.sections);
    first.provenance.lines = [
      Math.min(first.provenance.lines[0], ...first.paragraphs.map((p) => p.provenance.lines[0])),
      first.provenance.lines[1],
    ];
  }
  // A text too long for one page and not split: its pages continue one another.
  if (!split) children.push(...continuedPages(body, src));
  const doc: Document = {
    id: src.meta.id,
    slug: toPageSlug(children.length > 0 ? 'index' : 'text'),
    title: src.meta.title,
    numbering: '',
    kind: src.meta.kind,
    meta: src.meta,
    front,
    paragraphs: body.paragraphs,
    sections: body.sections,
    children,
    references: body.references,
    caseStudies: body.caseStudies,
    removed: [],
    provenance: { file, lines: [1, Math.max(1, src.lines.length)] },
  };
  if (src.format === 'md') removed.push(...linkMarkdownNotes(doc, src.lines));
  doc.removed = removalsByLine(removed);
  return doc;
}
