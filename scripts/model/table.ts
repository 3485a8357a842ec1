/**
 * How a `table` paragraph holds its table (a Markdown table, scripts/stages/markdown-inline.ts): its
 * text is the rows, separated by a line break, each row's cells separated by TAB; the first row is
 * the header, unless the paragraph says it has none (`noHeaderRow`: a plain-text name list). Keeping the cells in the paragraph's text keeps everything that works on text (marks,
 * search, citations, the nothing-lost check) working on tables unchanged.
 */
import type { Mark } from './document.js';

/**
 * Where an HTML table in a Markdown source (`<tr>`, `<td>`, `<th>`) starts a row or a cell: ingest
 * (scripts/stages/markdown-inline.ts) puts these in place of the tags, on their lines, and the
 * segmenter (scripts/stages/segment/html-table.ts) reads the rows and cells from them across the
 * lines a cell may run over. Unicode noncharacters: never text of a source (one that holds them
 * keeps its tags as plain syntax), and no later ingest step touches them.
 */
export const HTML_ROW_MARK = '\uFDD0';
export const HTML_CELL_MARK = '\uFDD1';

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
