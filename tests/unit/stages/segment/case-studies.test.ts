import { describe, expect, test } from 'vitest';
import { caseKindOf, caseSlug } from '../../../../scripts/stages/segment/case-studies.js';
import { readRoleLabel } from '../../../../scripts/stages/segment/classify.js';
import { segmentSource } from '../../../../scripts/stages/segment/index.js';
import { sourceFromText, syntheticMeta } from './support.js';

describe('caseSlug', () => {
  test.each([
    ['云南大理', '树立“三种意识”提升机关党建科学化水平', 'yunnan-dali-sanzhong-yishi'],
    ['湖南株洲', '“廉政食堂”烹出清廉餐', 'hunan-zhuzhou-lianzheng-shitang'],
    ['江苏常州', '强化责任意识 抓好制度执行', 'jiangsu-changzhou-qianghua-zeren'],
    ['广东省高州质监局', '践行党的群众路线创建“五型”机关', 'guangdong-gaozhou-wuxing'],
    ['四川攀枝花', '突出“三化”科学推进机关党建工作', 'sichuan-panzhihua-sanhua'],
    ['安徽寿县', '创新党建工作举措激发机关党建活力', 'anhui-shouxian-chuangxin-dangjian'],
    ['', '没有地点的案例', 'meiyou-didian'],
  ])('%s + %s → %s', (place, title, slug) => {
    expect(caseSlug(place, title)).toBe(slug);
  });
});

describe('case studies in a document', () => {
  const text = [
    '第一章 甲',
    '党建要点',
    '一、要点',
    '正文一。',
    '创新案例',
    '江苏常州：强化责任意识 抓好制度执行',
    '常州市级机关坚持抓责任落实，取得成效。',
    '（一）以条例贯彻为契机',
    '1. 强化责任意识。举办培训班。',
    '（资料来源：中国共产党新闻网）',
    '第二章 乙',
    '党建要点',
    '一、要点',
    '正文二。',
    '创新案例',
    '江苏常州：强化责任意识 再抓落实',
    '正文。',
    '（资料来源：新华网）',
  ].join('\n\n');
  const doc = segmentSource(sourceFromText(text, syntheticMeta('book.txt', { kind: 'handbook' })).src);

  test('the title line after 创新案例 heads the case; sub-headings nest under it', () => {
    const ch = doc.children[0]!;
    const section = ch.sections[1]!;
    expect([section.role, section.title, section.sections[0]!.title]).toEqual([
      'case-study',
      '创新案例',
      '江苏常州：强化责任意识 抓好制度执行',
    ]);
    expect(section.sections[0]!.sections.map((s) => s.numbering + s.title)).toEqual(['（一）以条例贯彻为契机']);
  });

  test('place, title, source and ids unique within the source', () => {
    expect(
      doc.children.flatMap((c) => c.caseStudies).map((c) => [c.id, c.place, c.title, c.source, c.docId, c.sectionId]),
    ).toEqual([
      [
        'jiangsu-changzhou-qianghua-zeren',
        '江苏常州',
        '强化责任意识 抓好制度执行',
        '中国共产党新闻网',
        'synthetic-doc-ch01',
        's-2',
      ],
      [
        'jiangsu-changzhou-qianghua-zeren-2',
        '江苏常州',
        '强化责任意识 再抓落实',
        '新华网',
        'synthetic-doc-ch02',
        's-2',
      ],
    ]);
  });
});

describe('a case under its label alone', () => {
  test('is named by its first sentence, no place taken from a colon in it', () => {
    const long =
      '某县纪委监委在专项检查中发现：该县某局干部张某某多次违规收受管理服务对象所送礼金礼卡，共计价值两万余元。';
    const text = [
      '严明党的纪律',
      '一、纪律的内涵',
      '正文。',
      '案例',
      long,
      '二、纪律的要求',
      '正文。',
      '【案例】',
      '某县干部违规收受礼金，受到处分。',
    ];
    const doc = segmentSource(sourceFromText(text.join('\n\n'), syntheticMeta('study.txt', { kind: 'handbook' })).src);
    expect(doc.caseStudies.map((c) => [c.place, c.title])).toEqual([
      ['', '某县纪委监委在专项检查中发现：该县某局干部张某某多次违规收受…'],
      ['', '某县干部违规收受礼金，受到处分'],
    ]);
  });
});

describe('case labels', () => {
  test.each([
    ['创新案例', '创新案例'],
    ['創新案例', '创新案例'],
    ['典型案例', '典型案例'],
    ['经典案例：', '典型案例'],
    ['優秀案例', '典型案例'],
    ['案例', '案例'],
    ['案例链接', '案例'],
    ['实践案例', '案例'],
    // Numbered, as a 案例选编 prints them:
    ['案例一：', '案例'],
    ['【案例12】', '案例'],
    ['典型案例3', '典型案例'],
    ['案例（二）', '案例'],
  ])('%s heads a case block of kind %s', (label, kind) => {
    expect(readRoleLabel(label)?.role).toBe('case-study');
    expect(caseKindOf(readRoleLabel(label)!.label)).toBe(kind);
  });

  test('a heading that only mentions cases is no case block', () => {
    for (const text of ['案例分析方法', '典型案例的启示与思考', '三、案例研究', '引言一', '参考文献2'])
      expect(readRoleLabel(text)).toBeUndefined();
  });
});

