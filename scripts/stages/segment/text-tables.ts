/**
 * Segment, step 1 for plain text: tables laid out with TABs (a spreadsheet pasted into a text
 * file) or with columns two or more spaces apart. A run of two or more adjacent lines that split
 * into the same number of short cells is one table block, its rows joined by line breaks and its
 * cells by TAB (the `table` paragraph of scripts/model/table.ts); the spaces between columns are
 * layout, not text. A short line of one cell between its rows (a timetable's `3月5日上午`) is a row
 * whose cell spans the table. A 目录 (`第一章 总则  1`: a title and a page number) is no table.
 *
 * A table drawn in box-drawing characters (`┌──┬──┐` / `│党员大会│每季度一次│` / `└──┴──┘`), in
 * ASCII (`+------+----+` / `| 1月 | 党章 |`), or written as a Markdown table in a text file
 * (`| 序号 | 要求 |` over `|---|---|`) is one too: its rules and vertical rules are `table-border`
 * removals, and with rules between its rows the lines between two rules are one row (a cell may wrap).
 */
import type { Removal } from '../../model/document.js';
import { appendRow, FIELD_LINE, type Block, type Line } from './block.js';
import { displayWidth, joinWrapped } from './text.js';

/** Longest cell of a table row laid out with spaces: a longer one is prose that happens to hold a double space. */
const MAX_CELL_WIDTH = 40;
/**
 * Longest cell of a row whose cells a TAB parts: a TAB is put there on purpose (a spreadsheet's
 * cells), so a cell may be a sentence or two (a 整改台账's 问题描述 and 整改措施), not a page.
 */
const MAX_TAB_CELL_WIDTH = 240;

/** A table's caption (`表1  区直机关基层党组织构成`): it heads a table, it is none of its rows. */
const CAPTION = /^[表图圖]\s*[0-9０-９]/;

/** The cells of a line laid out as a table row, or undefined when it is no row. */
export function rowCells(text: string): string[] | undefined {
  if (BOX_DRAWING.test(text)) return undefined;
  const trimmed = text.trim();
  const tabbed = trimmed.includes('\t');
  const cells = trimmed.split(tabbed ? / *\t[\t ]*/ : / {2,}/);
  // A caption with a double space heads a table; it is not its header row.
  if (cells.length < 2 || CAPTION.test(cells[0]!)) return undefined;
  const longest = tabbed ? MAX_TAB_CELL_WIDTH : MAX_CELL_WIDTH;
  if (cells.some((c) => displayWidth(c) > longest || (!tabbed && /[。！？!?]$/.test(c)))) return undefined;
  // Fields set side by side (`时间：6月18日　　地点：会议室`, a record's head) are a form, not a row.
  if (cells.every((c) => FIELD_LINE.test(c))) return undefined;
  return cells;
}

/**
 * A line drawn as a table's: with a box-drawing character, or between ASCII pipes (`| 月份 | 内容 |`).
 * Never a row laid out with spaces.
 */
const BOX_DRAWING = /[\u2500-\u257f]|^\|.*\|$/;
/**
 * A drawn table's rule: box-drawing characters and spaces only, a horizontal one among them
 * (`├──┼──┤`); in ASCII, a grid's (`+------+----+`) or a Markdown table's delimiter row (`|---|:---:|`).
 */
const BOX_RULE =
  /^(?:[\u2500-\u257f ]*[─━═┄┅┈┉╌╍][\u2500-\u257f ]*|\+(?:[-=:]+\+)+|\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?)$/;
/** The vertical rules of a drawn table's row. */
const VERTICALS = /[│┃║|]/g;
/** A drawn table's row: cells between vertical rules, one rule at each end (`│会议类型│召开频次│`, `| 1月 | 党章 |`). */
const BOX_ROW = /^[│┃║|].*[│┃║|]$/;

/** A 目录's lines: a title and a page number each. */
const looksLikeToc = (rows: readonly string[][]): boolean =>
  rows[0]!.length === 2 && rows.every((r) => /^[0-9０-９]{1,4}$/.test(r[1]!));

