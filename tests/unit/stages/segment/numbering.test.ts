import { describe, expect, test } from 'vitest';
import {
  chineseNumeral,
  chineseNumeralValue,
  parseNumbering,
  spelledOutMarker,
} from '../../../../scripts/stages/segment/numbering.js';

describe('parseNumbering', () => {
  test.each([
    ['第一章 机关党建工作概述', 'chapter', 'chapter', '第一章', 1, '机关党建工作概述'],
    ['第十章 构建新型机关党组织', 'chapter', 'chapter', '第十章', 10, '构建新型机关党组织'],
    ['第二节 组织建设', 'jie', 'jie', '第二节', 2, '组织建设'],
    ['一、机关党组织的设置和基本职责', 'cn-dun', 'cn-dun', '一、', 1, '机关党组织的设置和基本职责'],
    ['十二、附则', 'cn-dun', 'cn-dun', '十二、', 12, '附则'],
    ['（三）以作风考评为抓手', 'cn-paren', 'cn-paren', '（三）', 3, '以作风考评为抓手'],
    ['(二)工作要求', 'cn-paren', 'cn-paren', '(二)', 2, '工作要求'],
    ['1.机关党组织的设置依据', 'arabic-dot', 'arabic-dot', '1.', 1, '机关党组织的设置依据'],
    ['2. 以改革创新的精神', 'arabic-dot', 'arabic-dot', '2.', 2, '以改革创新的精神'],
    ['3．学习教育', 'arabic-dot', 'arabic-dot', '3．', 3, '学习教育'],
    ['1.1 目标一致性', 'decimal', 'decimal-2', '1.1', 1, '目标一致性'],
    ['2.3.4 细则', 'decimal', 'decimal-3', '2.3.4', 4, '细则'],
    ['1 政工的核心概念及其责任', 'arabic-space', 'arabic-space', '1', 1, '政工的核心概念及其责任'],
    ['（1）长期执政考验', 'arabic-paren', 'arabic-paren', '（1）', 1, '长期执政考验'],
    [
      '① 向机关工委写出建立机关党委的请求报告。',
      'circled',
      'circled',
      '①',
      1,
      '向机关工委写出建立机关党委的请求报告。',
    ],
    ['⑨按照党组织的隶属关系', 'circled', 'circled', '⑨', 9, '按照党组织的隶属关系'],
    ['⒈加强组织领导。', 'arabic-dot', 'arabic-dot', '⒈', 1, '加强组织领导。'],
    ['⒓ 强化考核', 'arabic-dot', 'arabic-dot', '⒓', 12, '强化考核'],
    ['⑴各党支部要结合实际', 'arabic-paren', 'arabic-paren', '⑴', 1, '各党支部要结合实际'],
    ['⒇附则', 'arabic-paren', 'arabic-paren', '⒇', 20, '附则'],
    ['㈠加强组织领导。', 'cn-paren', 'cn-paren', '㈠', 1, '加强组织领导。'],
    ['㈩ 其他', 'cn-paren', 'cn-paren', '㈩', 10, '其他'],
    ['第一，秉持改革和法治精神。', 'ordinal', 'ordinal', '第一，', 1, '秉持改革和法治精神。'],
    ['三是抓好巡视整改。', 'yishi', 'yishi', '三是', 3, '抓好巡视整改。'],
    // A WeChat article's dingbat numbers, and ◎ as a bullet:
    ['❷ 带头执行上级决策部署；', 'circled', 'circled', '❷', 2, '带头执行上级决策部署；'],
    ['➊把方向', 'circled', 'circled', '➊', 1, '把方向'],
    ['➓ 第十点', 'circled', 'circled', '➓', 10, '第十点'],
    ['◎ 关键一：把方向', 'bullet', 'bullet', '◎', 1, '关键一：把方向'],
    // Spaced as a PDF copy prints them:
    ['一 、强化政治功能', 'cn-dun', 'cn-dun', '一 、', 1, '强化政治功能'],
    ['（ 二 ）严肃组织生活', 'cn-paren', 'cn-paren', '（ 二 ）', 2, '严肃组织生活'],
    ['（ 3 ）按时交纳党费', 'arabic-paren', 'arabic-paren', '（ 3 ）', 3, '按时交纳党费'],
    ['第 二 章 组织设置', 'chapter', 'chapter', '第 二 章', 2, '组织设置'],
    ['第 十二 条 党支部应当', 'article', 'article', '第 十二 条', 12, '党支部应当'],
    ['第 三 节 组织生活', 'jie', 'jie', '第 三 节', 3, '组织生活'],
    ['第 一 部分 总体要求', 'part', 'part', '第 一 部分', 1, '总体要求'],
    // A procedure's stages and steps (发展党员工作流程):
    ['第二阶段：入党积极分子的确定', 'topic', 'topic', '第二阶段：', 2, '入党积极分子的确定'],
    ['第三环节 重温入党誓词', 'topic', 'topic', '第三环节', 3, '重温入党誓词'],
    ['第三步：推荐和确定入党积极分子。', 'ordinal', 'ordinal', '第三步：', 3, '推荐和确定入党积极分子。'],
    ['二要建强骨干队伍。', 'yishi', 'yishi-yao', '二要', 2, '建强骨干队伍。'],
    // Numberings of texts the corpus does not have (regulations, summaries, traditional, full-width):
    ['第一部分 总体要求', 'part', 'part', '第一部分', 1, '总体要求'],
    ['第二编 分则', 'part', 'part', '第二编', 2, '分则'],
    // A course's units, their word before the numeral (a space or a stop after it):
    ['专题一　坚定理想信念', 'part', 'part', '专题一', 1, '坚定理想信念'],
    ['模块2：党的纪律', 'part', 'part', '模块2：', 2, '党的纪律'],
    ['单元三、组织生活', 'part', 'part', '单元三、', 3, '组织生活'],
    [
      '第十二条　党支部应当严格执行“三会一课”制度。',
      'article',
      'article',
      '第十二条',
      12,
      '党支部应当严格执行“三会一课”制度。',
    ],
    ['第一條 為了加強黨的建設', 'article', 'article', '第一條', 1, '為了加強黨的建設'],
    ['第三節 組織生活', 'jie', 'jie', '第三節', 3, '組織生活'],
    ['貳、工作要求', 'cn-formal', 'cn-formal', '貳、', 2, '工作要求'],
    ['兩、例外', 'cn-dun', 'cn-dun', '兩、', 2, '例外'],
    ['１．全角数字编号', 'arabic-dot', 'arabic-dot', '１．', 1, '全角数字编号'],
    ['１２、第十二项', 'arabic-dot', 'arabic-dot', '１２、', 12, '第十二项'],
    ['３．１ 全角小节', 'decimal', 'decimal-2', '３．１', 1, '全角小节'],
    ['2.2023年度党支部书记述职评议结果', 'arabic-dot', 'arabic-dot', '2.', 2, '2023年度党支部书记述职评议结果'],
    ['3、组织保障', 'arabic-dot', 'arabic-dot', '3、', 3, '组织保障'],
    ['1）加强学习', 'arabic-close', 'arabic-close', '1）', 1, '加强学习'],
    ['2) 严格管理', 'arabic-close', 'arabic-close', '2)', 2, '严格管理'],
    ['(3) 括号编号', 'arabic-paren', 'arabic-paren', '(3)', 3, '括号编号'],
    ['● 党员教育', 'bullet', 'bullet', '●', 1, '党员教育'],
    ['■组织建设', 'bullet', 'bullet', '■', 1, '组织建设'],
    ['√ 勇于自我革命', 'bullet', 'bullet', '√', 1, '勇于自我革命'],
    ['✅ 加强政治建设', 'bullet', 'bullet', '✅', 1, '加强政治建设'],
    ['（二）、严格管理', 'cn-paren', 'cn-paren', '（二）、', 2, '严格管理'],
    ['II. PRACTICE', 'roman', 'roman', 'II.', 2, 'PRACTICE'],
    ['XIV. Notes on Method', 'roman', 'roman', 'XIV.', 14, 'Notes on Method'],
    ['Ⅲ、工作要求', 'roman', 'roman', 'Ⅲ、', 3, '工作要求'],
    ['B. Supervision', 'latin', 'latin', 'B.', 2, 'Supervision'],
    ['三）加强领导', 'cn-paren', 'cn-paren', '三）', 3, '加强领导'],
    ['①、开展学习', 'circled', 'circled', '①、', 1, '开展学习'],
    ['（4）、强化督导', 'arabic-paren', 'arabic-paren', '（4）、', 4, '强化督导'],
    ['👨‍👩‍👧 家庭助廉', 'bullet', 'bullet', '👨‍👩‍👧', 1, '家庭助廉'],
    ['📌 二、重点任务', 'cn-dun', 'cn-dun', '📌 二、', 2, '重点任务'],
    ['2️⃣ 强化督导。', 'arabic-dot', 'arabic-dot', '2️⃣', 2, '强化督导。'],
    ['➢坚定政治信仰', 'bullet', 'bullet', '➢', 1, '坚定政治信仰'],
    ['- 认真学习党章', 'bullet', 'bullet', '-', 1, '认真学习党章'],
    ['- [x] 完成集中学习', 'bullet', 'bullet', '- [x]', 1, '完成集中学习'],
    ['* [ ] 开展专项检查', 'bullet', 'bullet', '* [ ]', 1, '开展专项检查'],
    ['- [1] 参考文献条目', 'bullet', 'bullet', '-', 1, '[1] 参考文献条目'],
  ])('%s → %s', (text, scheme, key, marker, value, rest) => {
    expect(parseNumbering(text)).toEqual({ scheme, key, marker, value, rest });
  });

  test.each([
    ['2014年4月1日上午，中共中央政治局常委'], // a year is not a numbering
    ['2014年4月'],
    ['5.5亿元'], // a decimal number opening a sentence
    ['100 人参加'], // three digits and a counter word
    ['党建要点'],
    ['（资料来源：中国共产党新闻网）'],
    ['一、'], // numbering with nothing after it
    ['1.5亿元投入基层'], // an amount, not item 1
    ['---'], // a rule, not a bullet
    ['-5℃'], // a negative number
    ['12月5日，局机关党委召开会议'], // a date
    ['第一条，'], // nothing after it
    ['三要素是指目标、过程和结果。'], // 要素 is a word, not a point
    ['一要求是严格执行制度。'],
    ['两要点须牢记。'],
    ['A.正确 B.错误'], // a quiz's options
    ['V. I. Lenin wrote on Party organisation.'], // initials
    ['I. 我们认为'], // a Roman numeral before Chinese text is a letter
    ['第一步要把好政治关。'], // a sentence about a first step, not one numbered
    ['第一阶段主要任务是学习。'],
  ])('%s has no numbering', (text) => {
    expect(parseNumbering(text)).toBeUndefined();
  });
});

