/**
 * Segment: a book whose headings include `第一章` … `第十章` becomes one child document per chapter
 * (`ch01` …); text before the first chapter under a 前言-like heading becomes `preface`.
 */
import type { Removal } from '../../model/document.js';
import { ATX_MARK, type Block } from './block.js';
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
}

/** Chapters and the text before them that is not a preface. */
export interface ChapterSplit {
  parts: ChapterPart[];
  before: Block[];
}

/** A block's numbering after the `#` of a Markdown heading, if it is a heading numbered in one of `schemes`, and that `#`. */
export function headingNumbering(b: Block, format: 'txt' | 'md', schemes: readonly NumberingScheme[]) {
  const md = format === 'md' ? ATX_MARK.exec(b.text) : null;
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
  const starts: number[] = [];
  blocks.forEach((b, i) => {
    const n = readChapter(b, format);
    if (n && n.value === starts.length + 1) starts.push(i);
  });
  if (starts.length < 2) return undefined;
  // A part's heading right above a chapter's opens that chapter, not the end of the one before.
  const above = partsAbove(blocks, starts, 0, format);
  const parts: ChapterPart[] = starts.map((at, k) => {
    const n = readChapter(blocks[at]!, format)!;
    const titleBlock = blocks[at]!;
    const part = above.parts[k];
    const removed: Removal[] = [];
    if (n.mark) removed.push({ text: n.mark, line: titleBlock.lines[0], reason: 'markdown-syntax' });
    if (part?.mark) removed.push({ text: part.mark, line: part.block.lines[0], reason: 'markdown-syntax' });
    return {
      slug: `ch${String(n.value).padStart(2, '0')}`,
      numbering: n.marker,
      title: unspaceTitle(n.rest),
      titleBlock,
      blocks: blocks.slice(at + 1, above.ends[k]),
      removed,
      ...(part && { part }),
    };
  });
  const lead = blocks.slice(0, above.firstStart);
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
