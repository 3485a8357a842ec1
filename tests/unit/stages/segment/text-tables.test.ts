// Tables in plain text: TAB-separated rows (a spreadsheet pasted in) or columns two spaces apart.
import { describe, expect, test } from 'vitest';
import { hasHeaderRow, rowCells, tableBlock, textTables } from '../../../../scripts/stages/segment/text-tables.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { assertNothingLost } from '../../../../scripts/stages/coverage.js';
import { leavesOf, paragraphsIn } from '../../../../scripts/model/walk.js';
import type { Line } from '../../../../scripts/stages/segment/block.js';
import { sourceFromText } from './support.js';

const lines = (texts: string[]): Line[] => texts.map((text, i) => ({ no: i + 1, text, width: text.length }));
const found = (texts: string[]) => textTables(lines(texts)).map((t) => [t.first, t.last, t.rows]);

describe('rowCells', () => {
  test.each([
    ['类别\t数量\t占比', ['类别', '数量', '占比']],
    ['支部党员大会  272    268', ['支部党员大会', '272', '268']],
    ['机关党委 \t 6', ['机关党委', '6']],
    ['加强党的建设，推进全面从严治党', undefined],
    ['一句话说完。  另一句话。', undefined],
    ['第一章 总则', undefined],
    ['表1  区直机关基层党组织构成', undefined],
    ['时间：2024年6月18日  地点：三楼会议室', undefined],
    ['9:00  10:30', ['9:00', '10:30']],
    ['上午  主持人：张某', ['上午', '主持人：张某']],
    // TABs part cells on purpose: a cell may be a long sentence (a 整改台账's 整改措施), not spaces' prose.
    [
      '1\t理论学习不够系统深入，对党的创新理论的学习存在碎片化现象，学用结合不够紧密\t制定个人学习计划。\t王某',
      ['1', '理论学习不够系统深入，对党的创新理论的学习存在碎片化现象，学用结合不够紧密', '制定个人学习计划。', '王某'],
    ],
    ['理论学习不够系统深入，对党的创新理论的学习存在碎片化现象，学用结合不够紧密，成效不明显  王某', undefined],
    ['王  某\t办公室', ['王  某', '办公室']],
  ])('%j → %j', (text, cells) => {
    expect(rowCells(text)).toEqual(cells);
  });
});

describe('textTables', () => {
  test('adjacent rows of one width are a table; a lone row, a blank line or another width ends it', () => {
    expect(
      found(['表1  构成', '类别\t数量', '党委\t6', '支部\t68', '', '甲  乙  丙', '1  2  3', '正文。', '单行  一个']),
    ).toEqual([
      [
        1,
        3,
        [
          ['类别', '数量'],
          ['党委', '6'],
          ['支部', '68'],
        ],
      ],
      [
        5,
        6,
        [
          ['甲', '乙', '丙'],
          ['1', '2', '3'],
        ],
      ],
    ]);
  });

  test('a short line of one cell between rows is a group row across the table (a timetable’s 上午 / 下午)', () => {
    const texts = [
      '时间\t内容\t主讲',
      '3月5日上午',
      '8:30\t报到\t组织部',
      '9:00\t开班\t书记',
      '下午',
      '14:30\t讨论\t组长',
    ];
    const [table] = textTables(lines(texts));
    expect(table).toMatchObject({ first: 0, last: 5, groups: [1, 4] });
    expect(table!.rows[1]).toEqual(['3月5日上午', '', '']);
    const block = tableBlock(lines(texts), table!);
    expect(block.merged).toEqual([
      { row: 1, column: 0, rows: 1, columns: 3 },
      { row: 4, column: 0, rows: 1, columns: 3 },
    ]);
    expect(block.noHeaderRow).toBeUndefined();
    // Not a group row: a sentence, a caption, a line before no row of the table's width, the last line.
    expect(found(['甲\t乙', '1\t2', '这是一句话。', '3\t4'])).toEqual([
      [
        0,
        1,
        [
          ['甲', '乙'],
          ['1', '2'],
        ],
      ],
    ]);
    expect(found(['甲\t乙', '1\t2', '表2 另一表', '3\t4']).map(([f, l]) => [f, l])).toEqual([[0, 1]]);
    expect(found(['甲\t乙', '1\t2', '小计', '3\t4\t5']).map(([f, l]) => [f, l])).toEqual([[0, 1]]);
    expect(found(['甲\t乙', '1\t2', '小计']).map(([f, l]) => [f, l])).toEqual([[0, 1]]);
  });

  test('a 目录 (a title and a page number a line) is no table', () => {
    expect(found(['第一章 总则\t1', '第二章 党员\t5', '第三章 组织\t12'])).toEqual([]);
  });

  test('rows on lines that are not adjacent in the source are two stretches, neither a table', () => {
    const apart: Line[] = [
      { no: 1, text: '甲  乙', width: 6 },
      { no: 3, text: '丙  丁', width: 6 },
    ];
    expect(textTables(apart)).toEqual([]);
  });
});

