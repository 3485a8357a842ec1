/**
 * Segment: a book whose headings include `第一章` … `第十章` becomes one child document per chapter
 * (`ch01` …); text before the first chapter under a 前言-like heading becomes `preface`.
 */
import type { Removal } from '../../model/document.js';
import { atxMark, type Block } from './block.js';
import { readRoleLabel } from './classify.js';
import { parseNumbering, type NumberingScheme } from './numbering.js';
import { hasHeadingShape, unspaceTitle } from './text.js';

/** One chapter (or the preface) found in a book. */
export interface ChapterPart {
  slug: string;
  /** `第三章`, or '' for the preface. */
  numbering: string;
  title: string;
  titleBlock: Block;
  blocks: Block[];
  /** Syntax consumed from the title line (the `#` of a Markdown chapter heading). */
  removed: Removal[];
  /** The heading of the part (篇, 编, 部分) the chapter opens, printed right above it. */
  part?: PartLine;
}

/** A part's heading line (`第二篇　党的建设`): its numbering and title as printed, and its block. */
export interface PartLine {
  numbering: string;
  title: string;
  block: Block;
  /** The part's own page (its text before its first chapter), titled by this heading. */
  ownPage?: true;
}

/** Chapters and the text before them that is not a preface. */
export interface ChapterSplit {
  parts: ChapterPart[];
  before: Block[];
}

/** A block's numbering after the `#` of a Markdown heading, if it is a heading numbered in one of `schemes`, and that `#`. */
export function headingNumbering(b: Block, format: 'txt' | 'md', schemes: readonly NumberingScheme[]) {
  const md = format === 'md' ? atxMark(b) : null;
  const n = parseNumbering((md ? b.text.slice(md[0].length) : b.text).trim());
  return n && schemes.includes(n.scheme) && hasHeadingShape(n.rest) ? { ...n, mark: md?.[1] } : undefined;
}

/**
 * `第三章 加强机关党的组织建设` (or `# 第三章 …` in Markdown) → its numbering (value 3), title and
 * the Markdown marker, if the block is a chapter heading.
 */
function readChapter(b: Block, format: 'txt' | 'md') {
  const n = headingNumbering(b, format, ['chapter']);
  return n && !TOC_PAGE.test(n.rest) ? n : undefined;
}

/** A 目录 line's page number after dot leaders or a tab (`党组织设置……1`): a 目录 line, never a chapter's heading. */
const TOC_PAGE = /(?:[.…·]{2,}|\t)\s*\d{1,4}$/;

/** `第二篇 党的建设` (`第一部分 …`, `第三编 …`, or `# …` in Markdown): a part's heading above chapters. */
export function readPart(b: Block, format: 'txt' | 'md'): (PartLine & { mark?: string }) | undefined {
  const n = headingNumbering(b, format, ['part']);
  return n && { numbering: n.marker.trim(), title: unspaceTitle(n.rest), block: b, mark: n.mark };
}

/** A part's heading found right above an item, with the `#` of a Markdown heading. */
export type PartAbove = NonNullable<ReturnType<typeof readPart>>;

/**
 * The part headings right above items (chapters, or a 目录's items; or what `readGroup` reads as
 * the heading of a 目录's group of items) that start at the block indexes `starts` (ascending; the first no earlier than `from`): each heading opens its item, so
 * it is cut from the end of the item before (`ends[k]` is where item k's blocks stop) or from the
 * text before the first item (which stops at `firstStart`).
 */
export function partsAbove(
  blocks: readonly Block[],
  starts: readonly number[],
  from: number,
  format: 'txt' | 'md',
  readGroup: (b: Block) => PartAbove | undefined = () => undefined,
) {
  const parts = starts.map((at, k): PartAbove | undefined => {
    const above = at - 1 >= (k === 0 ? from : starts[k - 1]! + 1) ? blocks[at - 1] : undefined;
    return above && (readPart(above, format) ?? readGroup(above));
  });
  const ends = starts.map((_, k) => (parts[k + 1] ? starts[k + 1]! - 1 : (starts[k + 1] ?? blocks.length)));
  return { parts, ends, firstStart: parts[0] ? starts[0]! - 1 : starts[0]! };
}

/** A part heading with text of its own under it, before its first chapter. */
interface PartIntro {
  at: number;
  value: number;
  part: PartAbove;
  /** Where its text ends: its first chapter's heading (or the part heading right above that). */
  end: number;
}

/**
 * The part headings that have text of their own before their first chapter (`第一篇　坚定理想信念`
 * or `专题一　…` over its 学习目标, then `第一讲`): each is a page of that text, as a printed book's
 * part title page. Only when the book's part headings count 1, 2, 3 … and the first stands before
 * the first chapter, so that a chapter's own `第一部分 … 第二部分` are never read as parts.
 */
