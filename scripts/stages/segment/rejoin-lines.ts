/**
 * Segment, step 1: normalised lines → blocks (paragraph candidates with their line range). Detects
 * a hard-wrapped PDF layout (every line about one column wide) and rejoins its lines into
 * paragraphs; elsewhere a block is one line, or two lines a page break split.
 */
import type { NormalizedSource } from '../../model/document.js';
import { appendLine, FIELD_START, lineBlock, splitInlineParagraphs, type Block, type Line } from './block.js';
import { readRoleLabel } from './classify.js';
import { joinMarkdownLines } from './markdown-blocks.js';
import { withTextTables } from './text-tables.js';
import { parseNumbering } from './numbering.js';
import { displayWidth, endsParagraph, hasHeadingShape } from './text.js';

/** True if a line looks like a numbered heading (`1.1 目标一致性`): a block of its own. */
function isNumberedHeading(text: string): boolean {
  const n = parseNumbering(text);
  return n !== undefined && n.scheme !== 'ordinal' && hasHeadingShape(n.rest);
}

/** True if a line opens a new block however wide the line before it was (a role label too: `参考文献：`). */
const opensBlock = (text: string): boolean =>
  FIELD_START.test(text) || isNumberedHeading(text) || readRoleLabel(text) !== undefined;

/**
 * A layout is hard-wrapped when most lines have about the same width and that width is a PDF
 * column (≤ 80), e.g. the paper whose lines are all ~25 characters. The handbook's lines (one per
 * paragraph) vary from 4 to 2000 characters and are not.
 */
export function isHardWrapped(lines: Line[]): boolean {
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  if (widths.length < 8) return false;
  const column = widths[Math.floor(widths.length * 0.75)]!;
  if (column > 80) return false;
  const full = lines.filter((l) => l.width >= column * 0.85 && l.width <= column * 1.15);
  // Wrapped lines break mid-sentence; short one-line paragraphs of about one width end with `。`.
  const midSentence = full.filter((l) => !endsParagraph(l.text)).length;
  if (full.length >= widths.length * 0.5 && midSentence >= full.length * 0.5) return true;
  // A short excerpt with many headings and short paragraphs has fewer full lines; they still
  // break mid-sentence, and agree on the column to a character (short headings do not).
  const exact = full.filter((l) => Math.abs(l.width - column) <= 1.5).length;
  return (
    full.length >= MIN_FULL_LINES &&
    full.length >= widths.length * 0.35 &&
    midSentence >= full.length * 0.7 &&
    exact >= full.length * 0.7
  );
}

/**
 * A layout of one width is read as hard-wrapped only if rejoining it gives prose: at least half
 * of the paragraphs joined from two lines or more end a sentence. Short lines of about one width
 * that are whole items (a study plan's `一月份：学习…` a line, a list of slogans) have no sentence
 * end to close them, and would join into one run-on.
 */
function readsAsHardWrapped(lines: Line[], furniture: ReadonlySet<number>, indented: ReadonlySet<number>): boolean {
  if (!isHardWrapped(lines)) return false;
  const joined = rejoinHardWrapped(lines, furniture, indented).filter((b) => b.lines[1] > b.lines[0]);
  return joined.filter((b) => endsParagraph(b.text)).length * 2 >= joined.length;
}

/**
 * Each line's indent in columns: the leading spaces ingest removed (`page-break-space`) and the
 * leading tabs it kept (a tab to the next multiple of four), for nesting Markdown list items.
 */
function markdownIndents(src: NormalizedSource): Map<number, number> {
  const indents = new Map<number, number>();
  for (const r of src.removed) if (r.reason === 'page-break-space') indents.set(r.line, r.text.length);
  src.lines.forEach((text, i) => {
    const tabs = /^\t+/.exec(text)?.[0].length ?? 0;
    if (tabs > 0) indents.set(i + 1, (Math.floor((indents.get(i + 1) ?? 0) / 4) + tabs) * 4);
  });
  return indents;
}

