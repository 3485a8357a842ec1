import { describe, expect, test } from 'vitest';
import type { Paragraph, Section } from '../../../../scripts/model/document.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';

/** A compact, exact view of a tree: `id numbering|title` and paragraphs `id kind marker|lead|text`. */
type View = (string | View)[];
const para = (p: Paragraph) => `${p.id} ${p.kind} ${p.marker ?? ''}|${p.lead ?? ''}|${p.text}`;
const view = (s: Section): View => [
  `${s.id} L${s.level} ${s.numbering}|${s.title}`,
  ...s.paragraphs.map(para),
  ...s.sections.map(view),
];
const segment = (text: string, file = 'new.txt') => segmentSource(sourceFromText(text, syntheticMeta(file)).src);

describe('a source the pipeline has never seen: mixed numbering styles', () => {
  const doc = segment(
    [
      '基层党组织工作规范（试行）',
      '第一节 总体要求',
      '本规范依据党章制定，适用于各级基层党组织。',
      '（一）指导思想',
      '坚持以新时代中国特色社会主义思想为指导。',
      '1．学习教育',
      '组织党员定期学习，每月不少于一次。',
      '（1）学习内容',
      '① 党章党规。',
      '② 系列讲话。',
      '（2）学习形式',
      '第一，集中学习。由支部书记主持。',
      '第二，个人自学。',
      '2．组织生活',
      '一是严格“三会一课”。按时召开支部党员大会。',
      '二是开展主题党日。每月固定一天。',
      '（二）工作要求',
      '1 明确责任',
      '各支部书记是第一责任人。',
      '第二节 保障措施',
      '（一）经费保障',
      '经费列入年度预算。',
    ].join('\n\n'),
  );

  test('the title line is front matter', () => expect(doc.front.title).toBe('基层党组织工作规范（试行）'));

  test('levels follow the order the styles appear; items and run-ins are list paragraphs', () => {
    expect(doc.sections.map(view)).toEqual([
      [
        's-1 L1 第一节|总体要求',
        'p-1-1 paragraph ||本规范依据党章制定，适用于各级基层党组织。',
        [
          's-1-1 L2 （一）|指导思想',
          'p-1-1-1 paragraph ||坚持以新时代中国特色社会主义思想为指导。',
          [
            's-1-1-1 L3 1．|学习教育',
            'p-1-1-1-1 paragraph ||组织党员定期学习，每月不少于一次。',
            [
              's-1-1-1-1 L4 （1）|学习内容',
              'p-1-1-1-1-1 list-item ①||党章党规。',
              'p-1-1-1-1-2 list-item ②||系列讲话。',
            ],
            [
              's-1-1-1-2 L4 （2）|学习形式',
              'p-1-1-1-2-1 list-item 第一，|集中学习。|由支部书记主持。',
              'p-1-1-1-2-2 list-item 第二，|个人自学。|',
            ],
          ],
          [
            's-1-1-2 L3 2．|组织生活',
            'p-1-1-2-1 list-item 一是|严格“三会一课”。|按时召开支部党员大会。',
            'p-1-1-2-2 list-item 二是|开展主题党日。|每月固定一天。',
          ],
        ],
        ['s-1-2 L2 （二）|工作要求', ['s-1-2-1 L3 1|明确责任', 'p-1-2-1-1 paragraph ||各支部书记是第一责任人。']],
      ],
      ['s-2 L1 第二节|保障措施', ['s-2-1 L2 （一）|经费保障', 'p-2-1-1 paragraph ||经费列入年度预算。']],
    ]);
  });

  test('every section and paragraph has provenance in the file', () => {
    const first = doc.sections[0]!;
    expect(first.provenance).toEqual({ file: 'new.txt', lines: [3, 3] });
    expect(first.span).toEqual([3, 37]);
    expect(first.paragraphs[0]!.provenance).toEqual({ file: 'new.txt', lines: [5, 5] });
  });
});