describe('chineseNumeralValue', () => {
  test.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['两', 2],
    ['12', 12],
    ['兩', 2],
    ['拾贰', 12],
    ['１２', 12],
  ])('%s = %i', (s, n) => expect(chineseNumeralValue(s)).toBe(n));
  test('a non-numeral is NaN', () => expect(chineseNumeralValue('是')).toBeNaN());
});

describe('spelledOutMarker', () => {
  test('spells a number set in one character as the typed marker of its level', () => {
    expect(['⒉', '⒓', '⑵', '⒇', '㈡', '㈩', '❷', '➊'].map(spelledOutMarker)).toEqual([
      '2.',
      '12.',
      '（2）',
      '（20）',
      '（二）',
      '（十）',
      '②',
      '①',
    ]);
  });

  test('leaves every other marker as it is', () => {
    expect(['（一）', '1.', '③', '一是', '●', '⒈⒉'].map(spelledOutMarker)).toEqual([
      '（一）',
      '1.',
      '③',
      '一是',
      '●',
      '⒈⒉',
    ]);
  });
});

describe('chineseNumeral', () => {
  test('writes 1 to 99 as chineseNumeralValue reads them', () => {
    expect([1, 10, 12, 20, 40, 99].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '四十', '九十九']);
    for (let n = 1; n <= 99; n++) expect(chineseNumeralValue(chineseNumeral(n))).toBe(n);
  });
  test('nothing outside 1 to 99', () => {
    for (const n of [0, 100, 1.5]) expect(() => chineseNumeral(n)).toThrow(RangeError);
  });
});
