import { describe, expect, test } from 'vitest';
import { splitListLabels } from '../../../../scripts/stages/segment/labelled-lists.js';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { sourceFromText } from './support.js';

const split = (raw: string) =>
  splitListLabels(toBlocks(sourceFromText(raw).src)).map(({ block, label }) => [
    block.text,
    block.lines,
    label ?? false,
  ]);

describe('splitListLabels', () => {
  test('the attachment note: 附件： is a label of its own, item 1 an item on the same line', () => {
    expect(split('附件：1.优秀共产党员名单\n      2.先进基层党组织名单\n\n中共某某局机关委员会')).toEqual([
      ['附件：', [1, 1], true],
      ['1.优秀共产党员名单', [1, 1], false],
      ['2.先进基层党组织名单', [2, 2], false],
      ['中共某某局机关委员会', [4, 4], false],
    ]);
  });

  test('any short label over items of one scheme, with a space after its colon', () => {
    expect(split('主要做法： （1）强化学习；\n（2）狠抓落实。').map(([t]) => t)).toEqual([
      '主要做法：',
      '（1）强化学习；',
      '（2）狠抓落实。',
    ]);
  });

  test('a one-character label too: 注：', () => {
    expect(split('注：1．请提前10分钟到场。\n2．手机调至静音。').map(([t]) => t)).toEqual([
      '注：',
      '1．请提前10分钟到场。',
      '2．手机调至静音。',
    ]);
  });

  test('no second item, another scheme, a first item that is not 1, or a sentence before the colon: left alone', () => {
    expect(split('附件：1.优秀共产党员名单\n\n中共某某局机关委员会').map(([t]) => t)).toEqual([
      '附件：1.优秀共产党员名单',
      '中共某某局机关委员会',
    ]);
    expect(split('附件：1.甲表\n（2）乙表').map(([t]) => t)).toEqual(['附件：1.甲表', '（2）乙表']);
    expect(split('附件：2.乙表\n3.丙表').map(([t]) => t)).toEqual(['附件：2.乙表', '3.丙表']);
    expect(split('会议要求，各支部：1.按时参会\n2.做好记录').map(([t]) => t)).toEqual([
      '会议要求，各支部：1.按时参会',
      '2.做好记录',
    ]);
  });
});
