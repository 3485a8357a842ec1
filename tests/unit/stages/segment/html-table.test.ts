import { describe, expect, test } from 'vitest';
import { htmlTableBlocks } from '../../../../scripts/stages/segment/html-table.js';
import {
  HTML_CELL_MARK as C,
  HTML_LEFT_SPAN_MARK as L,
  HTML_ROW_MARK as R,
  HTML_UP_SPAN_MARK as U,
} from '../../../../scripts/model/table.js';
import type { Line } from '../../../../scripts/stages/segment/block.js';

const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ no: 10 + i, text, width: text.length }));

describe('htmlTableBlocks', () => {
  test('rows and cells from their marks across lines; a cell over two lines is joined with a space', () => {
    const [table] = htmlTableBlocks(
      lines(`${R}${C}培训班 ${C}期数`, `${R}${C}党支部书记`, `示范培训班 ${C}1`, `${R}`, `${R}${C}合计${C}${C}1500`),
    );
    expect(table).toMatchObject({
      text: '培训班\t期数\n党支部书记 示范培训班\t1\n合计\t\t1500',
      layout: 'table',
      lines: [10, 14],
    });
    // Each row starts on the line of its <tr>; the empty row is gone.
    expect(table!.origins).toEqual([
      { offset: 0, line: 10 },
      { offset: 7, line: 11 },
      { offset: 21, line: 14 },
    ]);
  });

  test('text before the first row (a caption) is a paragraph of its own, above the table', () => {
    const blocks = htmlTableBlocks(lines('表1 各支部情况', `${R}${C}支部${C}党员`, `${R}${C}一支部${C}12`));
    expect(blocks.map((b) => [b.text, b.lines, b.layout])).toEqual([
      ['表1 各支部情况', [10, 10], undefined],
      ['支部\t党员\n一支部\t12', [11, 12], 'table'],
    ]);
  });

  test('cells without any <tr> are one row; cells before the first <tr> a row of their own', () => {
    expect(htmlTableBlocks(lines(`${C}甲${C}乙`)).map((b) => b.text)).toEqual(['甲\t乙']);
    expect(htmlTableBlocks(lines(`${C}甲${R}${C}乙`)).map((b) => b.text)).toEqual(['甲\n乙']);
  });

  test('no row or cell mark at all: the lines are one paragraph', () => {
    expect(htmlTableBlocks(lines('只有', '文字')).map((b) => [b.text, b.layout])).toEqual([['只有 文字', undefined]]);
  });

  test('merged cells: a colspan and a rowspan are read back from the places they cover', () => {
    const [table] = htmlTableBlocks(
      lines(
        `${R}${C}支部 ${C}季度 ${C}次数 ${C}备注`,
        `${R}${C}一支部 ${C}一 ${C}3 ${C}全年达标`,
        `${R}${U}${C}二 ${C}4`,
        `${U}${R}${C}二支部 ${L}${C}5`,
        `${U}`,
      ),
    );
    expect(table!.text).toBe('支部\t季度\t次数\t备注\n一支部\t一\t3\t全年达标\n\t二\t4\t\n二支部\t\t5\t');
    expect(table!.merged).toEqual([
      { row: 1, column: 0, rows: 2, columns: 1 },
      { row: 1, column: 3, rows: 3, columns: 1 },
      { row: 3, column: 0, rows: 1, columns: 2 },
    ]);
  });

  test('a row left with no text is dropped, and the merge above it ends there', () => {
    const [table] = htmlTableBlocks(lines(`${R}${C}甲${C}乙`, `${R}${C}合计${L}`, `${R}${U}${U}`, `${R}${C}丙${C}丁`));
    expect(table!.text).toBe('甲\t乙\n合计\t\n丙\t丁');
    expect(table!.merged).toEqual([{ row: 1, column: 0, rows: 1, columns: 2 }]);
  });

  test('a table without merged cells has none', () => {
    expect(htmlTableBlocks(lines(`${R}${C}甲${C}乙`, `${R}${C}${C}丁`))[0]!.merged).toBeUndefined();
  });
});
