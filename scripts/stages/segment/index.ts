/**
 * Segment stage: normalised lines → a Document tree. Lines become blocks (wrapped PDF lines
 * rejoined), the front matter is read, a 目录 or `第X章` headings split a collection into child
 * documents, and each reading page's blocks become nested sections with paragraphs.
 */
import type { Block } from './block.js';
import type { Document, FrontMatter, NormalizedSource, Paragraph, Removal, Section } from '../../model/document.js';
import { toDocId, toPageSlug } from '../../model/ids.js';
import { DOC_KIND_INFO } from '../../../src/schemas/doc-kinds.js';
import { removalsByLine } from '../normalize.js';
import { assignIds } from './assign-ids.js';
import { markArticles } from './articles.js';
import { isInterleaved, pairTranslations, placeTranslations } from './bilingual.js';
import { buildTree } from './build-tree.js';
import { extractCaseStudies, markLabelTitles, splitCaseLabels } from './case-studies.js';
import { splitByChapters, type PartLine } from './chapters.js';
import { splitLongText } from './long-pages.js';
import { markPartTitles, titleLike } from './parts.js';
import { classifyBlock } from './classify.js';
import { readFrontMatter, readLinesUnderTitle } from './front-matter.js';
import { markBulletHeadings } from './bullet-headings.js';
import { markDateHeadings } from './date-headings.js';
import { markFieldRuns } from './field-runs.js';
import { forewordOf } from './foreword.js';
import { parseNumbering } from './numbering.js';
import { extendReferenceSpans, takeReferences } from './references.js';
import { linkMarkdownNotes } from './markdown-notes.js';
import { toBlocks } from './rejoin-lines.js';
import { labelCandidate, splitListLabels } from './labelled-lists.js';
import { markLetterParts } from './letter-parts.js';
import { markSetApartLines, moveSlideCuesDown } from './set-apart.js';
import { takeEndAffiliation } from './end-affiliation.js';
import { dropLoneLeads, markParallelLeads, markQaLabels } from './run-ins.js';
import { readToc, splitByToc } from './toc-split.js';
import { splitByMarkdownHeadings } from './markdown-items.js';

/** Inclusive line range covered by some blocks (and title lines), or `fallback` if none. */
function spanOf(blocks: Block[], fallback: [number, number]): [number, number] {
  if (blocks.length === 0) return fallback;
  return [Math.min(...blocks.map((b) => b.lines[0])), Math.max(...blocks.map((b) => b.lines[1]))];
}

/** Every paragraph list of a page: its own, then each section's, depth first. */
const paragraphLists = (own: Paragraph[], sections: Section[]): Paragraph[][] => [
  own,
  ...sections.flatMap((s) => paragraphLists(s.paragraphs, s.sections)),
];

/** The body of one reading page: its blocks → sections, paragraphs, references and case studies. */
function readBody(blocks: Block[], src: NormalizedSource, docId: string, caseIds: Set<string>) {
  if (!isInterleaved(blocks)) return readStructure(blocks, src, docId, caseIds);
  // A bilingual interleaved text: the Chinese blocks give the structure, each English block is
  // stored on the Chinese paragraph or heading before it. Should one find no place (its Chinese
  // block became a reference, say), the page is read with the English blocks in it: never lost.
  const paired = pairTranslations(blocks);
  const ids = new Set(caseIds);
  const body = readStructure(paired.blocks, src, docId, ids);
  if (placeTranslations(paired.translations, body.paragraphs, body.sections) < paired.translations.size)
    return readStructure(blocks, src, docId, caseIds);
  for (const id of ids) caseIds.add(id);
  return body;
}