describe('a case label opening its line', () => {
  const segment = (text: string[]) =>
    segmentSource(sourceFromText(text.join('\n\n'), syntheticMeta('lecture.txt', { kind: 'speech' })).src);

  test('heads the case; the rest of the line is its title, or its first sentence when it reads as text', () => {
    const doc = segment([
      '一、理想信念是精神之钙',
      '正文。',
      '【案例】方志敏在狱中写下《可爱的中国》',
      '1935年，方志敏在狱中写下了《可爱的中国》。',
      '二、坚定理想信念要落实到行动上',
      '正文。',
      '案例链接：黄文秀回到家乡百色担任驻村第一书记，带领群众脱贫致富。（资料来源：人民网）',
      '三、结语',
      '正文。',
    ]);
    expect(doc.caseStudies.map((c) => [c.kind, c.title, c.source])).toEqual([
      ['案例', '方志敏在狱中写下《可爱的中国》', ''],
      ['案例', '黄文秀回到家乡百色担任驻村第一书记，带领群众脱贫致富', '人民网'],
    ]);
    // Both cases stay inside the numbered section they stand in.
    expect(doc.sections.map((s) => [s.title, s.sections.map((c) => c.role)])).toEqual([
      ['理想信念是精神之钙', ['case-study']],
      ['坚定理想信念要落实到行动上', ['case-study']],
      ['结语', []],
    ]);
  });

  test('a label that is no case label, or a case label inside a sentence, cuts nothing', () => {
    const doc = segment([
      '一、要点',
      '【点评】方志敏同志用生命诠释了信仰。',
      '我们学习了典型案例：某县的做法。',
      '二、要求',
      '正文。',
    ]);
    expect(doc.caseStudies).toEqual([]);
    expect(doc.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      '【点评】方志敏同志用生命诠释了信仰。',
      '我们学习了典型案例：某县的做法。',
    ]);
  });
});

/** A 通报 of `text`'s blocks through the segmenter. */
const segmentNotice = (text: string[]) =>
  segmentSource(sourceFromText(text.join('\n\n'), syntheticMeta('tongbao.txt', { kind: 'document' })).src);

describe('a 通报’s numbered problems', () => {
  const PROBLEMS = [
    '关于2起典型问题的通报',
    '现将有关情况通报如下。',
    '1.某县局长张某违规收受礼金问题。2023年，张某收受管理服务对象礼金2万元，受到党内警告处分。',
    '2.某区科长李某公车私用问题。2023年国庆期间，李某驾驶公车回乡探亲，受到诫勉处理。',
    '各级党组织要以案为鉴。',
  ];

  test('each is a case of its one paragraph, titled by the problem it names, set as its bold lead', () => {
    const doc = segmentNotice(PROBLEMS);
    expect(doc.caseStudies.map((c) => [c.kind, c.title, c.paragraphId, c.sectionId])).toEqual([
      ['典型案例', '某县局长张某违规收受礼金问题', 'p-0-2', undefined],
      ['典型案例', '某区科长李某公车私用问题', 'p-0-3', undefined],
    ]);
    const items = doc.paragraphs.filter((p) => p.kind === 'list-item');
    expect(items.map((p) => [p.marker, p.lead, p.text.slice(0, 5)])).toEqual([
      ['1.', '某县局长张某违规收受礼金问题。', '2023年'],
      ['2.', '某区科长李某公车私用问题。', '2023年'],
    ]);
  });

  test('one such item, or items that tell nothing after the name, are no cases', () => {
    expect(segmentNotice(PROBLEMS.filter((_, i) => i !== 3)).caseStudies).toEqual([]);
    expect(
      segmentNotice(['标题', '存在的问题：', '1.学习不够深入的问题。', '2.作风不够扎实的问题。']).caseStudies,
    ).toEqual([]);
  });
});

describe('a 通报’s problems under headings of their own', () => {
  const PROBLEMS = [
    '关于2起典型问题的通报',
    '现将有关情况通报如下。',
    '一、某县农业农村局局长张某违规收受礼金问题',
    '2023年，张某收受管理服务对象礼金2万元。',
    '张某受到党内警告处分。',
    '二、某区科长李某公车私用问题',
    '2023年国庆期间，李某驾驶公车回乡探亲，受到诫勉处理。',
    '上述问题，教训深刻。各级党组织要以案为鉴。',
    '中共某某市纪委办公室',
  ];

  test('each is a case of its section, titled by its heading; the last ends before the closing', () => {
    const doc = segmentNotice(PROBLEMS);
    expect(doc.caseStudies.map((c) => [c.kind, c.title, c.sectionId, c.through])).toEqual([
      ['典型案例', '某县农业农村局局长张某违规收受礼金问题', 's-1', undefined],
      ['典型案例', '某区科长李某公车私用问题', 's-2', 'p-2-1'],
    ]);
    expect(doc.sections.map((s) => s.role)).toEqual(['body', 'body']);
  });

  test('one such heading, or a 讲话’s `关于…的问题` that names no violation, are no cases', () => {
    expect(segmentNotice(PROBLEMS.filter((_, i) => i < 5)).caseStudies).toEqual([]);
    const speech = [
      '在全市组织工作会议上的讲话',
      '一、关于提高政治站位的问题',
      '要提高政治站位，增强政治能力。',
      '二、关于加强干部队伍建设的问题',
      '要加强干部队伍建设，锻造过硬队伍。',
    ];
    expect(segmentNotice(speech).caseStudies).toEqual([]);
  });
});
