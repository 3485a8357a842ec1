import { describe, expect, test } from 'vitest';
import { findPrintedTitle, printsManifestTitle } from '../../../../scripts/stages/segment/title-block.js';
import type { Block } from '../../../../scripts/stages/segment/block.js';

const blocks = (...texts: string[]): Block[] =>
  texts.map((text, i) => ({ text, lines: [i + 1, i + 1], origins: [{ offset: 0, line: i + 1 }] }));

describe('findPrintedTitle', () => {
  test('a title broken over two lines below a 版头 and a document number', () => {
    const b = blocks(
      '某委员会文件',
      '某发〔2024〕5号',
      '关于开展“学习二十大 奋进新征程”',
      '主题党日活动的通知',
      '各支部：',
    );
    expect(findPrintedTitle(b, '关于开展“学习二十大 奋进新征程”主题党日活动的通知')).toEqual({ start: 2, end: 4 });
  });

  test('quotation and book-title marks and spaces may differ from the manifest', () => {
    expect(findPrintedTitle(blocks('学习《党章》', '心得'), '学习党章心得')).toEqual({ start: 0, end: 2 });
  });

  test('a title on the first line alone, or not near the top, needs no help', () => {
    expect(findPrintedTitle(blocks('标题', '正文。'), '标题')).toBeUndefined();
    expect(findPrintedTitle(blocks('一', '二', '三', '四', '五', '六', '七', '标题'), '标题')).toBeUndefined();
    expect(findPrintedTitle(blocks('别的标题', '正文。'), '标题')).toBeUndefined();
  });
});

describe('printsManifestTitle', () => {
  const [line] = blocks('x');
  const prints = (text: string, title: string) => printsManifestTitle({ ...line!, text }, title);
  test("the title as printed, numbered or behind a WeChat headline's emoji and tag", () => {
    expect(prints('第三讲　严明党的纪律', '第三讲 严明党的纪律')).toBe(true);
    expect(prints('🔥重磅！一图读懂2024年党建工作要点', '一图读懂2024年党建工作要点')).toBe(true);
    expect(prints('【速看】一图读懂2024年党建工作要点', '一图读懂2024年党建工作要点')).toBe(true);
    expect(prints('收藏｜一图读懂2024年党建工作要点', '一图读懂2024年党建工作要点')).toBe(true);
  });
  test('not a sentence that ends with it, nor another title', () => {
    expect(prints('我们认真学习了一图读懂2024年党建工作要点', '一图读懂2024年党建工作要点')).toBe(false);
    expect(prints('第三讲　严明党的纪律', '党员教育读本')).toBe(false);
    expect(prints('第三讲', '')).toBe(false);
  });
});
