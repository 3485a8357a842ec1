import { describe, expect, test } from 'vitest';
import { parseNumbering } from '../../../../scripts/stages/segment/numbering.js';
import type { Paragraph } from '../../../../scripts/model/document.js';
import { toParagraphAnchor } from '../../../../scripts/model/ids.js';
import {
  dropLoneLeads,
  markParallelLeads,
  markQaLabels,
  leadOnlyItems,
  markAnswerOptions,
  markBoldLeads,
  nestSubLists,
  splitLead,
  toParagraphParts,
} from '../../../../scripts/stages/segment/run-ins.js';
import { joinWrapped } from '../../../../scripts/stages/segment/text.js';
import { paragraphOf } from './support.js';

describe('toParagraphParts', () => {
  test.each([
    // numbered run-in heading → marker + bold lead + text
    [
      '1.培养有目标。结合所在岗位的特点，设立培育对象。',
      { kind: 'list-item', marker: '1.', lead: '培养有目标。', text: '结合所在岗位的特点，设立培育对象。' },
    ],
    [
      '第一，秉持改革和法治精神。顺利推进改革。',
      { kind: 'list-item', marker: '第一，', lead: '秉持改革和法治精神。', text: '顺利推进改革。' },
    ],
    [
      '一是抓好关键少数。部务会成员带头查作风。',
      { kind: 'list-item', marker: '一是', lead: '抓好关键少数。', text: '部务会成员带头查作风。' },
    ],
    [
      '① 酝酿推荐候选人。不管是机关党委，还是总支。',
      { kind: 'list-item', marker: '①', lead: '酝酿推荐候选人。', text: '不管是机关党委，还是总支。' },
    ],
    // a whole numbered paragraph: the first sentence has a comma, so there is no lead
    [
      '（1）机关、直属单位党员100人以上的，设立党的基层委员会。党员不足l00人的，也可以设立。',
      {
        kind: 'list-item',
        marker: '（1）',
        text: '机关、直属单位党员100人以上的，设立党的基层委员会。党员不足l00人的，也可以设立。',
      },
    ],
    // one sentence only: nothing follows, so it is not a run-in
    ['③ 向机关工委报告选举情况。', { kind: 'list-item', marker: '③', text: '向机关工委报告选举情况。' }],
    // `1.1` opening body text is not a list marker
    ['1.1 的说法并不常见，这里是正文。', { kind: 'paragraph', text: '1.1 的说法并不常见，这里是正文。' }],
  ])('%s', (text, parts) => {
    expect(toParagraphParts(text, parseNumbering(text), 'list-item')).toEqual(parts);
  });

  test('an unnumbered paragraph keeps its text whole', () => {
    expect(toParagraphParts('以政治建设为统领，抓对标聚共识。强化政治机关意识。', undefined, 'list-item')).toEqual({
      kind: 'paragraph',
      text: '以政治建设为统领，抓对标聚共识。强化政治机关意识。',
    });
  });
});

describe('markBoldLeads', () => {
  test('a plain paragraph opening with its line’s bold text takes it as the lead, with the stop or colon after it', () => {
    const ps = [
      paragraphOf('加强考核：将党建工作纳入年度考核。'),
      paragraphOf('全面从严治党永远在路上。党的十八大以来……'),
      paragraphOf('强化宣传 及时总结推广经验。'),
      paragraphOf('小结。'),
      paragraphOf('别的行：不是加粗。'),
    ];
    ps.forEach((p, i) => (p.provenance.lines = [i + 1, i + 1]));
    const bold = new Map([
      [1, '加强考核'],
      [2, '全面从严治党永远在路上。'],
      [3, '强化宣传'],
      [4, '小结'],
    ]);
    markBoldLeads(ps, bold);
    expect(ps.map((p) => [p.lead, p.text])).toEqual([
      ['加强考核：', '将党建工作纳入年度考核。'],
      ['全面从严治党永远在路上。', '党的十八大以来……'],
      ['强化宣传 ', '及时总结推广经验。'],
      [undefined, '小结。'],
      [undefined, '别的行：不是加粗。'],
    ]);
  });
});

