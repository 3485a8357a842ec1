/**
 * Segment, step 1 for plain text: tables laid out with TABs (a spreadsheet pasted into a text
 * file) or with columns two or more spaces apart. A run of two or more adjacent lines that split
 * into the same number of short cells is one table block, its rows joined by line breaks and its
 * cells by TAB (the `table` paragraph of scripts/model/table.ts); the spaces between columns are
 * layout, not text. A 目录 (`第一章 总则  1`: a title and a page number) is no table.
 */
import { appendRow, type Block, type Line } from './block.js';
import { displayWidth } from './text.js';

/** Longest cell of a table row: a longer one is prose that happens to hold a double space. */
const MAX_CELL_WIDTH = 40;

/** The cells of a line laid out as a table row, or undefined when it is no row. */
export function rowCells(text: string): string[] | undefined {
  const cells = text.trim().split(/ *\t[\t ]*| {2,}/);
  // A caption with a double space (`表1  区直机关基层党组织构成`) heads a table; it is not its header row.
  if (cells.length < 2 || /^[表图圖]\s*[0-9０-９]/.test(cells[0]!)) return undefined;
  if (cells.some((c) => displayWidth(c) > MAX_CELL_WIDTH || /[。！？!?]$/.test(c))) return undefined;
  return cells;
}

/** A 目录's lines: a title and a page number each. */
const looksLikeToc = (rows: readonly string[][]): boolean =>
  rows[0]!.length === 2 && rows.every((r) => /^[0-9０-９]{1,4}$/.test(r[1]!));

/** A run of table rows: indexes into the lines, inclusive, and each row's cells. */
interface TableRun {
  first: number;
  last: number;
  rows: string[][];
}

/** The tables among `lines` (non-blank lines in order), as runs of adjacent rows of one width. */
export function textTables(lines: readonly Line[]): TableRun[] {
  const runs: TableRun[] = [];
  let run: TableRun | undefined;
  const close = () => {
    if (run && run.rows.length >= 2 && !looksLikeToc(run.rows)) runs.push(run);
    run = undefined;
  };
  lines.forEach((line, i) => {
    const cells = rowCells(line.text);
    const joins = run && cells && cells.length === run.rows[0]!.length && lines[i - 1]!.no === line.no - 1;
    if (run && joins) {
      run.rows.push(cells!);
      run.last = i;
      return;
    }
    close();
    if (cells) run = { first: i, last: i, rows: [cells] };
  });
  close();
  return runs;
}

/** A table run as one block (cells joined by TAB, rows by a line break). */
export function tableBlock(lines: readonly Line[], { first, rows }: TableRun): Block {
  const no = lines[first]!.no;
  const block: Block = {
    text: rows[0]!.join('\t'),
    lines: [no, no],
    origins: [{ offset: 0, line: no }],
    layout: 'table',
  };
  rows.slice(1).forEach((cells, r) => appendRow(block, cells.join('\t'), lines[first + 1 + r]!.no));
  return block;
}

/**
 * Blocks of `lines` with their tables found: each table one block, the lines between them joined
 * by `join` (the plain-text rules), each stretch on its own so that no paragraph runs into a table.
 */
export function withTextTables(lines: Line[], join: (lines: Line[]) => Block[]): Block[] {
  const tables = textTables(lines);
  if (tables.length === 0) return join(lines);
  const blocks: Block[] = [];
  let at = 0;
  for (const t of tables) {
    if (t.first > at) blocks.push(...join(lines.slice(at, t.first)));
    blocks.push(tableBlock(lines, t));
    at = t.last + 1;
  }
  if (at < lines.length) blocks.push(...join(lines.slice(at)));
  return blocks;
}
