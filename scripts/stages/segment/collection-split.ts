/**
 * Segment: how a source splits into reading pages, before each is read. A 目录 first (toc-split.ts),
 * else chapter headings (chapters.ts) or, for a long text without them, its top-level sections
 * (long-pages.ts), else a Markdown collection's top headings (markdown-items.ts) or a 汇编's works
 * under their titles (parts.ts). Each page is a `ChildSpec`: its title line and its blocks.
 */
import type { FrontMatter, NormalizedSource, Removal } from '../../model/document.js';
import { DOC_KIND_INFO } from '../../../src/schemas/doc-kinds.js';
import type { Block } from './block.js';
import { splitByChapters, type PartLine } from './chapters.js';
import { classifyBlock } from './classify.js';
import { splitLongText } from './long-pages.js';
import { splitAtThematicBreaks, splitByMarkdownHeadings } from './markdown-items.js';
import { parseNumbering } from './numbering.js';
import { markPartTitles, titleLike } from './parts.js';
import { bodyRepeatsNumbering, readToc, splitByToc } from './toc-split.js';

/** One reading page of a source, as split: its title line, the blocks under it, what it is called. */
export interface ChildSpec {
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

/** Slug of the i-th 目录 item: `ch03` for a `第三章` entry, else `part-03`. */
function tocSlug(numbering: string, i: number): string {
  const n = parseNumbering(`${numbering} x`);
  const chapter = n?.scheme === 'chapter' ? n.value : undefined;
  return chapter !== undefined ? `ch${String(chapter).padStart(2, '0')}` : `part-${String(i + 1).padStart(2, '0')}`;
}

/**
 * The blocks without a 目录 that splits nothing (its titles worded otherwise in the body): its
 * lines are a 目录's all the same (`front.toc`, page numbers removed), not body text read as
 * headings with dot leaders. Only a 目录 with page numbers (two or more), or one whose numberings
 * head the body's sections in its order, is so sure.
 */
function withoutUnsplitToc(rest: Block[], file: string, front: FrontMatter, removed: Removal[]): Block[] {
  const toc = readToc(rest, file);
  if (!toc || (toc.paged < 2 && !bodyRepeatsNumbering(rest, toc))) return rest;
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
export function splitCollection(
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
    const specs: ChildSpec[] = toc.parts.map((p) => {
      const item = src.meta.items?.[p.item];
      const printedTitle = p.numberingOnTitle ? p.entry.title : p.titleBlock.text.trim();
      const spec: ChildSpec = {
        slug: tocSlug(p.entry.numbering, p.item),
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

/**
 * The i-th item of a collection found without a 目录 (`part-0i`, unnumbered), titled as printed
 * unless the manifest's `items` retitle it or name its institution.
 */
function itemSpec(src: NormalizedSource, i: number, title: string, titleBlock: Block, blocks: Block[]): ChildSpec {
  const item = src.meta.items?.[i];
  return {
    slug: tocSlug('', i),
    title: item?.title ?? title,
    numbering: '',
    titleBlock,
    blocks,
    printedTitle: title,
    ...(item?.institution && { institution: item.institution }),
  };
}

/** A Markdown collection's items, at its top headings (markdown-items.ts); undefined for any other source. */
function splitMarkdownCollection(rest: Block[], src: NormalizedSource, removed: Removal[]) {
  if (src.format !== 'md' || src.meta.kind !== 'collection') return undefined;
  const split =
    splitByMarkdownHeadings(rest) ??
    splitAtThematicBreaks(rest, src.thematicBreaks ?? [], (b) => titleLike(classifyBlock(b, src.format)));
  if (!split) return undefined;
  removed.push(...split.removed);
  const specs = split.items.map((item, i) => itemSpec(src, i, item.title, item.titleBlock, item.blocks));
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
  const specs = starts.map((at, i) => ({
    ...itemSpec(src, i, rest[at]!.text.trim(), rest[at]!, rest.slice(at + 1, starts[i + 1] ?? rest.length)),
    byline: rest[at + 1]!.text.trim(),
  }));
  return { specs, own: rest.slice(0, starts[0]) };
}