describe('hasHeaderRow', () => {
  const rows = (s: string) => s.split('\n').map((r) => r.split('|'));
  test.each([
    ['项目|计划|实际\n党课|4|4\n支委会|12|11', true, 'numbers under words'],
    ['届次|任期\n第一届|2018—2021\n第二届|2021—2024', true, 'columns of one width under heads of another'],
    ['支部|书记\n一支部|张某\n二支部|李某', false, 'a tie (one column votes header, one data) is data'],
    ['姓名|单位\n王 某|办公室\n刘某某|政策法规处', true, 'a head word (姓名)'],
    ['王 某|办公室\n刘某某|财务处\n张三|政策法规处\n陈某某|机关党委', false, 'a name list: nothing says header'],
    ['2023|512\n2024|530', false, 'numbers over numbers'],
  ])('%s', (table, expected) => {
    expect(hasHeaderRow(rows(table))).toBe(expected);
  });
});

describe('a plain-text table through the segmenter', () => {
  test('one table paragraph between the paragraphs around it, nothing lost', () => {
    const raw =
      '报告\n\n一、基本情况\n\n情况如下。\n项目    计划    实际\n党课    4       4\n支委会  12      11\n以上为全年情况。\n';
    const { src, text } = sourceFromText(raw);
    const doc = segmentSource(src);
    assertNothingLost(text, doc);
    const ps = leavesOf(doc).flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)]);
    expect(ps.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '情况如下。'],
      ['table', '项目\t计划\t实际\n党课\t4\t4\n支委会\t12\t11'],
      ['paragraph', '以上为全年情况。'],
    ]);
    expect(ps[1]!.noHeaderRow).toBeUndefined();
  });

  test('a name list laid out with ideographic spaces is a table without a header row', () => {
    const raw = '名单\n\n附件\n\n王　某　　办公室\n刘某某　　财务处\n张三　　　政策法规处\n';
    const { src, text } = sourceFromText(raw);
    const doc = segmentSource(src);
    assertNothingLost(text, doc);
    const table = leavesOf(doc)
      .flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)])
      .find((p) => p.kind === 'table')!;
    expect(table.text).toBe('王 某\t办公室\n刘某某\t财务处\n张三\t政策法规处');
    expect(table.noHeaderRow).toBe(true);
  });
});

describe('drawn tables: box-drawing characters, ASCII, a Markdown table in a text file', () => {
  /** A text's paragraphs (kind, text, lines) and `table-border` removals, nothing lost. */
  const readDrawn = (lines: string[]) => {
    const { src, text } = sourceFromText(lines.join('\n'));
    const doc = segmentSource(src);
    assertNothingLost(text, doc);
    const ps = leavesOf(doc).flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)]);
    return {
      paragraphs: ps.map((p) => [p.kind, p.text, p.provenance.lines]),
      borders: doc.removed.filter((r) => r.reason === 'table-border'),
    };
  };

  test('a table drawn in ASCII, or a Markdown table in a text file, is a table; a rule under the header only leaves a row a line', () => {
    const raw = [
      '安排如下：',
      '+------+------------+',
      '| 月份 | 学习内容   |',
      '+======+============+',
      '| 1月  | 党章第一章 |',
      '| 2月  | 党章第二章 |',
      '|      | （续）     |',
      '+------+------------+',
      '要求如下：',
      '| 序号 | 要求 |',
      '|---|:---:|',
      '| 1 | 按时参加 |',
      '| 2 | 做好笔记 |',
    ];
    const { paragraphs, borders } = readDrawn(raw);
    expect(paragraphs).toEqual([
      ['paragraph', '安排如下：', [1, 1]],
      ['table', '月份\t学习内容\n1月\t党章第一章\n2月\t党章第二章（续）', [2, 8]],
      ['paragraph', '要求如下：', [9, 9]],
      ['table', '序号\t要求\n1\t按时参加\n2\t做好笔记', [10, 13]],
    ]);
    expect(borders.filter((r) => r.line === 11).map((r) => r.text)).toEqual(['|---|:---:|']);
    expect(borders.filter((r) => r.line === 12)).toHaveLength(3);
  });

  test('rows between rules are one row each (a wrapped cell joined); the rules are table-border removals', () => {
    const raw = [
      '要求如下：',
      '┌────┬──────┐',
      '│项目│要求      │',
      '├────┼──────┤',
      '│学习│每月集中学│',
      '│    │习一次    │',
      '└────┴──────┘',
      '以上。',
    ];
    const { paragraphs, borders } = readDrawn(raw);
    expect(paragraphs).toEqual([
      ['paragraph', '要求如下：', [1, 1]],
      ['table', '项目\t要求\n学习\t每月集中学习一次', [2, 7]],
      ['paragraph', '以上。', [8, 8]],
    ]);
    expect(borders.filter((r) => r.line === 2).map((r) => r.text)).toEqual(['┌────┬──────┐']);
    expect(borders.filter((r) => r.line === 6)).toHaveLength(3);
  });

  test('a rule alone, or a box of one column, is no table; a row laid out with spaces never takes a drawn line', () => {
    for (const raw of ['正文。\n────────────\n正文。', '┌────┐\n│提示│\n└────┘\n正文。']) {
      const { src, text } = sourceFromText(raw);
      const doc = segmentSource(src);
      assertNothingLost(text, doc);
      const ps = leavesOf(doc).flatMap((l) => [...l.paragraphs, ...paragraphsIn(l.sections)]);
      expect(ps.every((p) => p.kind !== 'table')).toBe(true);
    }
    expect(rowCells('│会议类型│召开频次  │主持人  │')).toBeUndefined();
  });
});
