/** The search status names the query in quotation marks once, also when it was typed quoted (a phrase). */
import { describe, expect, test } from 'vitest';
import { ui } from '../../../src/i18n/zh-CN.js';

describe('search status strings', () => {
  test.each([
    ['两学一做', '“两学一做”共找到 11 个段落'],
    ['“两学一做”', '“两学一做”共找到 11 个段落'],
    ['"两学一做"', '"两学一做"共找到 11 个段落'],
    ['“两学”一做', '““两学”一做”共找到 11 个段落'],
  ])('%s', (q, expected) => {
    expect(ui.search.results(11, q)).toBe(expected);
  });
  test('no result', () => {
    expect(ui.search.none('“学习型党组织”')).toBe('没有找到包含“学习型党组织”的段落。');
    expect(ui.search.none('liangxueyizuo')).toBe('没有找到包含“liangxueyizuo”的段落。');
  });
});
