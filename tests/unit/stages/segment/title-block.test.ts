import { describe, expect, test } from 'vitest';
import { findPrintedTitle } from '../../../../scripts/stages/segment/title-block.js';
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