/** A run of table rows: indexes into the lines, inclusive, and each row's cells. */
interface TableRun {
  first: number;
  last: number;
  rows: string[][];
  /** Rows of one cell across the table, heading the rows under them (`3月5日上午` in a timetable). */
  groups: number[];
}

/**
 * A line of one short cell between two rows of a table (`3月5日上午` between the header and the
 * morning's rows): a group row, its cell spanning every column.
 */
function isGroupRow(text: string, next: string[] | undefined, width: number): boolean {
  const t = text.trim();
  return (
    !CAPTION.test(t) &&
    next?.length === width &&
    t !== '' &&
    displayWidth(t) <= MAX_CELL_WIDTH &&
    !/[。！？!?：:]$/.test(t) &&
    !/\t| {2}/.test(t)
  );
}

/** A run of adjacent lines of a drawn table (rules and rows): indexes into the lines, inclusive. */
interface BoxRun {
  first: number;
  last: number;
}

/** The drawn tables among `lines`: runs of adjacent rules and rows, with a row of two cells at least. */
function boxTables(lines: readonly Line[]): BoxRun[] {
  const runs: BoxRun[] = [];
  let run: BoxRun | undefined;
  let cells = 0;
  const close = () => {
    if (run && run.last > run.first && cells >= 2) runs.push(run);
    run = undefined;
    cells = 0;
  };
  lines.forEach((line, i) => {
    const t = line.text.trim();
    const row = BOX_ROW.test(t);
    if (!row && !BOX_RULE.test(t)) return close();
    if (run && lines[i - 1]!.no === line.no - 1) run.last = i;
    else {
      close();
      run = { first: i, last: i };
    }
    if (row) cells = Math.max(cells, t.split(VERTICALS).length - 2);
  });
  close();
  return runs;
}

/**
 * A drawn table as one block: its rules and the vertical rules of its rows are `table-border`
 * removals; with rules between its rows, the lines between two rules are one row, each cell's
 * lines joined (a cell wraps inside its column); without, each line is a row.
 */
function boxTableBlock(lines: readonly Line[], { first, last }: BoxRun): Block {
  const run = lines.slice(first, last + 1);
  const isRule = run.map((l) => BOX_RULE.test(l.text.trim()));
  // Rules between the rows (not only under the header, as a database's output or a Markdown
  // table has it): the lines between two rules are one row. Else each line is one, but a line
  // whose first cell is empty goes on with the row above (`│    │习一次    │`: a wrapped cell).
  const ruledRows = isRule.filter((r, k) => r && k > 0 && k < run.length - 1).length > 1;
  const removed: Removal[] = [];
  const rows: { cells: string[]; line: number }[] = [];
  let open: { cells: string[]; line: number } | undefined;
  run.forEach((line, k) => {
    const t = line.text.trim();
    if (isRule[k]) {
      removed.push({ text: t, line: line.no, reason: 'table-border' });
      open = undefined;
      return;
    }
    for (const m of t.matchAll(VERTICALS)) removed.push({ text: m[0], line: line.no, reason: 'table-border' });
    const cells = t
      .split(VERTICALS)
      .slice(1, -1)
      .map((c) => c.trim());
    if (open && (ruledRows || cells[0] === '')) {
      const joined = open.cells;
      open.cells = Array.from({ length: Math.max(joined.length, cells.length) }, (_, c) =>
        joinWrapped(joined[c] ?? '', cells[c] ?? ''),
      );
    } else rows.push((open = { cells, line: line.no }));
  });
  const block: Block = {
    text: rows[0]!.cells.join('\t'),
    lines: [run[0]!.no, run[0]!.no],
    origins: [{ offset: 0, line: rows[0]!.line }],
    layout: 'table',
    removed,
    ...(!hasHeaderRow(rows.map((r) => r.cells)) && { noHeaderRow: true as const }),
  };
  for (const r of rows.slice(1)) appendRow(block, r.cells.join('\t'), r.line);
  block.lines[1] = run.at(-1)!.no;
  return block;
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
    const adjacent = run !== undefined && lines[i - 1]!.no === line.no - 1;
    const width = run?.rows[0]!.length ?? 0;
    if (run && adjacent && cells && cells.length === width) {
      run.rows.push(cells);
      run.last = i;
      return;
    }
    const next = () => (lines[i + 1]?.no === line.no + 1 ? rowCells(lines[i + 1]!.text) : undefined);
    if (run && adjacent && !cells && isGroupRow(line.text, next(), width)) {
      run.groups.push(run.rows.length);
      run.rows.push([line.text.trim(), ...Array<string>(width - 1).fill('')]);
      run.last = i;
      return;
    }
    close();
    if (cells) run = { first: i, last: i, rows: [cells], groups: [] };
  });
  close();
  return runs;
}