describe('splitLead', () => {
  test('a short phrase set apart by a space before a sentence is the lead, the space with it', () => {
    expect(splitLead('加强组织领导 各党支部要切实履行主体责任。')).toEqual({
      lead: '加强组织领导 ',
      text: '各党支部要切实履行主体责任。',
    });
    // too short (a PDF copy's spaced words), too long, not Han, or no sentence after it
    for (const text of [
      '加强 组织领导，各党支部要切实履行主体责任。',
      '持之以恒落实中央八项规定精神坚决纠治四风问题 推动作风持续好转。',
      'PPT 课件共20页。',
      '会议时间 2024年6月15日上午9:00',
    ])
      expect(splitLead(text), text).toEqual({ text });
  });

  test('a short first sentence before more text is the lead', () => {
    expect(splitLead('培养有目标。结合所在岗位制定计划。')).toEqual({
      lead: '培养有目标。',
      text: '结合所在岗位制定计划。',
    });
  });

  test('a space after the lead (a Markdown bold run-in, `**重温入党誓词。** 全体…`) is no part of either', () => {
    expect(splitLead('重温入党誓词。 全体党员面向党旗重温入党誓词。')).toEqual({
      lead: '重温入党誓词。',
      text: '全体党员面向党旗重温入党誓词。',
    });
    expect(splitLead('重温入党誓词。  ')).toEqual({ text: '重温入党誓词。  ' });
  });

  test("a sentence followed by no words (a question's blank `（ ）`) is no lead", () => {
    expect(splitLead('预备党员的预备期为半年。（ ）')).toEqual({ text: '预备党员的预备期为半年。（ ）' });
  });

  test('a first sentence longer than 16 characters is not a lead', () => {
    expect(splitLead('调整、增补委员一般应履行以下程序：第一，按有关程序酝酿推荐候选人。')).toEqual({
      text: '调整、增补委员一般应履行以下程序：第一，按有关程序酝酿推荐候选人。',
    });
  });

  test('a 对照检查材料’s aspect (`在……方面。`) is a lead up to 28 wide', () => {
    expect(splitLead('在坚定拥护“两个确立”、坚决做到“两个维护”方面。对党中央决策部署的理解有时停留在表面。')).toEqual({
      lead: '在坚定拥护“两个确立”、坚决做到“两个维护”方面。',
      text: '对党中央决策部署的理解有时停留在表面。',
    });
    const long = '在学习贯彻习近平新时代中国特色社会主义思想、推动党的创新理论入脑入心方面。学习不够深入。';
    expect(splitLead(long)).toEqual({ text: long });
    const other = '机关党组织在推动中心工作中作用发挥不够充分。学习不够深入。';
    expect(splitLead(other)).toEqual({ text: other });
  });
});

describe('markParallelLeads', () => {
  const run = (texts: string[]) => {
    const ps = texts.map((t) => paragraphOf(t));
    markParallelLeads(ps);
    return ps.map((x) => [x.lead ?? '', x.text]);
  };

  test('three parallel openings become leads; the closing paragraph of another shape does not', () => {
    expect(
      run([
        '强化政治引领。财政部党组层层落实。',
        '夯实基层基础。牢固树立鲜明导向。',
        '严肃作风纪律。持之以恒推进正风肃纪。',
        '百年恰是风华正茂，新征程仍需砥砺前行。站在新起点上。',
      ]),
    ).toEqual([
      ['强化政治引领。', '财政部党组层层落实。'],
      ['夯实基层基础。', '牢固树立鲜明导向。'],
      ['严肃作风纪律。', '持之以恒推进正风肃纪。'],
      ['', '百年恰是风华正茂，新征程仍需砥砺前行。站在新起点上。'],
    ]);
  });

  test('two short openings, or a colon introducing a quotation, are ordinary prose', () => {
    expect(
      run(['党课是必修课。党课就是教育。', '党小组会每月召开。主要内容是学习。', '党章规定：“党组发挥领导核心作用。”']),
    ).toEqual([
      ['', '党课是必修课。党课就是教育。'],
      ['', '党小组会每月召开。主要内容是学习。'],
      ['', '党章规定：“党组发挥领导核心作用。”'],
    ]);
  });
});

