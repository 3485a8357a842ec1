import { describe, expect, test } from 'vitest';
import { classifyBlock } from '../../../../scripts/stages/segment/classify.js';
import { canBeHeading } from '../../../../scripts/stages/segment/heading-rules.js';

const candidate = (text: string, format: 'txt' | 'md' = 'txt') =>
  classifyBlock({ text, lines: [1, 1], origins: [{ offset: 0, line: 1 }] }, format);
const BODY = '长期执政给我们党提供了实现执政目标的条件，也带来了考验。';

describe('canBeHeading', () => {
  test.each([
    // [text, next block, expected, why]
    ['（1）长期执政考验', BODY, true, 'short numbered line before body text'],
    ['（1）机关、直属单位党员100人以上的，设立党的基层委员会。', BODY, false, 'a whole sentence'],
    ['（1）报告人数', '（2）宣布名单', false, 'the first of a run of short siblings'],
    ['（1）新成立机关党组织的程序', '① 向机关工委写出请求报告。', true, 'a deeper item follows'],
    ['第一，集中学习', BODY, false, '第一， is always a list item'],
    ['一是强化政治建设，做“两个确立”的坚定维护者', BODY, true, '一是 heading-like line before body'],
    ['一是强化政治建设', '二是强化历史自信', false, '一是 lines in a row are points'],
    ['造品牌树典型：营造机关良好氛围', BODY, true, 'unnumbered short line before body'],
    ['本书编写组', '2014年4月', false, 'unnumbered short line before another short line'],
    ['图为党员参观展厅', BODY, false, "a picture's caption"],
    ['▲ 全体党员重温入党誓词', BODY, false, "WeChat's caption under a picture"],
    ['此致', '敬礼！', false, "a letter's closing formula"],
    ['选举的主要程序是：', BODY, false, 'a lead-in ending with a colon'],
    ['1.1 目标一致性', BODY, true, 'decimal numbering'],
    ['参考文献:', '[1] 张三 . 题名 [J]. 刊名 ,2020.', true, 'a role label'],
    ['这是一个相当长的没有标点的句子它超过了三十个字符的无编号标题长度上限', BODY, false, 'unnumbered and too long'],
    ['第一章 总则', '第一条 为了加强党的建设，制定本规定。', true, 'a chapter before articles'],
    ['第三条 党员的权利', BODY, false, 'an article is a paragraph, however short'],
    ['第一部分 总体要求', BODY, true, 'a part'],
    ['● 党员教育', BODY, false, 'a bullet item'],
    ['（2024年2月28日）', '同志们：', false, 'a bracketed date or note'],
    ['2023年12月28日', BODY, false, 'a bare date'],
    ['学习时报　2024年3月1日', BODY, false, 'a name and a full date apart'],
    ['2024-03-01 新华社', BODY, false, 'a full date and a name'],
    ['答案：B', BODY, false, "a field whose value has no Chinese (a question bank's answer)"],
    ['电话：010-12345678', BODY, false, 'a field whose value is a number'],
    ['案例：某某支部的“三会一课”', BODY, true, 'a label and a Chinese title'],
    ['2024年工作要点', BODY, true, 'a heading that starts with a year'],
    ['---', BODY, false, 'no letter at all'],
    ['【学习要点】', BODY, true, 'a short label in 【】 before body text'],
    ['附件2', '某某活动实施方案', true, 'an attachment label (role appendix)'],
    ['市直机党〔2024〕5号', '各党支部：', false, 'a document number'],
    ['——在全市机关党建工作会议上的讲话', BODY, false, 'a subtitle'],
    ['一、总体要求：', BODY, true, 'a top-level lead-in with a colon before body text'],
    ['（一）加强政治建设。', BODY, true, 'a one-sentence （一） line before body text'],
    ['（一）加强政治建设。', '（二）加强思想建设。', false, 'one-sentence siblings in a row are a list'],
    ['（1）按时召开会议。', BODY, false, 'a one-sentence （1） line is a list item'],
    ['1.什么是“三会一课”？', '答：“三会一课”是指定期召开支部党员大会。', true, 'a numbered question before its answer'],
    ['1.什么是“三会一课”？', '2.党员的组织关系如何转接？', false, 'questions in a row are a list'],
    ['（七）廉洁自律的情况。', '创新案例', false, 'a one-sentence line before a role heading ends a list'],
    ['——————', BODY, false, 'punctuation only'],
    ['表1 2023年“三会一课”开展情况', BODY, false, 'a table caption'],
    ['图2-1 支部活动', BODY, false, 'a figure caption'],
    ['表彰先进', BODY, true, 'a heading that starts with 表'],
    ['作者：李某某', BODY, false, 'a byline, wherever it stands'],
    ['文/张某某', BODY, false, "a web copy's byline"],
    ['文化引领', BODY, true, 'a heading that starts with 文'],
    ['姓名：张三', BODY, false, "a form's name field"],
    ['发布单位：某某机关党委', BODY, false, "a record's field naming a body"],
    ['学习时间：2024年3月5日', BODY, false, "a record's field naming a time"],
    ['授课人：张某某', BODY, false, "a record's field naming a person"],
    ['审核：李某', BODY, false, "a web copy's credit"],
    ['专题一：坚定理想信念', BODY, true, 'a numbered label and a Chinese title'],
  ])('%s, next %s → %s (%s)', (text, next, expected) => {
    expect(canBeHeading(candidate(text), candidate(next))).toBe(expected);
  });

  test('a short line over a Markdown table is its caption, not a heading; a table line never is one', () => {
    const table = classifyBlock({ text: '项目\t次数\n党课\t4', lines: [2, 3], origins: [], layout: 'table' }, 'md');
    expect(canBeHeading(candidate('各支部情况', 'md'), table)).toBe(false);
    expect(canBeHeading(table, candidate(BODY, 'md'))).toBe(false);
    const code = classifyBlock({ text: '备注', lines: [2, 2], origins: [], layout: 'code' }, 'md');
    expect(canBeHeading(code, candidate(BODY, 'md'))).toBe(false);
  });

  test('a Markdown heading always is one', () => {
    expect(canBeHeading(candidate('# 这是一个很长的标题，甚至带有句号。', 'md'), undefined)).toBe(true);
  });
});