/** Most spaces a PDF extraction puts before the first line of a page. */
const MAX_PAGE_BREAK_SPACE = 2;

/** Above this share of indented lines, an indent tells nothing about where paragraphs start. */
const MAX_INDENTED_SHARE = 0.6;

/** Fewest column-wide lines for the mid-sentence test of `isHardWrapped`. */
const MIN_FULL_LINES = 6;

/**
 * True if the lines strictly between two line numbers are all blank and at least one of them held
 * page furniture (a page number or running header): the text runs on across a page break.
 */
const acrossPageBreak = (from: number, to: number, furniture: ReadonlySet<number>): boolean => {
  for (let no = from + 1; no < to; no++) if (furniture.has(no)) return true;
  return false;
};

/** Median of some widths (0 for none). */
function median(widths: number[]): number {
  const w = [...widths].sort((a, b) => a - b);
  if (w.length === 0) return 0;
  const mid = w.length / 2;
  return w.length % 2 ? w[Math.floor(mid)]! : (w[mid - 1]! + w[mid]!) / 2;
}

/**
 * Where a hard-wrapped layout's paragraphs end: `endsColumn(i)` is true if line i is a paragraph's
 * last line: noticeably shorter than the local column (the median width of up to 4 lines on each
 * side), or ending a sentence and shorter than the column of the lines nearby that run on
 * (headings and paragraph ends nearby would make the plain median too narrow; a first line indented
 * by two characters must still run on). `opens[i]` is `opensBlock` of line i: each line is read
 * once, not once for each of the eight lines it is near.
 */
function columnLayout(lines: Line[]): { opens: boolean[]; endsColumn: (i: number) => boolean } {
  const opens = lines.map((l) => opensBlock(l.text));
  const ends = lines.map((l) => endsParagraph(l.text));
  const endsColumn = (i: number): boolean => {
    const line = lines[i]!;
    const near: number[] = [];
    for (let j = Math.max(0, i - 4); j < Math.min(lines.length, i + 5); j += 1) if (j !== i) near.push(j);
    const column = near.length > 0 ? median(near.map((j) => lines[j]!.width)) : line.width;
    if (line.width < column * 0.85) return true;
    const running = near.filter((j) => !ends[j] && !opens[j]).map((j) => lines[j]!.width);
    return ends[i]! && running.length > 0 && line.width < median(running) * 0.9;
  };
  return { opens, endsColumn };
}

/**
 * Hard-wrapped layout: a paragraph ends at a blank line (unless nearly every line is followed by
 * one, as in the PDF paper) and at a line noticeably shorter than the local column (a PDF leaves
 * the rest of the last line empty); a heading or a field label always starts a block of its own.
 */
function rejoinHardWrapped(lines: Line[], furniture: ReadonlySet<number>, indented: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  // A blank after (nearly) every line means nothing; an occasional blank line ends a paragraph.
  const gaps = lines.filter(
    (l, i) =>
      lines[i + 1] !== undefined && lines[i + 1]!.no > l.no + 1 && !acrossPageBreak(l.no, lines[i + 1]!.no, furniture),
  ).length;
  const blankBreaks = gaps < (lines.length - 1) * 0.8;
  const { opens, endsColumn } = columnLayout(lines);
  // A `①` note or item filling the column runs on to the next line (`① 参见《…的意见` + `》，2019年。`):
  // a circled number heads no section, and a heading leaves the rest of its line empty.
  const noteRunsOn = (i: number) => parseNumbering(lines[i]!.text)?.scheme === 'circled' && !endsColumn(i);
  let open: Block | undefined;
  lines.forEach((line, i) => {
    if (open && (opens[i] || indented.has(line.no))) open = undefined;
    const gap = line.no > (open?.lines[1] ?? 0) + 1 && !acrossPageBreak(open?.lines[1] ?? 0, line.no, furniture);
    if (open && blankBreaks && gap) open = undefined;
    if (open) appendLine(open, line);
    else {
      open = lineBlock(line);
      blocks.push(open);
    }
    const heading = open.lines[0] === line.no && isNumberedHeading(line.text) && !noteRunsOn(i);
    if (heading || endsColumn(i)) open = undefined;
  });
  return blocks;
}