describe('dropLoneLeads', () => {
  const item = (marker: string, lead: string | undefined, text: string): Paragraph => ({
    id: toParagraphAnchor('p-0-1'),
    kind: 'list-item',
    marker,
    ...(lead ? { lead } : {}),
    text,
    marks: [],
    provenance: { file: 'f', lines: [1, 1] },
  });

  test('a lead on one item of a list of whole paragraphs goes back into the text', () => {
    const ps = [
      item('（1）', undefined, '机关、直属单位党员100人以上的，设立党委。'),
      item('（2）', '机关基层党组织应当按期换届。', '如需延期要报批。'),
      item('（3）', undefined, '各部门设立机关纪委，委员不少于5人。'),
    ];
    dropLoneLeads(ps);
    expect(ps.map((p) => [p.lead, p.text])).toEqual([
      [undefined, '机关、直属单位党员100人以上的，设立党委。'],
      [undefined, '机关基层党组织应当按期换届。如需延期要报批。'],
      [undefined, '各部门设立机关纪委，委员不少于5人。'],
    ]);
  });

  test('leads stay when at least half of the list has them; lists are told apart by marker shape', () => {
    const ps = [
      item('一是', '抓好关键少数。', '带头查作风。'),
      item('二是', undefined, '围绕部署安排，对现有制度做好工作。'),
      item('（1）', '培养有目标。', '设立培育对象。'),
    ];
    dropLoneLeads(ps);
    expect(ps.map((p) => p.lead)).toEqual(['抓好关键少数。', undefined, '培养有目标。']);
  });

  test('markers set in one character (⑴ ⑵ ⑶) are one list, as （1）（2）（3） are', () => {
    const ps = [
      item('⑴', undefined, '机关、直属单位党员100人以上的，设立党委。'),
      item('⑵', '机关基层党组织应当按期换届。', '如需延期要报批。'),
      item('⑶', undefined, '各部门设立机关纪委，委员不少于5人。'),
    ];
    dropLoneLeads(ps);
    expect(ps[1]!.lead).toBeUndefined();
  });
});

describe('joinWrapped', () => {
  test('CJK lines join without a space, Latin words with one, a hyphenated word without', () => {
    expect(joinWrapped('党风廉政建设是保证', '党的先进性')).toBe('党风廉政建设是保证党的先进性');
    expect(joinWrapped('political work plays a', 'role')).toBe('political work plays a role');
    expect(joinWrapped('self-', 'improvement')).toBe('self-improvement');
    expect(joinWrapped('文章编号：1009-', '0000（2024）')).toBe('文章编号：1009-0000（2024）');
    expect(joinWrapped('the policy -', 'and the rule')).toBe('the policy - and the rule');
  });

  test('a number broken by the wrap of Chinese text joins whole; English numbers keep their space', () => {
    expect(joinWrapped('《党建研究》20', '21年第3期。')).toBe('《党建研究》2021年第3期。');
    expect(joinWrapped('全年集中学习2', '4次')).toBe('全年集中学习24次');
    expect(joinWrapped('in 20', '21 cases')).toBe('in 20 21 cases');
    expect(joinWrapped('Vol. 3, No. 20', '21')).toBe('Vol. 3, No. 20 21');
  });
});