/** Sections, paragraphs, references and case studies of one reading page's blocks. */
function readStructure(blocks: Block[], src: NormalizedSource, docId: string, caseIds: Set<string>) {
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
  extendReferenceSpans(tree.sections, references);
  const lists = paragraphLists(tree.paragraphs, tree.sections);
  for (const list of lists) {
    dropLoneLeads(list);
    markParallelLeads(list);
  }
  markQaLabels(lists);
  markArticles(lists);
  markLetterParts(tree.paragraphs, tree.sections);
  markSetApartLines(lists);
  moveSlideCuesDown(tree.paragraphs, tree.sections);
  assignIds(tree.paragraphs, tree.sections);
  const caseStudies = extractCaseStudies(tree.sections, toDocId(docId), caseIds);
  return { paragraphs: tree.paragraphs, sections: tree.sections, references, caseStudies, removed: tree.removed };
}

interface ChildSpec {
  slug: string;
  title: string;
  numbering: string;
  titleBlock: Block;
  blocks: Block[];
  /** Numbering printed on the title line itself (`第三章`), counted as front matter. */
  printedNumbering?: string;
  /** The title line's text after that numbering (front matter; `title` may come from the manifest). */
  printedTitle: string;
  institution?: string;
  /** The line under the title known to be its byline (a work's speaker, found by splitWorksByTitles). */
  byline?: string;
  /** The heading of the part (篇) the chapter opens, printed above its title. */
  part?: PartLine;
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
    ? readLinesUnderTitle([spec.titleBlock, ...spec.blocks], 1, front, file, {
        authors: spec.institution ? [spec.institution] : spec.byline ? [spec.byline] : [],
      })
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
    const { numbering, title, block } = spec.part;
    doc.part = { numbering, title, provenance: { file, lines: [...block.lines] } };
    doc.provenance.lines[0] = Math.min(doc.provenance.lines[0], block.lines[0]);
  }
  return doc;
}

/** Slug of the i-th 目录 item: `ch03` for a `第三章` entry, else `part-03`. */
function tocSlug(numbering: string, i: number): string {
  const n = parseNumbering(`${numbering} x`);
  const chapter = n?.scheme === 'chapter' ? n.value : undefined;
  return chapter !== undefined ? `ch${String(chapter).padStart(2, '0')}` : `part-${String(i + 1).padStart(2, '0')}`;
}

/**
 * The blocks without a 目录 that splits nothing (its titles worded otherwise in the body): its
 * lines are a 目录's all the same (`front.toc`, page numbers removed), not body text read as
 * headings with dot leaders. Only a 目录 with page numbers (two or more) is so sure.
 */
function withoutUnsplitToc(rest: Block[], file: string, front: FrontMatter, removed: Removal[]): Block[] {
  const toc = readToc(rest, file);
  if (!toc || toc.paged < 2) return rest;
  front.toc = toc.entries;
  front.provenance.push(...toc.entries.map((e) => e.provenance));
  removed.push(...toc.removed);
  return [...rest.slice(0, toc.labelAt), ...rest.slice(toc.end)];
}

/**
 * Whether a long text without chapters is paged at its top-level sections (long-pages.ts): not a
 * paper, a regulation, or a collection of works.
 */
const pagedWhenLong = (src: NormalizedSource): boolean =>
  !DOC_KIND_INFO[src.meta.kind].itemsAreWorks && src.meta.kind !== 'paper' && src.meta.kind !== 'regulation';

/**
 * Split the blocks after the front matter into child specs (目录 first, then chapters), or say
 * what text the single page reads (`text`: without a 目录 that split nothing).
 */
