/**
 * How a `table` paragraph holds its table (a Markdown table, scripts/stages/markdown-inline.ts): its
 * text is the rows, separated by a line break, each row's cells separated by TAB; the first row is
 * the header, unless the paragraph says it has none (`noHeaderRow`: a plain-text name list). Keeping the cells in the paragraph's text keeps everything that works on text (marks,
 * search, citations, the nothing-lost check) working on tables unchanged.
 */
import type { Mark, MergedCell } from './document.js';

export type { MergedCell };

/**
 * Where an HTML table in a Markdown source (`<tr>`, `<td>`, `<th>`) starts a row or a cell: ingest
 * (scripts/stages/markdown-inline.ts) puts these in place of the tags, on their lines, and the
 * segmenter (scripts/stages/segment/html-table.ts) reads the rows and cells from them across the
 * lines a cell may run over. Unicode noncharacters: never text of a source (one that holds them
 * keeps its tags as plain syntax), and no later ingest step touches them.
 */
export const HTML_ROW_MARK = '\uFDD0';
export const HTML_CELL_MARK = '\uFDD1';
/**
 * Where a merged cell covers the grid (`colspan`, `rowspan`): a place the cell to its left spans
 * (`HTML_LEFT_SPAN_MARK`) or a cell above spans (`HTML_UP_SPAN_MARK`). Each starts an empty cell,
 * so every cell stays under its column head; the segmenter reads the merge back from them.
 */
export const HTML_LEFT_SPAN_MARK = '\uFDD2';
export const HTML_UP_SPAN_MARK = '\uFDD3';
/** Any of the marks that start a cell. */
export const HTML_CELL_START = /[\uFDD1-\uFDD3]/;

/** One cell: its text's [start, end) in the paragraph's text. */
export type CellSpan = [number, number];

/** The cells of a table paragraph's text, row by row. */
export function tableCells(text: string): CellSpan[][] {
  const rows: CellSpan[][] = [];
  let row: CellSpan[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== '\t' && c !== '\n') continue;
    row.push([start, i]);
    start = i + 1;
    if (c !== '\t') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** The marks inside one cell, their offsets relative to it (a mark never spans a TAB or line break). */
export const marksInCell = (marks: readonly Mark[], [start, end]: CellSpan): Mark[] =>
  marks
    .filter((m) => m.start >= start && m.end <= end)
    .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));

/**
 * How a table's merged cells lay out its grid: the merged cell standing at a place (`row,column`),
 * and the places it covers besides its own, which a rendered table leaves out.
 */
export function mergedLayout(merged: readonly MergedCell[] = []): {
  at: Map<string, MergedCell>;
  covered: Set<string>;
} {
  const at = new Map<string, MergedCell>();
  const covered = new Set<string>();
  for (const m of merged) {
    at.set(`${m.row},${m.column}`, m);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.column; c < m.column + m.columns; c++) if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
  }
  return { at, covered };
}