describe('headings versus numbered paragraphs', () => {
  test('a numbered whole paragraph is a list item, a short numbered line before body text a heading', () => {
    const doc = segment(
      '一、总则\n（1）长期执政考验\n长期执政给我们党提供了条件。\n（2）机关、直属单位党员100人以上的，设立党的基层委员会。党员不足100人的，也可以设立。',
    );
    expect(doc.sections.map(view)).toEqual([
      [
        's-1 L1 一、|总则',
        [
          's-1-1 L2 （1）|长期执政考验',
          'p-1-1-1 paragraph ||长期执政给我们党提供了条件。',
          'p-1-1-2 list-item （2）||机关、直属单位党员100人以上的，设立党的基层委员会。党员不足100人的，也可以设立。',
        ],
      ],
    ]);
  });

  test('short numbered lines directly following each other are a list, not headings', () => {
    const doc = segment('一、会议程序\n（1）报告人数\n（2）宣布名单\n（3）投票\n选举结束。');
    expect(doc.sections[0]!.paragraphs.map((p) => `${p.kind} ${p.marker}`)).toEqual([
      'list-item （1）',
      'list-item （2）',
      'list-item （3）',
      'paragraph undefined',
    ]);
  });

  test("an outline's last point, with nothing after it, is a heading when it continues its sequence", () => {
    const outline = segment(
      '提纲\n\n一、学习\n\n（一）读原著\n\n1.读党章。\n\n（二）悟原理\n\n二、实践\n\n（一）抓落实\n\n三、要求',
    );
    expect(outline.sections.map((s) => `${s.numbering}${s.title} ${s.sections.length}`)).toEqual([
      '一、学习 2',
      '二、实践 1',
      '三、要求 0',
    ]);
    // A numbered line at the end that continues no heading is a paragraph: the attachment note's item.
    const notice = segment('通知\n\n一、活动安排\n\n请各支部按时参加。\n\n附件：\n\n1.参会人员名单');
    expect(notice.sections.map((s) => `${s.title} ${s.sections.length}`)).toEqual(['活动安排 0', '附件 0']);
    expect(notice.sections[1]!.paragraphs.map((p) => `${p.kind} ${p.marker}${p.text}`)).toEqual([
      'list-item 1.参会人员名单',
    ]);
  });

  test('a quoted list restarting at 一、 inside a section is a quote; the outer numbering continues', () => {
    const doc = segment(
      [
        '一、甲',
        '正文。',
        '二、乙',
        '1.工作作风建设',
        '会议一致同意以下规定：',
        '一、中央政治局全体同志要改进调查研究，到基层调研要深入了解真实情况。',
        '二、要精简会议活动，切实改进会风。',
        '三、要精简文件简报，切实改进文风。',
        '2.领导作风建设',
        '正文。',
        '三、丙',
        '正文。',
      ].join('\n'),
    );
    expect(doc.sections.map((s) => s.numbering + s.title)).toEqual(['一、甲', '二、乙', '三、丙']);
    const quoted = doc.sections[1]!.sections[0]!.paragraphs;
    expect(quoted.map((p) => `${p.kind} ${p.marker ?? ''}`)).toEqual([
      'paragraph ',
      'quote 一、',
      'quote 二、',
      'quote 三、',
    ]);
    expect(doc.sections[1]!.sections.map((s) => s.title)).toEqual(['工作作风建设', '领导作风建设']);
  });

  test('`一是` lines that read as headings (short, no full stop, body follows) are headings', () => {
    const doc = segment(
      '导语正文。\n一是强化政治建设，做“两个确立”的坚定维护者\n正文一。\n二是强化历史自信，做“十个坚持”的忠诚践行者\n正文二。',
    );
    expect(doc.paragraphs.map((p) => p.id)).toEqual(['p-0-1']);
    expect(doc.sections.map((s) => `${s.id} ${s.numbering}|${s.title} ${s.paragraphs.length}`)).toEqual([
      's-1 一是|强化政治建设，做“两个确立”的坚定维护者 1',
      's-2 二是|强化历史自信，做“十个坚持”的忠诚践行者 1',
    ]);
  });

  test('引言 ends where the first numbered section starts; 6 结束语 continues the sequence', () => {
    const doc = segment('引言\n正文。\n1 概念\n1.1 定义\n正文。\n2 实践\n正文。\n3 结束语\n正文。');
    expect(doc.sections.map((s) => `${s.id} ${s.role} ${s.numbering}|${s.title}`)).toEqual([
      's-1 introduction |引言',
      's-2 body 1|概念',
      's-3 body 2|实践',
      's-4 conclusion 3|结束语',
    ]);
  });

  test('a case block inside a numbered section stays in it when the next heading continues the numbering', () => {
    const doc = segment(
      '一、纪律的内涵\n正文。\n案例\n某县干部违规收受礼金。\n二、纪律的要求\n正文。\n案例\n结尾的案例。',
    );
    const outline = (ss: Section[]): string[] =>
      ss.flatMap((s) => [`L${s.level} ${s.role} ${s.numbering}|${s.title}`, ...outline(s.sections)]);
    // The last case ends the page: nothing continues 二、, so it is a part of its own, as a handbook's.
    expect(outline(doc.sections)).toEqual([
      'L1 body 一、|纪律的内涵',
      'L2 case-study |案例',
      'L1 body 二、|纪律的要求',
      'L1 case-study |案例',
    ]);
  });

  test("an attachment's title under its label is one heading with it; a numbered line under 附件 is a list", () => {
    const doc = segment(
      '通知\n\n正文。\n\n附件1\n\n优秀共产党员推荐表\n\n姓名：\n\n附件2\n\n名额分配表\n\n第一党支部 2名。',
    );
    expect(doc.sections.map((s) => `${s.role} ${s.numbering}|${s.title} ${s.provenance.lines.join('-')}`)).toEqual([
      'appendix 附件1|优秀共产党员推荐表 5-7',
      'appendix 附件2|名额分配表 11-13',
    ]);
    const list = segment('通知\n\n正文。\n\n附件\n\n1.某某名单\n\n2.某某统计表');
    expect(list.sections.map((s) => `${s.numbering}|${s.title} ${s.paragraphs.length}`)).toEqual(['|附件 2']);
  });

  test('labels in lenticular brackets are siblings, a case or role label printed so too', () => {
    const doc = segment(
      '严明党的纪律\n【学习要点】\n1.把握六项纪律。\n2.理解纪律建设。\n【案例】\n某县干部违规收受礼金。\n【思考题】\n1.党的六项纪律是什么？',
    );
    expect(doc.sections.map((s) => `${s.role} ${s.title} ${s.sections.length}`)).toEqual([
      'body 【学习要点】 0',
      'case-study 【案例】 0',
      'questions 【思考题】 0',
    ]);
  });
});