/**
 * Words column heads are made of (序号, 姓名, 单位, 时间, 内容 …): a first row holding one is the
 * header of its table.
 */
const HEAD_WORD =
  /序号|编号|姓名|名称|单位|部门|职务|职级|时间|日期|地点|内容|形式|方式|项目|类别|类型|备注|数量|人数|情况|说明|要求|措施|责任|负责人|主题|分值|得分|标准|指标|年份|月份|金额|比例|对象|性别|年龄|学历|党龄|民族|电话|成绩|结果|排名|任务|目标|进度|主讲/;

const NUMBER = /^[0-9０-９.．%‰,，]+$/;

/**
 * Whether a plain-text table's first row is its header. A spreadsheet pasted into a text file
 * usually has one, a name list laid out in columns (`王　某　　办公室`) has none, and nothing marks
 * which: a first row with a column head's word (姓名, 时间 …) is a header; else each column votes,
 * as Python's csv.Sniffer does: under a head of another kind, a column of numbers, or of cells of
 * one width, says header; a head of the same kind says data. A tie is data: a header row no word
 * and no column shows is rare, a list's first line shown as one is seen at once.
 */
export function hasHeaderRow(rows: readonly string[][]): boolean {
  const [first, ...rest] = rows;
  if (!first || rest.length === 0) return true;
  if (first.some((cell) => HEAD_WORD.test(cell))) return true;
  let votes = 0;
  first.forEach((head, k) => {
    const column = rest.map((r) => r[k] ?? '');
    if (column.every((c) => NUMBER.test(c))) votes += NUMBER.test(head) ? -1 : 1;
    const widths = new Set(column.map(displayWidth));
    if (widths.size === 1) votes += widths.has(displayWidth(head)) ? -1 : 1;
  });
  return votes > 0;
}

/** A table run as one block (cells joined by TAB, rows by a line break). */
export function tableBlock(lines: readonly Line[], { first, rows, groups }: TableRun): Block {
  const no = lines[first]!.no;
  const width = rows[0]!.length;
  const block: Block = {
    text: rows[0]!.join('\t'),
    lines: [no, no],
    origins: [{ offset: 0, line: no }],
    layout: 'table',
    ...(!hasHeaderRow(rows.filter((_, r) => !groups.includes(r))) && { noHeaderRow: true as const }),
    ...(groups.length > 0 && { merged: groups.map((row) => ({ row, column: 0, rows: 1, columns: width })) }),
  };
  rows.slice(1).forEach((cells, r) => appendRow(block, cells.join('\t'), lines[first + 1 + r]!.no));
  return block;
}

/**
 * Blocks of `lines` with their tables found: each table one block, the lines between them joined
 * by `join` (the plain-text rules), each stretch on its own so that no paragraph runs into a table.
 */
export function withTextTables(lines: Line[], join: (lines: Line[]) => Block[]): Block[] {
  const tables = [
    ...textTables(lines).map((t) => ({ ...t, block: () => tableBlock(lines, t) })),
    ...boxTables(lines).map((t) => ({ ...t, block: () => boxTableBlock(lines, t) })),
  ].sort((a, b) => a.first - b.first);
  if (tables.length === 0) return join(lines);
  const blocks: Block[] = [];
  let at = 0;
  for (const t of tables) {
    if (t.first > at) blocks.push(...join(lines.slice(at, t.first)));
    blocks.push(t.block());
    at = t.last + 1;
  }
  if (at < lines.length) blocks.push(...join(lines.slice(at)));
  return blocks;
}
