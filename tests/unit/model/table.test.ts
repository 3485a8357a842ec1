// A table paragraph's text is its rows (line breaks) of cells (TABs): the cells and their marks.
import { describe, expect, test } from 'vitest';
import { marksInCell, tableCells } from '../../../scripts/model/table.js';
import type { Mark } from '../../../scripts/model/document.js';

describe('tableCells', () => {
  test('rows and cells as [start, end) offsets, empty cells included', () => {
    const text = '项目\t次数\n党课\t\t4';
    const cells = tableCells(text);
    expect(cells.map((row) => row.map(([a, b]) => text.slice(a, b)))).toEqual([
      ['项目', '次数'],
      ['党课', '', '4'],
    ]);
  });

  test('a one-cell table', () => {
    expect(tableCells('甲')).toEqual([[[0, 1]]]);
  });
});

describe('marksInCell', () => {
  test('the marks of a cell, shifted to its start; marks of other cells left out', () => {
    const text = '支部\t开展“两学一做”\n一支部\t张xx';
    const marks: Mark[] = [
      { kind: 'concept', conceptId: 'liangxue-yizuo', start: 6, end: 10 },
      { kind: 'redaction', start: 17, end: 19 },
    ];
    const [header, row] = tableCells(text);
    expect(marksInCell(marks, header![1]!)).toEqual([
      { kind: 'concept', conceptId: 'liangxue-yizuo', start: 3, end: 7 },
    ]);
    expect(text.slice(...row![1]!).slice(1, 3)).toBe('xx');
    expect(marksInCell(marks, row![1]!)).toEqual([{ kind: 'redaction', start: 1, end: 3 }]);
    expect(marksInCell(marks, row![0]!)).toEqual([]);
  });
});