describe('markQaLabels', () => {
  const p = paragraphOf;
  const run = (lists: Paragraph[][]) => {
    markQaLabels(lists);
    return lists.map((ps) => ps.map((x) => [x.lead ?? '', x.text]));
  };

  test('问 and 答 turns, across sections, get their label as the lead', () => {
    expect(
      run([
        [p('问：您所在的支部是如何落实“三会一课”的？')],
        [p('答: 每月召开支委会。'), p('党小组会每月一次。'), p('问 ：下一步有什么打算？')],
      ]),
    ).toEqual([
      [['问：', '您所在的支部是如何落实“三会一课”的？']],
      [
        ['答:', '每月召开支委会。'],
        ['', '党小组会每月一次。'],
        ['问 ：', '下一步有什么打算？'],
      ],
    ]);
  });

  test('a web page’s Q： and A： are the same labels', () => {
    expect(run([[p('Q：党费怎么算？'), p('A：按月交纳。'), p('Ｑ：可以预交吗？'), p('AI：不是标签。')]])).toEqual([
      [
        ['Q：', '党费怎么算？'],
        ['A：', '按月交纳。'],
        ['Ｑ：', '可以预交吗？'],
        ['', 'AI：不是标签。'],
      ],
    ]);
  });

  test('a numbered label (`Q1：`, `问3：`) is a label too; a code or a size is none', () => {
    expect(
      run([[p('Q1：什么是党纪学习教育？'), p('A1：集中性纪律教育。'), p('问12：六项纪律是指哪些？'), p('A4纸打印。')]]),
    ).toEqual([
      [
        ['Q1：', '什么是党纪学习教育？'],
        ['A1：', '集中性纪律教育。'],
        ['问12：', '六项纪律是指哪些？'],
        ['', 'A4纸打印。'],
      ],
    ]);
  });

  test('one 答： in a document is a sentence, and numbered items and words after 问 are left alone', () => {
    expect(run([[p('答：这是唯一的一处。'), p('问题：工学矛盾突出。')]])).toEqual([
      [
        ['', '答：这是唯一的一处。'],
        ['', '问题：工学矛盾突出。'],
      ],
    ]);
    expect(run([[p('问：一？'), p('答：二。', { kind: 'list-item', marker: '1.' }), p('答：三。')]])).toEqual([
      [
        ['问：', '一？'],
        ['', '答：二。'],
        ['答：', '三。'],
      ],
    ]);
  });

  test("a 座谈会 record's speakers: three turns of two speakers at least; a name and a colon once is a sentence", () => {
    expect(
      run([
        [
          p('主持人：请大家发言。'),
          p('张某某（财务处）：我先谈三点体会。'),
          p('高度重视：这是前提。'),
          p('李某：我补充一点。'),
        ],
      ]),
    ).toEqual([
      [
        ['主持人：', '请大家发言。'],
        ['张某某（财务处）：', '我先谈三点体会。'],
        ['', '高度重视：这是前提。'],
        ['李某：', '我补充一点。'],
      ],
    ]);
    // One speaker three times, or two turns: no exchange.
    expect(
      run([[p('张某：一。'), p('张某：二。'), p('张某：三。')]])
        .flat()
        .map(([lead]) => lead),
    ).toEqual(['', '', '']);
    expect(
      run([[p('主持人：一。'), p('李某：二。')]])
        .flat()
        .map(([lead]) => lead),
    ).toEqual(['', '']);
    // A recording's transcript: each turn's time is part of its label.
    expect(
      run([
        [p('[00:00:05] 主持人：请张书记讲党课。'), p('[00:00:12] 张书记：同志们好。'), p('（00:10:03）主持人：谢谢。')],
      ])
        .flat()
        .map(([lead]) => lead),
    ).toEqual(['[00:00:05] 主持人：', '[00:00:12] 张书记：', '（00:10:03）主持人：']);
    // A 会议记录's header fields name people without saying anything: no turns, and they do not count.
    expect(
      run([
        [
          p('主持人：张某某（支部书记）'),
          p('记录人：王某'),
          p('张某某：今天开会。'),
          p('李某：同意。'),
          p('王某：同意。'),
        ],
      ])
        .flat()
        .map(([lead]) => lead),
    ).toEqual(['', '', '张某某：', '李某：', '王某：']);
  });
});

describe('nestSubLists', () => {
  const depths = (items: [string | undefined, string][]) => {
    const ps = items.map(([marker, text]) =>
      paragraphOf(text, marker === undefined ? {} : { kind: 'list-item', marker }),
    );
    nestSubLists(ps);
    return ps.map((p) => p.depth ?? 0);
  };

  test('items a level lower that start at 1 after an item are its sub-list, until an outer level resumes', () => {
    expect(
      depths([
        ['（一）', '甲。'],
        ['（二）', '乙方面。'],
        ['1.', '丙。'],
        ['2.', '丁。'],
        ['（1）', '戊。'],
        ['3.', '己。'],
        ['（三）', '庚。'],
      ]),
    ).toEqual([0, 0, 1, 1, 2, 1, 0]);
  });

  test('not up the hierarchy, not from a number past 1, not across a paragraph, not inline enumerations', () => {
    expect(
      depths([
        ['1.', '甲。'],
        ['（一）', '乙。'],
      ]),
    ).toEqual([0, 0]);
    expect(
      depths([
        ['（一）', '甲。'],
        ['2.', '乙。'],
      ]),
    ).toEqual([0, 0]);
    expect(
      depths([
        ['（一）', '甲。'],
        [undefined, '正文。'],
        ['1.', '乙。'],
      ]),
    ).toEqual([0, 0, 0]);
    expect(
      depths([
        ['（一）', '甲。'],
        ['一是', '乙。'],
      ]),
    ).toEqual([0, 0]);
    expect(
      depths([
        ['（一）', '甲。'],
        ['①', '乙。'],
        ['②', '丙。'],
      ]),
    ).toEqual([0, 1, 1]);
  });

  test('a word processor’s markers set in one character nest as the typed ones', () => {
    expect(
      depths([
        ['㈠', '甲。'],
        ['⒈', '乙。'],
        ['⒉', '丙：'],
        ['⑴', '丁；'],
        ['⑵', '戊。'],
        ['⒊', '己。'],
        ['㈡', '庚。'],
      ]),
    ).toEqual([0, 1, 1, 2, 2, 1, 0]);
  });
});