function splitCollection(
  rest: Block[],
  src: NormalizedSource,
  front: FrontMatter,
  removed: Removal[],
): { specs: ChildSpec[]; own: Block[] } | { text: Block[] } {
  const file = src.meta.file;
  const toc = splitByToc(rest, file, DOC_KIND_INFO[src.meta.kind].itemsAreWorks);
  if (toc) {
    front.toc = toc.entries;
    front.provenance.push(...toc.entries.map((e) => e.provenance));
    removed.push(...toc.removed);
    const specs: ChildSpec[] = toc.parts.map((p, i) => {
      const item = src.meta.items?.[i];
      const printedTitle = p.numberingOnTitle ? p.entry.title : p.titleBlock.text.trim();
      const spec: ChildSpec = {
        slug: tocSlug(p.entry.numbering, i),
        title: item?.title ?? p.entry.title,
        numbering: p.entry.numbering,
        titleBlock: p.titleBlock,
        blocks: p.blocks,
        printedTitle,
      };
      if (p.numberingOnTitle) spec.printedNumbering = p.entry.numbering;
      if (item?.institution) spec.institution = item.institution;
      if (p.part) spec.part = p.part;
      return spec;
    });
    return { specs, own: toc.between };
  }
  const text = withoutUnsplitToc(rest, file, front, removed);
  const chapters =
    splitByChapters(text, src.format) ?? (pagedWhenLong(src) ? splitLongText(text, src.format) : undefined);
  if (!chapters) return splitMarkdownCollection(text, src, removed) ?? splitWorksByTitles(text, src) ?? { text };
  removed.push(...chapters.parts.flatMap((p) => p.removed));
  const specs = chapters.parts.map((p) => {
    const spec: ChildSpec = {
      slug: p.slug,
      title: p.title,
      numbering: p.numbering,
      titleBlock: p.titleBlock,
      blocks: p.blocks,
      printedTitle: p.title,
    };
    if (p.numbering) spec.printedNumbering = p.numbering;
    if (p.part) spec.part = p.part;
    return spec;
  });
  return { specs, own: chapters.before };
}

/** A Markdown collection's items, at its top headings (markdown-items.ts); undefined for any other source. */
function splitMarkdownCollection(rest: Block[], src: NormalizedSource, removed: Removal[]) {
  if (src.format !== 'md' || src.meta.kind !== 'collection') return undefined;
  const split = splitByMarkdownHeadings(rest);
  if (!split) return undefined;
  removed.push(...split.removed);
  const specs = split.items.map((item, i): ChildSpec => ({
    slug: tocSlug('', i),
    title: src.meta.items?.[i]?.title ?? item.title,
    numbering: '',
    titleBlock: item.titleBlock,
    blocks: item.blocks,
    printedTitle: item.title,
    ...(src.meta.items?.[i]?.institution && { institution: src.meta.items[i]!.institution }),
  }));
  return { specs, own: split.before };
}

/**
 * A collection of works without a 目录 (a 汇编 of speeches pasted one after another): each work
 * opens with its title line over its byline (`守正创新 推动机关党建提质增效` over `某某市财政局`),
 * then numbering that starts again at `一、` (parts.ts). Two works or more so titled are the
 * collection's items, a page each, as a 目录 would list them. A speech whose own parts restart
 * their numbering under plain headings has no byline under them and stays one page.
 */
function splitWorksByTitles(rest: Block[], src: NormalizedSource) {
  if (!DOC_KIND_INFO[src.meta.kind].itemsAreWorks) return undefined;
  const classified = rest.map((b) => classifyBlock(b, src.format));
  markPartTitles(classified);
  const starts = classified.flatMap((c, i) => (c.partTitle ? [i] : []));
  const bylined = (i: number) => titleLike(classified[i + 1]) && classified[i + 2]?.numbering?.value === 1;
  if (starts.length < 2 || !starts.every(bylined)) return undefined;
  const specs = starts.map((at, i): ChildSpec => {
    const printedTitle = rest[at]!.text.trim();
    return {
      slug: tocSlug('', i),
      title: src.meta.items?.[i]?.title ?? printedTitle,
      numbering: '',
      titleBlock: rest[at]!,
      blocks: rest.slice(at + 1, starts[i + 1] ?? rest.length),
      printedTitle,
      byline: rest[at + 1]!.text.trim(),
      ...(src.meta.items?.[i]?.institution && { institution: src.meta.items[i]!.institution }),
    };
  });
  return { specs, own: rest.slice(0, starts[0]) };
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
  const body = readBody('specs' in read ? read.own : read.text, src, src.meta.id, caseIds);
  removed.push(...body.removed);
  if (!split) removed.push(...takeEndAffiliation(paragraphLists(body.paragraphs, body.sections).at(-1)!, front, file));
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
  const doc: Document = {
    id: src.meta.id,
    slug: toPageSlug(split ? 'index' : 'text'),
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
