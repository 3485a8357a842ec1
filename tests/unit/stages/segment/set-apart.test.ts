// Lines set apart: a quotation's source under it (not a dash sentence, a first line or a list item), a picture's caption.
import { describe, expect, test } from 'vitest';
import { markSetApartLines } from '../../../../scripts/stages/segment/set-apart.js';
import type { Paragraph } from '../../../../scripts/model/document.js';
import { paragraphOf as p } from './support.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';
const roles = (texts: (string | Paragraph)[]) => {
  const list = texts.map((t) => (typeof t === 'string' ? p(t) : t));
  markSetApartLines([list]);
  return list.map((x) => x.role ?? '');
};

describe('markSetApartLines', () => {
  test.each([
    '——《在党的群众路线教育实践活动工作会议上的讲话》（2013年6月18日）',
    '——习近平《论党的自我革命》',
    '——摘自《人民日报》2024年3月1日',
    '—— 选自《习近平谈治国理政》第四卷',
  ])('%s under a passage is its source', (line) => {
    expect(roles(['作风建设永远在路上，永远没有休止符。', line])).toEqual(['', 'attribution']);
  });

  test('a dash sentence, a dash line with no work, a first paragraph or a list item is text', () => {
    expect(
      roles([
        '——学习《中国共产党纪律处分条例》，要逐条对照。',
        '——坚持党的全面领导。',
        '——在全市机关党建工作会议上的讲话',
        p('——《党章》', { kind: 'list-item', marker: '1.' }),
      ]),
    ).toEqual(['', '', '', '']);
  });

  test("a picture's caption is set apart; a sentence that starts like one is text", () => {
    expect(
      roles([
        '图为党员在讲解员带领下参观展厅',
        '▲ 全体党员面向党旗重温入党誓词',
        '（图为支部书记讲党课）',
        '（图为会议现场。记者　王某某　摄）',
        '图为我们提供了直观的数据。全年学习120次，参学率98%。',
        '图为会议现场。会议由张某某主持。',
        '▲',
      ]),
    ).toEqual(['caption', 'caption', 'caption', 'caption', '', '', '']);
  });

  test("a classical poem's lines, a couplet a paragraph or a quatrain in one, are verse", () => {
    const changZheng = ['红军不怕远征难，万水千山只等闲。', '五岭逶迤腾细浪，乌蒙磅礴走泥丸。'];
    expect(roles(['毛泽东同志写下了《七律·长征》：', ...changZheng, '这首诗概括了长征的艰难历程。'])).toEqual([
      '',
      'verse',
      'verse',
      '',
    ]);
    expect(roles(['白日依山尽，黄河入海流。欲穷千里目，更上一层楼。'])).toEqual(['verse']);
  });

  test('prose of short clauses is not verse: four-character phrases, lines of two lengths, one couplet, a list item', () => {
    expect(roles(['不忘初心，牢记使命。', '坚定信念，砥砺前行。', '统一思想，凝聚共识。'])).toEqual(['', '', '']);
    expect(roles(['红军不怕远征难，万水千山只等闲。', '坚持党的领导，全面从严治党。'])).toEqual(['', '']);
    expect(roles(['先天下之忧而忧，后天下之乐而乐。'])).toEqual(['']);
    expect(
      roles([
        p('红军不怕远征难，万水千山只等闲。', { kind: 'list-item', marker: '1.' }),
        ...['五岭逶迤腾细浪，乌蒙磅礴走泥丸。'],
      ]),
    ).toEqual(['', '']);
  });

  test("a web copy's closing credits are set apart, from the end up; a credit-like line in the body is text", () => {
    expect(
      roles([
        '来源：某某组工，经授权转载。',
        '正文最后一段。',
        '来源：某某组工',
        '编辑：王某  审核：李某',
        '（责任编辑：孙某）',
      ]),
    ).toEqual(['', '', 'credit', 'credit', 'credit']);
    expect(roles(['正文最后一段。', '（作者系中共某某省委党校教授、博士）'])).toEqual(['', 'credit']);
    // Credits parted by a bar, a slash or a semicolon, as web pages print them.
    expect(
      roles([
        '正文最后一段。',
        '（责任编辑：王某某｜审核：李某某）',
        '编辑：王某 | 校对：赵某 / 审核：李某',
        '责任编辑：张三；终审：李四',
      ]),
    ).toEqual(['', 'credit', 'credit', 'credit']);
    expect(roles(['正文最后一段。', '编辑：王某｜我们的工作'])).toEqual(['', '']);
    expect(roles(['正文最后一段。', '来源：新华网/人民网'])).toEqual(['', 'credit']);
    expect(roles(['编辑：王某', '正文最后一段。'])).toEqual(['', '']);
    expect(roles(['资料来源：国家统计局'])).toEqual(['']);
    // A 公文's 附注 under its date: who to ask.
    expect(roles(['正文最后一段。', '（联系人：王某；电话：1234567）'])).toEqual(['', 'credit']);
    expect(roles(['（联系人：王某）', '正文最后一段。'])).toEqual(['', '']);
  });

  test('credits are read on the last list only', () => {
    const first = [p('编辑：王某')];
    const last = [p('正文。')];
    markSetApartLines([first, last]);
    expect([first[0]!.role, last[0]!.role]).toEqual([undefined, undefined]);
  });

  test('the passages over a source line are quoted from the work it names: all since the last source line in a compilation, the one above a lone line', () => {
    const quoted = (texts: string[]) => {
      const list = texts.map((t) => p(t));
      markSetApartLines([list]);
      return list.map((x) => x.quotedFrom ?? '');
    };
    expect(quoted(['甲段。', '乙段。', '——《讲话一》（2013年）', '丙段。', '——《讲话二》'])).toEqual([
      '《讲话一》（2013年）',
      '《讲话一》（2013年）',
      '',
      '《讲话二》',
      '',
    ]);
    expect(quoted(['前文一。', '前文二。', '引文。', '——《讲话》', '后文。'])).toEqual(['', '', '《讲话》', '', '']);
  });
});

describe('a slide cue right before a heading', () => {
  test('opens the section under the heading; the hall’s response there stays above', () => {
    const text = [
      '同志们：',
      '今天讲两个方面。',
      '【PPT第2页】',
      '第一个方面，深刻领会重大意义。',
      '新时代十年，我们经历了三件大事。',
      '（掌声）',
      '【PPT第3页】',
      '[播放视频]',
      '第二个方面，准确把握本质要求。',
      '中国式现代化，是社会主义现代化。',
    ];
    const doc = segmentSource(sourceFromText(text.join('\n\n'), syntheticMeta('talk.txt', { kind: 'speech' })).src);
    const texts = (ps: { text: string }[]) => ps.map((p) => p.text);
    expect(texts(doc.paragraphs)).toEqual(['同志们：', '今天讲两个方面。']);
    expect(doc.sections.map((s) => texts(s.paragraphs))).toEqual([
      ['【PPT第2页】', '新时代十年，我们经历了三件大事。', '（掌声）'],
      ['【PPT第3页】', '[播放视频]', '中国式现代化，是社会主义现代化。'],
    ]);
    // Ids follow the new order.
    expect(doc.sections[1]!.paragraphs.map((p) => p.id)).toEqual(['p-2-1', 'p-2-2', 'p-2-3']);
  });
});
