import { describe, expect, test } from 'vitest';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import type { Section } from '../../../../scripts/model/document.js';
import { sourceFromText } from './support.js';

const headings = (raw: string): string[] => {
  const walk = (ss: readonly Section[]): string[] =>
    ss.flatMap((s) => [`${s.numbering}${s.title}`, ...walk(s.sections)]);
  return walk(segmentSource(sourceFromText(raw).src).sections);
};

describe('a run of 标签：值 fields', () => {
  test('the last field of a 会议纪要 head is no heading over the record', () => {
    const raw =
      '支委会会议纪要\n\n时间：2024年6月18日\n地点：三楼会议室\n记录人：陈某\n\n会议听取了发展对象的培养考察情况汇报。\n\n一、研究发展党员工作\n\n正文。';
    expect(headings(raw)).toEqual(['一、研究发展党员工作']);
  });

  test("a lesson plan's fields too, with the colon of either width", () => {
    const raw = '党课教案\n\n授课人:王某某\n授课对象：全体党员\n\n本次党课围绕党章学习展开。\n\n一、导入\n\n正文。';
    expect(headings(raw)).toEqual(['一、导入']);
  });

  test('one short 标签：值 line over body text may still head it (`造品牌树典型：营造机关良好氛围`)', () => {
    const raw = '经验交流\n\n一、主要做法\n\n正文。\n\n造品牌树典型：营造机关良好氛围\n\n支部坚持树立典型。';
    expect(headings(raw)).toContain('造品牌树典型：营造机关良好氛围');
  });
});
