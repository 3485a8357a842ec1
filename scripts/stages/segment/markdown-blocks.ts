/**
 * Segment, step 1 for Markdown sources: lines → blocks. A paragraph runs to a blank line (soft
 * wraps are one paragraph); a heading is one line; a quote, table row, list item or numbered
 * line opens a block. A table is one block, its rows joined by line breaks; a line of fenced code
 * is a block of its own. A callout's blocks (`:::tip` … `:::`) are marked as such.
 */
import type { MarkdownBlock, MarkdownCallout, NormalizedSource } from '../../model/document.js';
import { appendLine, appendRow, FIELD_START, lineBlock, type Block, type Line } from './block.js';
import { parseNumbering } from './numbering.js';
import { htmlTableBlocks } from './html-table.js';
import { findDates } from './official-front.js';

/** A Markdown line that opens a block: a heading, a quote, a table row or a note definition (`[^1]:`). */
const MD_BLOCK_START = /^(?:#{1,6}\s|>|\||\[\^[^\]\s]+\]:)/;

/** A callout's first line with a title (`> [!NOTE] 说明`): the title is a quote paragraph of its own. */
const CALLOUT_TITLE = /^>\s*\[![A-Za-z]+\][+-]?\s*\S/;

/** A Markdown list item: a bullet or a number with `.` or `)`, then a space. */
const MD_LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])\s/;

/**
 * How deep each list item stands, from its indent: an item indented more than the one above it
 * opens a level, one indented less closes levels down to its own. A block that is no item ends
 * the list. Sets `depth` on the nested items' blocks.
 */
function listDepths(): (block: Block, indent: number) => void {
  let open: number[] = [];
  return (block, indent) => {
    if (block.literal || !MD_LIST_ITEM.test(block.text)) {
      open = [];
      return;
    }
    while (open.length > 0 && indent < open.at(-1)!) open.pop();
    if (open.length === 0 || indent > open.at(-1)!) open.push(indent);
    if (open.length > 1) block.depth = open.length - 1;
  };
}

/**
 * A line that is a date and nothing else: a signature's (`李某某⏎2024年8月1日`) or a dateline. It
 * continues no paragraph and none continues it, as if a hard break stood on both sides.
 */
function dateAlone(text: string): boolean {
  const dates = findDates(text);
  return dates.length === 1 && dates[0]!.index === 0 && dates[0]!.end === text.length;
}

/**
 * Whether a line's text may continue the paragraph above: not when it opens a numbered item
 * (`1. 认真学习…`, in a quote too) or, outside a quote, a field (`时间：…`).
 */
const opensNoBlock = (text: string, quote: boolean): boolean =>
  parseNumbering(text) === undefined && (quote || !FIELD_START.test(text));

/** A hard line break: two or more spaces at the end of a line (a trailing `\` was made one). */
const HARD_BREAK = /\S {2,}$/;

/**
 * Markdown: a paragraph is a run of lines up to a blank line (soft-wrapped lines are one
 * paragraph), but a heading is one line and a quote, list item or numbered line opens a block.
 * @param src the ranges read whole (tables, code), the setext headings ingest found, whose blocks
 *   get their level (`Block.setext`), and the lines of images, each a block of its own (`Block.figure`)
 * @param indents each line's indent in columns (the spaces ingest took off it): a list item
 *   indented under another is nested (`Block.depth`).
 */
export function joinMarkdownLines(
  lines: Line[],
  {
    markdownBlocks = [],
    setextHeadings = [],
    figureLines = [],
    callouts = [],
    literalLines = [],
  }: Pick<NormalizedSource, 'markdownBlocks' | 'setextHeadings' | 'figureLines' | 'callouts' | 'literalLines'> = {},
  indents: ReadonlyMap<number, number> = new Map(),
): Block[] {
  const setext = new Map(setextHeadings.map((h) => [h.line, h.level]));
  const figures = new Set(figureLines);
  const literal = new Set(literalLines);
  // Each callout line's callout (its fences included): a paragraph never runs into or out of one,
  // and its opening fence's title is a paragraph of its own.
  const calloutAt = new Map<number, MarkdownCallout>();
  for (const c of callouts) for (let no = c.lines[0]; no <= c.lines[1]; no++) calloutAt.set(no, c);
  const titleLines = new Set(callouts.map((c) => c.lines[0]));
  const blocks: Block[] = [];
  const nest = listDepths();
  // Each line's table or code range, looked up once per line (the ranges never overlap).
  const rangeAt = new Map<number, MarkdownBlock>();
  for (const b of markdownBlocks) for (let no = b.lines[0]; no <= b.lines[1]; no++) rangeAt.set(no, b);
  let prev: Line | undefined;
  /** Whether `prev` is a date alone (`dateAlone`). */
  let prevAlone = false;
  let table: { block: Block; range: MarkdownBlock } | undefined;
  // An HTML table's lines, read whole once the last of them is in.
  let html: { range: MarkdownBlock; lines: Line[] } | undefined;
  const endHtml = () => {
    for (const block of html ? htmlTableBlocks(html.lines) : []) {
      nest(block, 0);
      blocks.push(block);
    }
    html = undefined;
  };
  for (const line of lines) {
    const range = rangeAt.get(line.no);
    if (range?.html) {
      prev = undefined;
      if (html?.range !== range) endHtml();
      (html ??= { range, lines: [] }).lines.push(line);
      continue;
    }
    endHtml();
    if (range) {
      prev = undefined;
      // A row's TABs stay: an empty last cell keeps its column.
      const row = range.kind === 'table' ? line.text.replace(/^ +| +$/g, '') : line.text.trim();
      if (range.kind === 'table' && table?.range === range) {
        appendRow(table.block, row, line.no);
        continue;
      }
      const block = { ...lineBlock(line), text: row, layout: range.kind };
      nest(block, 0);
      blocks.push(block);
      table = range.kind === 'table' ? { block, range } : undefined;
      continue;
    }
    table = undefined;
    const last = blocks.at(-1);
    const text = line.text.trim();
    const quote = !literal.has(line.no) && text.startsWith('>');
    const prevQuote = prev !== undefined && !literal.has(prev.no) && prev.text.trim().startsWith('>');
    const alone = dateAlone(text);
    const continues =
      last !== undefined &&
      prev !== undefined &&
      prev.no === line.no - 1 &&
      (literal.has(prev.no) || !/^(?:#{1,6}\s|\|)/.test(prev.text.trim())) &&
      (quote
        ? prevQuote && !CALLOUT_TITLE.test(prev.text.trim())
        : (literal.has(line.no) || !MD_BLOCK_START.test(text)) && !prevQuote) &&
      opensNoBlock(quote ? text.replace(/^>\s*/, '') : text, quote) &&
      !alone &&
      !prevAlone &&
      !figures.has(line.no) &&
      !figures.has(prev.no) &&
      calloutAt.get(line.no) === calloutAt.get(prev.no) &&
      !titleLines.has(prev.no);
    if (continues) appendLine(last, line, HARD_BREAK.test(prev!.text));
    else {
      const block = lineBlock(line);
      const level = setext.get(line.no);
      if (level !== undefined) block.setext = level;
      if (figures.has(line.no)) block.figure = true;
      if (literal.has(line.no)) block.literal = true;
      if (calloutAt.has(line.no)) block.callout = true;
      if (titleLines.has(line.no)) block.calloutTitle = true;
      nest(block, indents.get(line.no) ?? 0);
      blocks.push(block);
    }
    prev = line;
    prevAlone = alone;
  }
  endHtml();
  return blocks;
}
