/**
 * Segment: an HTML table in a Markdown source (pandoc writes one for a Word table a pipe table
 * cannot hold: cells of several paragraphs, merged cells) → one `table` block, rows by line break
 * and cells by TAB as for a pipe table. Its rows and cells arrive marked in the line text
 * (`HTML_ROW_MARK`, `HTML_CELL_MARK` and the merged cells' marks, scripts/model/table.ts), and a
 * cell may run over lines.
 */
import {
  HTML_CELL_START,
  HTML_LEFT_SPAN_MARK,
  HTML_ROW_MARK,
  HTML_UP_SPAN_MARK,
  type MergedCell,
} from '../../model/table.js';
import { lineAt, type Block, type Line } from './block.js';

/** One cell as its mark opened it: its own (`HTML_CELL_MARK`, or text before any mark) or a merged cell's place. */
interface MarkedCell {
  text: string;
  covered?: 'left' | 'up';
}

/** A row's cells: split at the marks that start one, each knowing which mark it was. */
function rowCells(row: string): MarkedCell[] {
  const cells: MarkedCell[] = [];
  let start = 0;
  let covered: MarkedCell['covered'];
  let opened = false;
  const push = (end: number) => {
    const text = row.slice(start, end).replace(/\s+/g, ' ').trim();
    cells.push(covered ? { text, covered } : { text });
  };
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (!HTML_CELL_START.test(c)) continue;
    // Text before the row's first cell tag is a cell of its own only when it holds text.
    if (opened || row.slice(0, i).trim() !== '') push(i);
    opened = true;
    start = i + 1;
    covered = c === HTML_LEFT_SPAN_MARK ? 'left' : c === HTML_UP_SPAN_MARK ? 'up' : undefined;
  }
  push(row.length);
  return cells;
}

/** True if a place is covered the given way and empty (text there would be a cell of its own). */
const isCovered = (cell: MarkedCell | undefined, how: MarkedCell['covered']): boolean =>
  cell !== undefined && cell.covered === how && cell.text === '';

/**
 * The merged cells of a table's grid: a cell of its own followed in its row by places it covers
 * (`left`), and over the rows below whose place in its column it covers (`up`). Read from the
 * rows kept, so a row dropped for holding no text shortens the merge with it.
 */
function mergedCells(grid: readonly MarkedCell[][]): MergedCell[] {
  const merged: MergedCell[] = [];
  grid.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      if (cell.covered) return;
      let columns = 1;
      while (isCovered(cells[column + columns], 'left')) columns++;
      let rows = 1;
      while (isCovered(grid[row + rows]?.[column], 'up')) rows++;
      if (rows > 1 || columns > 1) merged.push({ row, column, rows, columns });
    }),
  );
  return merged;
}

/**
 * The blocks of one HTML table's lines: the table, after any text before its first row (a
 * `<caption>`, a title inside the table tag) as a paragraph of its own. A cell's lines are joined
 * with a space; a row without text is dropped, an empty cell kept (its column stays in place).
 * @example lines ['\uFDD0\uFDD1支部\uFDD1党员', '\uFDD0\uFDD1一支部\uFDD112'] → [{ text: '支部\t党员\n一支部\t12', layout: 'table' }]
 */
export function htmlTableBlocks(lines: readonly Line[]): Block[] {
  let joined = '';
  const starts: { offset: number; line: number }[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (joined !== '' && t !== '') joined += ' ';
    starts.push({ offset: joined.length, line: l.no });
    joined += t;
  }
  const first = lines[0]!.no;
  const last = lines.at(-1)!.no;
  // The lines joined as one block, to find the line of a character in it.
  const lineOf = (offset: number): number => lineAt({ text: joined, lines: [first, last], origins: starts }, offset);
  // The table starts at its first mark, a row's or (a table without <tr>) a cell's.
  const tableAt = joined.search(new RegExp(`${HTML_ROW_MARK}|${HTML_CELL_START.source}`));
  const blocks: Block[] = [];
  const before = tableAt < 0 ? joined : joined.slice(0, tableAt);
  if (before.trim() !== '') {
    const text = before.trim();
    blocks.push({ text, lines: [first, lineOf(before.length - 1)], origins: [{ offset: 0, line: first }] });
  }
  if (tableAt < 0) return blocks;
  const table: Block = { text: '', lines: [lineOf(tableAt), last], origins: [], layout: 'table' };
  const grid: MarkedCell[][] = [];
  let at = tableAt;
  for (const row of joined.slice(tableAt).split(HTML_ROW_MARK)) {
    const start = at;
    at += row.length + 1;
    const cells = rowCells(row);
    if (cells.every((c) => c.text === '')) continue;
    grid.push(cells);
    if (table.text !== '') table.text += '\n';
    table.origins.push({ offset: table.text.length, line: lineOf(start) });
    table.text += cells.map((c) => c.text).join('\t');
  }
  const merged = mergedCells(grid);
  if (merged.length > 0) table.merged = merged;
  if (table.text !== '') blocks.push(table);
  return blocks;
}