describe('leadOnlyItems', () => {
  const run = (items: [string, string, string | undefined, number | undefined][]) => {
    const ps = items.map(([marker, text, lead, depth]) =>
      paragraphOf(text, {
        kind: 'list-item',
        marker,
        ...(lead !== undefined && { lead }),
        ...(depth !== undefined && { depth }),
      }),
    );
    leadOnlyItems(ps);
    return ps.map((p) => [p.lead ?? null, p.text]);
  };
  const LED: [string, string, string | undefined, number | undefined] = [
    '（一）',
    '坚持每周学习。',
    '加强理论武装。',
    undefined,
  ];

  test('an item of one short sentence among items with leads is all lead', () => {
    expect(run([LED, ['（二）', '强化责任担当。', undefined, undefined]])[1]).toEqual(['强化责任担当。', '']);
  });

  test('up to 28 wide over a sub-list or as an aspect (`在……方面。`), 16 else', () => {
    const long = '推进机关党建和业务工作深度融合发展。';
    expect(run([LED, ['（二）', long, undefined, undefined], ['1.', '甲。', undefined, 1]])[1]).toEqual([long, '']);
    expect(run([LED, ['（二）', long, undefined, undefined]])[1]).toEqual([null, long]);
    expect(run([LED, ['（二）', '在担当作为、狠抓落实方面。', undefined, undefined]])[1]).toEqual([
      '在担当作为、狠抓落实方面。',
      '',
    ]);
  });

  test('not without a sibling’s lead, nor for more than one sentence', () => {
    expect(
      run([
        ['（一）', '加强理论武装。', undefined, undefined],
        ['1.', '甲。', undefined, 1],
      ])[0],
    ).toEqual([null, '加强理论武装。']);
    expect(run([LED, ['（二）', '强化责任担当。存在不足。', undefined, undefined]])[1]).toEqual([
      null,
      '强化责任担当。存在不足。',
    ]);
    expect(run([LED, ['（二）', '强化责任，勇于担当。', undefined, undefined]])[1]).toEqual([
      null,
      '强化责任，勇于担当。',
    ]);
  });
});

describe('markAnswerOptions', () => {
  const run = (texts: string[]) => {
    const ps = texts.map((t, i) => paragraphOf(t, i === 0 ? { kind: 'list-item', marker: '1.' } : {}));
    markAnswerOptions(ps);
    return ps.map((p) => [p.kind, p.marker ?? '', p.depth ?? 0, p.text]);
  };

  test('lines lettered from A under a question are its options, a level under it', () => {
    expect(run(['预备党员的预备期为（　　）。', 'A.半年', 'B．一年', 'C、两年', '答案：B'])).toEqual([
      ['list-item', '1.', 0, '预备党员的预备期为（　　）。'],
      ['list-item', 'A.', 1, '半年'],
      ['list-item', 'B．', 1, '一年'],
      ['list-item', 'C、', 1, '两年'],
      ['paragraph', '', 0, '答案：B'],
    ]);
  });

  test('not under a sentence that asks nothing, not out of order, not one option or all on one line', () => {
    expect(run(['党支部是党的基础组织。', 'A.甲', 'B.乙']).map((r) => r[0])).toEqual([
      'list-item',
      'paragraph',
      'paragraph',
    ]);
    expect(run(['预备期为（ ）。', 'B.一年', 'C.两年']).map((r) => r[0])).toEqual([
      'list-item',
      'paragraph',
      'paragraph',
    ]);
    expect(run(['预备期为（ ）。', 'A.半年', '答案：A']).map((r) => r[0])).toEqual([
      'list-item',
      'paragraph',
      'paragraph',
    ]);
    expect(run(['预备期为（ ）。', 'A.半年　B.一年', 'C.两年　D.三年']).map((r) => r[0])).toEqual([
      'list-item',
      'paragraph',
      'paragraph',
    ]);
  });
});
