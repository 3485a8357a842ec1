/**
 * Segment: an HTML table in a Markdown source (pandoc writes one for a Word table a pipe table
 * cannot hold: cells of several paragraphs, merged cells) → one `table` block, rows by line break
 * and cells by TAB as for a pipe table. Its rows and cells arrive marked in the line text
 * (`HTML_ROW_MARK`, `HTML_CELL_MARK`, scripts/model/table.ts), and a cell may run over lines.
 */
import { HTML_CELL_MARK, HTML_ROW_MARK } from '../../model/table.js';
import { lineAt, type Block, type Line } from './block.js';

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
  const marks = [joined.indexOf(HTML_ROW_MARK), joined.indexOf(HTML_CELL_MARK)].filter((k) => k >= 0);
  const tableAt = marks.length > 0 ? Math.min(...marks) : -1;
  const blocks: Block[] = [];
  const before = tableAt < 0 ? joined : joined.slice(0, tableAt);
  if (before.trim() !== '') {
    const text = before.trim();
    blocks.push({ text, lines: [first, lineOf(before.length - 1)], origins: [{ offset: 0, line: first }] });
  }
  if (tableAt < 0) return blocks;
  const table: Block = { text: '', lines: [lineOf(tableAt), last], origins: [], layout: 'table' };
  let at = tableAt;
  for (const row of joined.slice(tableAt).split(HTML_ROW_MARK)) {
    const start = at;
    at += row.length + 1;
    const cells = row.split(HTML_CELL_MARK);
    // Text before the row's first cell tag is a cell of its own only when it holds text.
    if (cells[0]!.trim() === '' && cells.length > 1) cells.shift();
    const texts = cells.map((c) => c.replace(/\s+/g, ' ').trim());
    if (texts.every((c) => c === '')) continue;
    if (table.text !== '') table.text += '\n';
    table.origins.push({ offset: table.text.length, line: lineOf(start) });
    table.text += texts.join('\t');
  }
  if (table.text !== '') blocks.push(table);
  return blocks;
}