function partIntros(
  blocks: readonly Block[],
  heads: readonly PartHead[],
  starts: readonly number[],
  firstStarts: readonly number[],
  format: 'txt' | 'md',
): PartIntro[] {
  if (heads.length === 0 || heads[0]!.at > starts[0]! || heads.some((h, i) => h.value !== i + 1)) return [];
  return heads.flatMap(({ at, value }) => {
    const k = starts.findIndex((s) => s > at);
    if (k < 0 || at + 1 === starts[k]) return [];
    return [{ at, value, part: readPart(blocks[at]!, format)!, end: firstStarts[k]! }];
  });
}

/** A part's heading line (`第二篇`, `专题一`): its block index and number. */
interface PartHead {
  at: number;
  value: number;
}

/** Every part heading of a book's blocks, in order. */
const partHeads = (blocks: readonly Block[], format: 'txt' | 'md'): PartHead[] =>
  blocks.flatMap((b, at) => {
    const n = headingNumbering(b, format, ['part']);
    return n ? [{ at, value: n.value }] : [];
  });

/**
 * Where a book's chapters start: chapter headings numbered on from 1, or from 1 again after the
 * next part's heading (`专题二` over its own `第一讲`, as a book numbers its chapters per part).
 */
function chapterStarts(blocks: readonly Block[], heads: readonly PartHead[], format: 'txt' | 'md'): number[] {
  const starts: number[] = [];
  const partAt = new Map(heads.map((h) => [h.at, h.value]));
  let [next, parts, partSince] = [1, 0, false];
  blocks.forEach((b, i) => {
    if (partAt.get(i) === parts + 1) [parts, partSince] = [parts + 1, true];
    const n = readChapter(b, format);
    if (!n || !(n.value === next || (partSince && n.value === 1 && starts.length > 0))) return;
    starts.push(i);
    [next, partSince] = [n.value + 1, false];
  });
  return starts;
}

/** Fewest `第X条` articles that make a text a regulation (条例, 规定, 办法). */
const MIN_ARTICLES = 3;

/** True if the blocks are a regulation's articles (`第一条　为了…`). */
const isRegulation = (blocks: Block[]): boolean =>
  blocks.filter((b) => parseNumbering(b.text)?.scheme === 'article').length >= MIN_ARTICLES;

/**
 * Split a book at its chapter headings; undefined unless there are at least two chapters
 * numbered in sequence from 1, or when the text is a regulation: its chapters hold a few
 * articles each and are read, cited and searched as one text (they become sections of one page).
 * @example [' 前言', '正文', '第一章 概述', '正文'] → parts preface (title 前言), ch01 (第一章, 概述)
 */
export function splitByChapters(blocks: Block[], format: 'txt' | 'md' = 'txt'): ChapterSplit | undefined {
  if (isRegulation(blocks)) return undefined;
  const heads = partHeads(blocks, format);
  const starts = chapterStarts(blocks, heads, format);
  if (starts.length < 2) return undefined;
  // A part's heading right above a chapter's opens that chapter, not the end of the one before.
  const above = partsAbove(blocks, starts, 0, format);
  const firstStarts = starts.map((at, k) => (above.parts[k] ? at - 1 : at));
  // A part with text of its own before its first chapter is a page of that text, which ends the chapter before.
  const intros = partIntros(blocks, heads, starts, firstStarts, format);
  const endOf = (from: number, end: number) => Math.min(end, ...intros.filter((p) => p.at > from).map((p) => p.at));
  const syntax = (mark: string | undefined, b: Block): Removal[] =>
    mark ? [{ text: mark, line: b.lines[0], reason: 'markdown-syntax' }] : [];
  const chapters: ChapterPart[] = starts.map((at, k) => {
    const n = readChapter(blocks[at]!, format)!;
    const titleBlock = blocks[at]!;
    const part = above.parts[k];
    return {
      slug: `ch${String(k + 1).padStart(2, '0')}`,
      numbering: n.marker,
      title: unspaceTitle(n.rest),
      titleBlock,
      blocks: blocks.slice(at + 1, endOf(at, above.ends[k]!)),
      removed: [...syntax(n.mark, titleBlock), ...syntax(part?.mark, part?.block ?? titleBlock)],
      ...(part && { part }),
    };
  });
  const introPages = intros.map(({ at, value, part, end }): ChapterPart & { at: number } => ({
    at,
    slug: `part${String(value).padStart(2, '0')}`,
    numbering: part.numbering,
    title: part.title,
    titleBlock: part.block,
    blocks: blocks.slice(at + 1, end),
    removed: syntax(part.mark, part.block),
    part: { numbering: part.numbering, title: part.title, block: part.block, ownPage: true },
  }));
  const parts = [...chapters.map((c, k) => ({ ...c, at: starts[k]! })), ...introPages]
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...p }) => p);
  const lead = blocks.slice(0, endOf(-1, above.firstStart));
  const label = lead[0] && readRoleLabel(lead[0].text);
  if (label && label.role === 'introduction') {
    parts.unshift({
      slug: 'preface',
      numbering: '',
      title: lead[0]!.text.trim(),
      titleBlock: lead[0]!,
      blocks: lead.slice(1),
      removed: [],
    });
    return { parts, before: [] };
  }
  return { parts, before: lead };
}