describe('Markdown sources', () => {
  // The same outline written with `#` marks, and with setext underlines (`===` level 1, `---` level 2) mixed with `#`.
  test.each([
    [
      '`#` headings',
      '# 总则\n\n正文。\n\n## 一、目的\n\n正文。\n\n### 细则\n\n正文。\n\n# 附则\n\n正文。',
      ['1:#', '5:##', '9:###', '13:#'],
    ],
    [
      'setext headings',
      '总则\n===\n\n正文。\n\n一、目的\n------\n\n正文。\n\n### 细则\n\n正文。\n\n附则\n==\n\n正文。',
      ['2:===', '7:------', '11:###', '16:=='],
    ],
  ])('%s become headings at their level; their marks are recorded as removed syntax', (_, source, syntax) => {
    const doc = segment(source, 'new.md');
    expect(doc.sections.map(view)).toEqual([
      [
        's-1 L1 |总则',
        'p-1-1 paragraph ||正文。',
        ['s-1-1 L2 一、|目的', 'p-1-1-1 paragraph ||正文。', ['s-1-1-1 L3 |细则', 'p-1-1-1-1 paragraph ||正文。']],
      ],
      ['s-2 L1 |附则', 'p-2-1 paragraph ||正文。'],
    ]);
    expect(doc.removed.filter((r) => r.reason === 'markdown-syntax').map((r) => `${r.line}:${r.text}`)).toEqual(syntax);
  });

  test('the only setext heading of level 1, first, is the title; its `---` headings are the sections', () => {
    const doc = segment('学习教育总结\n======\n\n基本情况\n----\n\n正文。\n\n主要做法\n----\n\n正文。', 'new.md');
    expect(doc.front.title).toBe('学习教育总结');
    expect(doc.sections.map((s) => `${s.level} ${s.title}`)).toEqual(['1 基本情况', '1 主要做法']);
  });

  test('a callout or alert quote: its `[!TYPE]` is syntax, its title a quote of its own; a quote of syntax alone is no paragraph', () => {
    const doc = segment('# 计划\n\n> [!NOTE] 说明\n> 本计划经支委会通过。\n\n> [!TIP]\n\n>\n\n正文。', 'new.md');
    expect(doc.paragraphs.map((p) => `${p.kind} ${p.text}`)).toEqual([
      'quote 说明',
      'quote 本计划经支委会通过。',
      'paragraph 正文。',
    ]);
    expect(doc.removed.map((r) => `${r.line}:${r.text}`)).toEqual([
      '1:#',
      '3:>',
      '3:[!NOTE]',
      '4:>',
      '6:>',
      '6:[!TIP]',
      '8:>',
    ]);
  });
});