/**
 * True if a line opens an item of its own however long the line before it: an article
 * (`第十一条　…`), or a numbered item after a lead-in ending in a colon (`…基本原则是：` + `（一）…`).
 */
function opensItem(prev: string, text: string): boolean {
  const n = parseNumbering(text);
  return n !== undefined && (n.scheme === 'article' || /[：:]$/.test(prev.trim()));
}

/**
 * A line ending in a comma or 、: its sentence goes on in the next line, however short it is, unless
 * that line is numbered (`1.坚持学习，` over `2.强化实践，`: items of a list).
 */
const MID_CLAUSE = /[，、,]\s*$/;

/**
 * One block per line, except that a line continues the previous one when that one does not end a
 * sentence and either is long (a paragraph broken by the extraction), ends mid-clause (the
 * 入党誓词 set a clause a line: `我志愿加入中国共产党，` + `拥护党的纲领，`), or the line opens a
 * new PDF page (it had a page-break space): `…提出了新的` + ` 更高要求，…`.
 */
function joinBrokenLines(
  lines: Line[],
  pageStarts: Set<number>,
  furniture: ReadonlySet<number>,
  indented: ReadonlySet<number>,
): Block[] {
  const blocks: Block[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const last = blocks.at(-1);
    const continues =
      last !== undefined &&
      prev !== undefined &&
      (prev.no === line.no - 1 || acrossPageBreak(prev.no, line.no, furniture)) &&
      !endsParagraph(prev.text) &&
      (prev.width > 40 ||
        (MID_CLAUSE.test(prev.text) && parseNumbering(line.text) === undefined) ||
        pageStarts.has(line.no) ||
        acrossPageBreak(prev.no, line.no, furniture)) &&
      !opensBlock(line.text) &&
      !opensItem(prev.text, line.text) &&
      !indented.has(line.no);
    if (continues) appendLine(last, line);
    else blocks.push(lineBlock(line));
    prev = line;
  }
  return blocks;
}

/**
 * Turn a source's normalised lines into blocks.
 * @example ['政工即政治工作，…', '', '它以党的理论…。'] (hard-wrapped) → [{ text: '政工即政治工作，…它以党的理论…。', lines: [1, 3] }]
 */
export function toBlocks(src: NormalizedSource): Block[] {
  const lines: Line[] = [];
  src.lines.forEach((text, i) => {
    if (text.trim() !== '') lines.push({ no: i + 1, text, width: displayWidth(text) });
  });
  // A PDF puts one space (two at most) before a page's first line; a line pushed right or to the
  // middle by a run of spaces (a signature, `记录人：陈某` over its date) starts no page.
  const pageStarts = new Set(
    src.removed
      .filter((r) => r.reason === 'page-break-space' && r.text.length <= MAX_PAGE_BREAK_SPACE)
      .map((r) => r.line),
  );
  const furniture = new Set(
    src.removed.filter((r) => r.reason === 'page-number' || r.reason === 'running-header').map((r) => r.line),
  );
  if (src.format === 'md') return joinMarkdownLines(lines, src, markdownIndents(src));
  // An indent marks a paragraph's first line only where not (nearly) every line has one.
  const indentedLines = src.indentedLines ?? [];
  const indented = new Set(indentedLines.length < lines.length * MAX_INDENTED_SHARE ? indentedLines : []);
  const join = readsAsHardWrapped(lines, furniture, indented)
    ? (part: Line[]) => rejoinHardWrapped(part, furniture, indented)
    : (part: Line[]) => joinBrokenLines(part, pageStarts, furniture, indented);
  return withTextTables(lines, join).flatMap(splitInlineParagraphs);
}
