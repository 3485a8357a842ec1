import { describe, expect, test } from 'vitest';
import { readFrontMatter, type ManifestFront } from '../../../../scripts/stages/segment/front-matter.js';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { readRoleLabel } from '../../../../scripts/stages/segment/classify.js';
import { sourceFromText } from './support.js';

const read = (raw: string, format: 'txt' | 'md' = 'txt', manifest: ManifestFront = {}) => {
  const { src } = sourceFromText(raw);
  return readFrontMatter(toBlocks(src), 'f.txt', format, manifest);
};

describe('readFrontMatter', () => {
  test('a body signing under the title is the author, listed in the manifest or not', () => {
    for (const manifest of [{}, { authors: ['某某街道党工委'] }]) {
      const r = read(
        '以“三个聚焦”推动党建提质增效\n\n某某街道党工委\n\n近年来，街道党工委坚持党建引领。',
        'txt',
        manifest,
      );
      expect(r.front.authors).toEqual(['某某街道党工委']);
      expect(r.rest.map((b) => b.text)).toEqual(['近年来，街道党工委坚持党建引领。']);
    }
  });

  test("a journal's authors with their affiliations' indexes, over the numbered affiliations", () => {
    for (const [names, authors, indexes] of [
      ['李某某1，王某2', ['李某某', '王某'], ['1', '2']],
      ['张三¹ 李四²*', ['张三', '李四'], ['¹', '²*']],
      ['赵某某1,2，钱某2', ['赵某某', '钱某'], ['1,2', '2']],
      ['孙某1*、李某某', ['孙某', '李某某'], ['1*', '']],
    ] as const) {
      const r = read(
        `党建引领基层治理研究\n\n${names}\n（1.某某大学 马克思主义学院，湖北 武汉 430072；2.某某公司 党委组织部，湖北 武汉 430077）\n\n一、引言\n\n正文。`,
      );
      expect(r.front.authors, names).toEqual(authors);
      // The indexes are the byline's link to the affiliations: kept, one per author.
      expect(r.front.authorIndexes, names).toEqual(indexes);
      expect(r.front.affiliation).toBe(
        '1.某某大学 马克思主义学院，湖北 武汉 430072；2.某某公司 党委组织部，湖北 武汉 430077',
      );
      expect(r.front.affiliationNote).toBeUndefined();
      expect(r.rest.map((b) => b.text)).toEqual(['一、引言', '正文。']);
    }
    // Unbracketed too.
    const one = read('标题\n\n李某某1，王某1\n1.某某大学，湖北 武汉 430072；2.某某党校，湖北 武汉 430070\n\n正文。');
    expect([one.front.authors, one.front.affiliation]).toEqual([
      ['李某某', '王某'],
      '1.某某大学，湖北 武汉 430072；2.某某党校，湖北 武汉 430070',
    ]);
    // Names with numbers over no affiliation are not a byline.
    expect(read('标题\n\n李某某1，王某2\n\n正文。').front.authors).toBeUndefined();
  });

  test("a magazine's byline after an ornament, and its abstract under any of its labels", () => {
    for (const [line, authors] of [
      ['□ 张某某', ['张某某']],
      ['■ 文/欧阳某', ['欧阳某']],
      ['◎张某某　李某', ['张某某', '李某']],
    ] as const) {
      const r = read(`论新时代党的自我革命\n\n${line}\n\n内容摘要：本文论述自我革命。\n\n一、引言\n\n正文。`);
      expect(r.front.authors, line).toEqual(authors);
      expect(r.front.abstract?.[0]?.text).toBe('本文论述自我革命。');
    }
    expect(read('标题\n\n提要：本文论述自我革命。\n\n正文。').front.abstract?.[0]?.text).toBe('本文论述自我革命。');
    // A bullet heading under the title names no person; 提要 inside a word is no label.
    expect(read('标题\n\n◆ 基本情况\n\n全区共有党员2万名。').front.authors).toBeUndefined();
    expect(read('标题\n\n提要求的同志请举手。').front.abstract).toBeUndefined();
  });

  test('a body or a person and a date under the title sign the text, either first', () => {
    for (const [line, speaker, date] of [
      ['某某区委组织部　2024年7月15日', '某某区委组织部', '2024-07-15'],
      ['2024年7月 某某街道党工委', '某某街道党工委', '2024-07'],
      ['张某某 2024-07-15', '张某某', '2024-07-15'],
    ] as const) {
      const r = read(`党纪学习教育阶段性总结\n\n${line}\n\n一、主要做法\n\n正文。`);
      expect(r.front.frontLines?.map((l) => l.kind)).toEqual(['byline']);
      expect([r.front.speakers, r.front.date]).toEqual([[speaker], date]);
      expect(r.rest.map((b) => b.text)).toEqual(['一、主要做法', '正文。']);
    }
    // Not a name: a heading that starts with a year stays in the body.
    expect(read('标题\n\n2024年 党建工作要点\n\n正文。').front.frontLines).toBeUndefined();
  });

  test("a date alone under the title dates the text, unless more dates alone follow (a 大事记's entries)", () => {
    const dated = read('关于开展主题党日活动的报告\n\n2024年3月1日\n\n按照安排，支部开展了主题党日活动。');
    expect(dated.front.date).toBe('2024-03-01');
    expect(dated.rest.map((b) => b.text)).toEqual(['按照安排，支部开展了主题党日活动。']);
    const chronicle = read(
      '2023年党建工作大事记\n\n2023年1月10日\n\n召开工作会议。\n\n2023年3月15日\n\n开展专项检查。',
    );
    expect(chronicle.front.date).toBeUndefined();
    expect(chronicle.rest[0]!.text).toBe('2023年1月10日');
  });

  test("a web copy's 文/ or 作者｜ byline, a news item's 记者： names the author; the label is syntax", () => {
    for (const line of [
      '文/张某某',
      '文 / 张某某',
      '作者｜张某某',
      '撰文：张某某',
      '记者：张某某',
      '通讯员 ｜张某某',
    ]) {
      const r = read(`以“三会一课”为抓手\n\n${line}\n\n近年来，支部坚持把“三会一课”作为抓手。`);
      expect(r.front.authors, line).toEqual(['张某某']);
      expect(r.removed.every((x) => x.reason === 'field-syntax')).toBe(true);
      expect(r.removed.map((x) => x.text).join('')).toBe(line.replace(/\s|张某某/g, ''));
    }
  });

  test('an English title, its Latin-letter authors over their affiliation, and a title wrapped onto the next line', () => {
    const r = read(
      'Party Building in the New Era\nA Case Study of Branches\n\nZhang San, Li Si and Wang Wu\n\nSchool of Marxism, Some University, Beijing 100872\n\nAbstract: This paper examines branches.',
    );
    expect(r.front.titleEn).toBe('Party Building in the New Era A Case Study of Branches');
    expect(r.front.authors).toEqual(['Zhang San', 'Li Si', 'Wang Wu']);
    // The comma before the place parts it from the affiliation, as syntax: it ends neither.
    expect(r.front.affiliation).toBe('School of Marxism, Some University');
    expect(r.front.affiliationNote).toBe('Beijing 100872');
    expect(r.removed.filter((x) => x.line === 6).map((x) => `${x.reason}:${x.text}`)).toEqual(['field-syntax:,']);
    expect(r.front.abstractEn?.[0]?.text).toBe('This paper examines branches.');
  });

  test('an English title ending with a colon over its subtitle is one title', () => {
    const r = read(
      'Party Building in the New Era:\nA Case Study\n\nZhang San\n\nSchool of Marxism, Some University, Beijing 100872\n\nIntroduction',
    );
    expect(r.front.titleEn).toBe('Party Building in the New Era: A Case Study');
    expect(r.front.authors).toEqual(['Zhang San']);
    expect(read('Notes:\n\nThe branch met.').front.titleEn).toBeUndefined();
  });

  test('an English title: the name under it that the manifest lists is the author, with no affiliation', () => {
    const r = read('Party Building in Enterprises\n\nLi Ming\n\nI. INTRODUCTION\n\nText.', 'txt', {
      authors: ['Li Ming'],
    });
    expect([r.front.titleEn, r.front.authors]).toEqual(['Party Building in Enterprises', ['Li Ming']]);
    expect(r.rest[0]!.text).toBe('I. INTRODUCTION');
  });

  test('a numbered first line that prints the manifest title is the title, not a heading over the text', () => {
    const text = '第三讲　严明党的纪律\n\n一、纪律的内涵\n\n正文。';
    expect(read(text, 'txt', { title: '第三讲 严明党的纪律' }).front.title).toBe('第三讲 严明党的纪律');
    // Under another title (a book's), the same line opens the text.
    const book = read(text, 'txt', { title: '党员教育读本' });
    expect(book.front.title).toBeUndefined();
    expect(book.rest[0]!.text).toBe('第三讲 严明党的纪律');
  });

  test('the line under the title is the author when the manifest lists it, whatever it is', () => {
    const r = read('经验交流材料\n\n第三党小组\n\n一、主要做法\n\n正文。', 'txt', { authors: ['第三 党小组'] });
    expect(r.front.authors).toEqual(['第三党小组']);
    expect(r.rest.map((b) => b.text)).toEqual(['一、主要做法', '正文。']);
  });

  test('a body name over a heading, or one the manifest does not list, is a heading and not a byline', () => {
    // `机关党委` before another heading-shaped line heads a part of the text.
    const r = read('机关党建工作手册\n\n机关党委\n\n一、设置\n\n正文。');
    expect(r.front.authors).toBeUndefined();
    expect(r.rest.map((b) => b.text)).toEqual(['机关党委', '一、设置', '正文。']);
    // Sentences and headings that merely end like a body's name are no byline.
    expect(read('标题\n\n发挥好党支部。\n\n正文。').front.authors).toBeUndefined();
    expect(read('标题\n\n服务大局\n\n正文。').front.authors).toBeUndefined();
    expect(read('标题\n\n走进社区\n\n正文。').front.authors).toBeUndefined();
  });

  test('a body’s name signed with a person’s is a byline, even over a heading', () => {
    const r = read('践行初心使命\n\n某某局机关党委　李某\n\n一、牢记初心使命\n\n正文。');
    expect(r.front).toMatchObject({ authors: ['李某'], affiliation: '某某局机关党委' });
    // Two people after the body: both are its authors.
    expect(read('践行初心使命\n\n某某县委组织部　张某某　李某\n\n正文。').front).toMatchObject({
      authors: ['张某某', '李某'],
      affiliation: '某某县委组织部',
    });
    expect(r.rest.map((b) => b.text)).toEqual(['一、牢记初心使命', '正文。']);
  });

  test('a responsibility line with 供稿 names its author', () => {
    expect(read('党建品牌巡礼\n\n某某市委组织部 供稿\n\n正文。').front.authors).toEqual(['某某市委组织部']);
  });

  test('title, 作者 label on its own line, affiliation with postcode', () => {
    const r = read(
      '缩略图\n\n党建工作协同发展的路径\n\n作者\n\n吴晓芳\n\n宁夏银星能源股份有限公司 宁夏银川 750021\n\n引言\n\n正文。',
    );
    expect(r.front).toMatchObject({
      title: '党建工作协同发展的路径',
      authors: ['吴晓芳'],
      affiliation: '宁夏银星能源股份有限公司',
      affiliationNote: '宁夏银川 750021',
    });
    expect(r.removed).toEqual([{ text: '作者', line: 5, reason: 'field-syntax' }]);
    expect(r.rest.map((b) => b.text)).toEqual(['引言', '正文。']);
  });

  test('inline labels: 作者：, [摘要], 关键词： with separators recorded', () => {
    const r = read(
      '某论文题目\n作者：张三，李四\n某大学（北京 100081）\n[摘要]本文研究某问题。\n关键词：党建；廉政；协同\n一、问题的提出',
    );
    expect(r.front.authors).toEqual(['张三', '李四']);
    expect(r.front.affiliation).toBe('某大学');
    expect(r.front.affiliationNote).toBe('北京 100081');
    expect(r.front.abstract?.map((p) => [p.id, p.text])).toEqual([['p-abstract-1', '本文研究某问题。']]);
    expect(r.front.keywords).toEqual(['党建', '廉政', '协同']);
    expect(r.removed.map((x) => `${x.line}:${x.text}`)).toEqual([
      '2:作者：',
      '2:，',
      '3:（）',
      '4:[摘要]',
      '5:关键词：',
      '5:；',
      '5:；',
    ]);
    expect(r.rest[0]!.text).toBe('一、问题的提出');
  });

  test('作者： and 单位： on one line (or a <br> between them in Markdown): the 单位 is the affiliation', () => {
    for (const [raw, format] of [
      ['学习心得体会\n作者：张某某 王某某 单位：某某局机关党委\n正文开始。', 'txt'],
      ['# 学习心得体会\n\n作者：张某某，王某某<br>工作单位：某某局机关党委\n\n正文开始。', 'md'],
    ] as const) {
      const r = read(raw, format);
      expect(r.front.authors).toEqual(['张某某', '王某某']);
      expect(r.front.affiliation).toBe('某某局机关党委');
      expect(r.removed.map((x) => x.text)).toContain(format === 'txt' ? '单位：' : '工作单位：');
    }
  });

  test('unlabelled author line before an affiliation', () => {
    const r = read('题目\n张三 李四\n某大学（北京 100081）\n正文很长很长的第一段，说明研究背景。');
    expect(r.front.authors).toEqual(['张三', '李四']);
  });

  test('English title wrapped over two lines, Abstract: and Keywords:', () => {
    const r = read(
      ' The Contribution and Influence of Political Work on the Construction of Party Conduct and\nClean Governance\n Abstract: Political work matters.\n\nKeywords: political work; clean governance',
    );
    expect(r.front.titleEn).toBe(
      'The Contribution and Influence of Political Work on the Construction of Party Conduct and Clean Governance',
    );
    expect(r.front.abstractEn?.[0]?.text).toBe('Political work matters.');
    expect(r.front.keywordsEn).toEqual(['political work', 'clean governance']);
    expect(r.rest).toEqual([]);
  });

  test.each([
    ['a role heading', '前言\n\n正文。'],
    ['a numbered heading', '第一章 总则\n\n正文。'],
    ['a sentence', '本办法自发布之日起施行。'],
    ['a 目录 label', '目录\n1.甲\t1'],
  ])('no title when the source starts with %s', (_, raw) => {
    expect(read(raw).front.title).toBeUndefined();
  });

  test('a Markdown `# heading` is not taken as the title when another heading has its level', () => {
    expect(read('# 总则\n\n正文。\n\n# 附则\n\n正文。', 'md').front.title).toBeUndefined();
    expect(read('# 一、总体要求\n\n正文。', 'md').front.title).toBeUndefined();
  });

  test('the only `#` heading at the top of a Markdown text is its title (issue 9: it wrapped the whole text)', () => {
    const r = read('# 学习党章 做合格党员\n\n正文。\n\n## 一、为什么学\n\n正文。', 'md');
    expect(r.front.title).toBe('学习党章 做合格党员');
    expect(r.removed).toEqual([{ text: '#', line: 1, reason: 'markdown-syntax' }]);
  });

  test('姓名, 单位 and 时间 fields under the title name the author, the affiliation and the date, on one line or on their own', () => {
    for (const raw of [
      '学习心得体会\n\n姓名：张三　　单位：某某局办公室　　时间：2024年8月10日\n\n认真学习党章。',
      '学习心得体会\n\n姓名：张三\n单位：某某局办公室\n时间：2024年8月10日\n\n认真学习党章。',
    ]) {
      const r = read(raw);
      expect(r.front).toMatchObject({ authors: ['张三'], affiliation: '某某局办公室', date: '2024-08-10' });
      expect(r.rest.map((b) => b.text)).toEqual(['认真学习党章。']);
    }
    expect(read('学习心得体会\n\n撰稿：王某某\n\n认真学习党章。').front.authors).toEqual(['王某某']);
    // A form's blank name is no author; a 时间 that names no date stays the body's.
    expect(read('入党志愿书\n\n姓名：＿＿＿＿\n\n正文。').front.authors).toBeUndefined();
    const undated = read('学习心得\n\n作者：张三\n时间：每周五下午\n\n正文。');
    expect([undated.front.authors, undated.front.date]).toEqual([['张三'], undefined]);
    expect(undated.rest.map((b) => b.text)).toEqual(['时间：每周五下午', '正文。']);
  });

  test('who delivers the text, labelled under its title (`述职人：张某某`), speaks it; a written text’s is its author, the label syntax', () => {
    const speech = read('某某局党组书记2023年度述职报告\n\n述职人：张某某\n\n2023年，我认真履行职责。');
    expect(speech.front).toMatchObject({
      speakers: ['张某某'],
      frontLines: [{ kind: 'speaker', text: '述职人：张某某' }],
    });
    expect(speech.rest.map((b) => b.text)).toEqual(['2023年，我认真履行职责。']);
    const lecture = read('党课讲稿\n\n主讲人：张某某\n\n同志们：', 'txt', { written: true });
    expect(lecture.front.authors).toEqual(['张某某']);
    expect(lecture.removed).toContainEqual({ text: '主讲人：', line: 3, reason: 'field-syntax' });
  });

  test('a Markdown quote under the title that is its 题注, 发布 line or occasion is front matter, its `>` syntax', () => {
    for (const [line, date] of [
      ['> （2019年3月11日中共中央发布）', '2019-03-11'],
      ['> 2019年4月24日中共中央政治局会议审议批准　2019年5月6日中共中央发布', '2019-05-06'],
    ] as const) {
      const r = read(`# 某某条例\n\n${line}\n\n第一条　为了……制定本条例。`, 'md');
      expect(r.front).toMatchObject({ title: '某某条例', date, issuer: '中共中央' });
      expect(r.front.frontLines?.[0]?.text).toBe(line.slice(2).replace('　', ' '));
      expect(r.removed).toContainEqual({ text: '>', line: 3, reason: 'markdown-syntax' });
      expect(r.rest.map((b) => b.text)).toEqual(['第一条 为了……制定本条例。']);
    }
    const speech = read('# 在全省组织工作会议上的讲话\n\n> ——2024年3月5日\n\n同志们：', 'md');
    expect(speech.front.date).toBe('2024-03-05');
  });

  test('any other quote under a Markdown title is the body’s, as is a 题注 quoted in a text file', () => {
    for (const quote of ['> 编者按：本文是作者在党课上的讲稿。', '> 不忘初心，方得始终。']) {
      const r = read(`# 学习心得\n\n${quote}\n\n正文。`, 'md');
      expect(r.front.frontLines).toBeUndefined();
      expect(r.rest.map((b) => b.text)).toEqual([quote, '正文。']);
    }
    expect(read('某某条例\n\n> （2019年3月11日中共中央发布）\n\n正文。').front.date).toBeUndefined();
  });
});

describe('readRoleLabel', () => {
  test.each([
    ['参考文献：', 'references'],
    ['參考文獻', 'references'],
    ['References', 'references'],
    ['BIBLIOGRAPHY', 'references'],
    ['注释：', 'references'],
    ['註釋', 'references'],
    ['参考资料', 'references'],
    ['Abstract', 'abstract'],
    ['Introduction', 'introduction'],
    ['Conclusions', 'conclusion'],
    ['附件2', 'appendix'],
    ['附：', 'appendix'], // over a text appended to an article
    ['附录三', 'appendix'],
  ])('%s names a part of the text: %s', (line, role) => {
    expect(readRoleLabel(line)?.role).toBe(role);
  });

  test.each(['Methods', '参考', 'Reference list of branches', '注释说明', '附近', '附则'])(
    '%s is no role label',
    (line) => {
      expect(readRoleLabel(line)).toBeUndefined();
    },
  );
});
