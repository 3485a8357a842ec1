/**
 * Segment, step 1 for Markdown sources: lines → blocks. A paragraph runs to a blank line (soft
 * wraps are one paragraph); a heading is one line; a quote, table row, list item or numbered
 * line opens a block.
 */
import { appendLine, FIELD_START, lineBlock, type Block, type Line } from './block.js';
import { parseNumbering } from './numbering.js';

/** A Markdown line that opens a block: a heading, a quote, a table row, a list item or a numbered line. */
const MD_BLOCK_START = /^(?:#{1,6}\s|>|\|)/;

/**
 * Markdown: a paragraph is a run of lines up to a blank line (soft-wrapped lines are one
 * paragraph), but a heading is one line and a quote, list item or numbered line opens a block.
 */
export function joinMarkdownLines(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    const last = blocks.at(-1);
    const text = line.text.trim();
    const quote = text.startsWith('>');
    const continues =
      last !== undefined &&
      prev !== undefined &&
      prev.no === line.no - 1 &&
      !/^(?:#{1,6}\s|\|)/.test(prev.text.trim()) &&
      (quote ? prev.text.trim().startsWith('>') : !MD_BLOCK_START.test(text) && !prev.text.trim().startsWith('>')) &&
      (quote || (parseNumbering(text) === undefined && !FIELD_START.test(text)));
    if (continues) appendLine(last, line);
    else blocks.push(lineBlock(line));
    prev = line;
  }
  return blocks;
}
