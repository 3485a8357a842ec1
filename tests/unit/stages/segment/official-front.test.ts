import { describe, expect, test } from 'vitest';
import {
  readBriefingLine,
  readCatalogue,
  readColumn,
  readMasthead,
  findDates,
  isSalutation,
  readFrontLine,
  readSpeaker,
} from '../../../../scripts/stages/segment/official-front.js';
import { looksLikeMarkdown } from '../../../../scripts/stages/markdown-source.js';
import { newspaperOf } from '../../../../scripts/emit/page-data.js';

describe('findDates', () => {
  test.each([
    ['2016年05月03日 00:00', ['2016-05-03']],
    ['二〇二二年十月十六日', ['2022-10-16']],
    ['（2019年1月31日审议批准　2019年3月11日发布）', ['2019-01-31', '2019-03-11']],
    ['发布时间：2022-02-22 08:30', ['2022-02']],
    ['２０２４年３月', ['2024-03']],
    ['2024年13月1日', []],
  ])('%s', (text, isos) => {
    expect(findDates(text).map((d) => d.iso)).toEqual(
      isos.length && text.includes('2022-02-22') ? ['2022-02-22'] : isos,
    );
  });
});

describe('readFrontLine: one line under a title', () => {
  test.each([
    ['（2016年1月12日）', { kind: 'headnote', date: '2016-01-12' }],
    [
      '（2019年1月31日中共中央政治局会议审议批准　2019年3月11日中共中央发布）',
      { kind: 'headnote', date: '2019-03-11', issuer: '中共中央' },
    ],
    ['（中国共产党第二十次全国代表大会部分修改，2022年10月22日通过）', { kind: 'headnote', date: '2022-10-22' }],
    // A status in brackets: a draft's, a rule on trial.
    ['（征求意见稿）', { kind: 'headnote' }],
    ['（试行）', { kind: 'headnote' }],
    ['（2024年修订草案）', { kind: 'headnote', date: '2024' }],
    [
      '——2020年5月22日在第十三届全国人民代表大会第三次会议上',
      { kind: 'occasion', date: '2020-05-22', occasion: '在第十三届全国人民代表大会第三次会议上' },
    ],
    ['——在全市机关党建工作会议上的讲话', { kind: 'occasion', occasion: '在全市机关党建工作会议上的讲话' }],
    ['2022年2月25日中共中央、国务院发布', { kind: 'issued', date: '2022-02-25', issuer: '中共中央、国务院' }],
    // A regulation's 题注 without its brackets, two 发布 clauses: the last dates it and names its issuer.
    [
      '2019年4月24日中共中央政治局会议审议批准　2019年5月6日中共中央发布',
      { kind: 'issued', date: '2019-05-06', issuer: '中共中央' },
    ],
    [
      '2016年05月03日 00:00 来源：人民网－人民日报',
      { kind: 'dateline', date: '2016-05-03', source: '人民网－人民日报' },
    ],
    // The author it names is the text's.
    ['来源：求是网　作者：某某', { kind: 'dateline', source: '求是网', speaker: '某某' }],
    [
      '发布时间：2024-03-12 10:25　来源：市直机关工委　作者：本报记者 李某',
      { kind: 'dateline', date: '2024-03-12', source: '市直机关工委', speaker: '李某' },
    ],
    // A WeChat article's header: the account before the date and time is the source.
    ['原创 某某机关党建 2024-05-20 08:30 发表于北京', { kind: 'dateline', date: '2024-05-20', source: '某某机关党建' }],
    ['某某区委组织部　2024-03-15 08:30', { kind: 'dateline', date: '2024-03-15', source: '某某区委组织部' }],
    ['国务院总理　李克强', { kind: 'speaker', speaker: '李克强' }],
    // Who delivers it, labelled: the name alone is enough, or after a position.
    ['述职人：张某某', { kind: 'speaker', speaker: '张某某' }],
    ['主讲人：某某局党委书记　张某某', { kind: 'speaker', speaker: '张某某' }],
    ['报告人: 李某', { kind: 'speaker', speaker: '李某' }],
    ['授课人：张某某', { kind: 'speaker', speaker: '张某某' }],
  ])('%s', (line, facts) => {
    expect(readFrontLine(line)).toEqual(facts);
  });

  test.each([
    '（一）加强党的政治建设',
    '——经济运行保持在合理区间。国内生产总值达到67.7万亿元。',
    '2024年3月至6月。',
    '总则',
    '习近平',
    '（资料来源：中国共产党新闻网）',
    '（试行期间发现问题及时报告。）',
    '一、2015年工作回顾',
    '会议于2024年5月20日 9:30召开。',
    '会议于2024年5月20日 9:30召开',
    // every clause of a 发布 line names a body and a verb: a sentence of dates is none
    '2019年4月24日中共中央政治局会议审议批准　2019年5月6日起',
    '2019年4月24日召开支部大会，2019年5月6日发布通知',
    '主讲人：党的二十大精神解读',
  ])('%s is not front matter on its own', (line) => {
    expect(readFrontLine(line)).toBeUndefined();
  });

  test('a bare name is a speaker only when its neighbours say so', () => {
    expect(readFrontLine('习近平', true)).toEqual({ kind: 'speaker', speaker: '习近平' });
    expect(readFrontLine('高质量发展', true)).toBeUndefined();
    expect(readSpeaker('李　克　强')?.speaker).toBe('李克强');
    expect(readSpeaker('总纲')).toBeUndefined();
  });

  test('salutations', () => {
    expect(['同志们：', '各位代表：', '各党（工）委、直属党组织：'].every(isSalutation)).toBe(true);
    expect(isSalutation('党章规定：党员必须履行下列义务：')).toBe(false);
  });
});

describe("readColumn: a magazine's column over a title", () => {
  test("a short name is a column; a 公文's 密级, 紧急程度, 版头 or issuing body is not", () => {
    expect(readColumn('理论前沿')).toEqual({ kind: 'column', column: '理论前沿' });
    expect(readColumn('党建研究')?.column).toBe('党建研究');
    for (const line of [
      '特急',
      '机密',
      '中共某某市委',
      '某某市人民政府',
      '中共某某市委文件',
      '理论前沿：',
      '2024年第3期',
      '前沿'.repeat(5),
    ])
      expect(readColumn(line), line).toBeUndefined();
  });
});

describe("readCatalogue: a journal paper's 中图分类号 line", () => {
  test.each([
    [
      '中图分类号：D267.3　　文献标识码：A　　文章编号：1007-1234(2023)05-0012-05',
      [
        ['中图分类号', 'D267.3'],
        ['文献标识码', 'A'],
        ['文章编号', '1007-1234(2023)05-0012-05'],
      ],
    ],
    [
      '[中图分类号] D26 [文献标识码] A',
      [
        ['中图分类号', 'D26'],
        ['文献标识码', 'A'],
      ],
    ],
    ['【中图分类号】D262.6', [['中图分类号', 'D262.6']]],
    ['DOI:10.1234/j.cnki.djyj.2024.01.003', [['DOI', '10.1234/j.cnki.djyj.2024.01.003']]],
  ])('%s', (line, fields) => {
    expect(readCatalogue(line)).toEqual(fields);
    expect(readFrontLine(line)).toEqual({ kind: 'catalogue', catalogue: fields });
  });

  test('a label in a sentence, or a label without a value, is no catalogue line', () => {
    expect(readCatalogue('本文的中图分类号：D267。')).toBeUndefined();
    expect(readCatalogue('中图分类号：')).toBeUndefined();
    expect(readCatalogue('中图分类号：D267 文献标识码：')).toBeUndefined();
  });
});

describe("readMasthead: an official document's lines above its title", () => {
  test.each([
    ['中共某某市直属机关工作委员会文件', { kind: 'masthead', issuer: '中共某某市直属机关工作委员会' }],
    ['中共某某市委员会　某某市人民政府文件', { kind: 'masthead', issuer: '中共某某市委员会、某某市人民政府' }],
    ['市直机党〔2024〕5号', { kind: 'document-number', documentNumber: '市直机党〔2024〕5号' }],
    ['某办发[2024]12号', { kind: 'document-number', documentNumber: '某办发[2024]12号' }],
    ['中发〔2022〕1号', { kind: 'document-number', documentNumber: '中发〔2022〕1号' }],
    ['中共中央文件', { kind: 'masthead', issuer: '中共中央' }],
    // A web copy's issuing body alone, and the 版头's other marks (GB/T 9704):
    ['中共某某市纪委办公室', { kind: 'masthead', issuer: '中共某某市纪委办公室' }],
    ['000123', { kind: 'masthead' }],
    ['秘密★1年', { kind: 'masthead' }],
    ['机密★长期', { kind: 'masthead' }],
    ['秘密', { kind: 'masthead' }],
    ['特急', { kind: 'masthead' }],
    ['某委〔2024〕12号　　　签发人：张某某', { kind: 'document-number', documentNumber: '某委〔2024〕12号' }],
  ])('%s', (line, facts) => {
    expect(readMasthead(line)).toEqual(facts);
  });
  test.each([
    '关于印发《某某办法》的通知',
    '会议文件',
    '中央文件精神',
    '各党支部：',
    '★启用前',
    '2024年第5号',
    '本文件共5页',
    '12345', // five digits are no 份号
    '秘密文件的管理', // a title that starts with a 密级's word
  ])('%s is neither', (line) => {
    expect(readMasthead(line)).toBeUndefined();
  });
});

describe('newspaperOf: a 来源 that names a newspaper', () => {
  test.each([
    ['人民网－人民日报', '人民日报'],
    ['《光明日报》', '光明日报'],
    ['新华社', undefined],
    ['求是网', undefined],
    ['人民网-中国共产党新闻网', undefined],
    ['某某通报', undefined],
  ])('%s → %s', (source, paper) => expect(newspaperOf(source)).toBe(paper));
});

describe('looksLikeMarkdown: a .txt that is Markdown', () => {
  test.each([
    [['---', 'title: 标题', 'author: 张三', '---', '', '正文。'], true],
    [['标题', '', '## 一、总体要求', '正文。'], true],
    [['#主题教育# 话题标签', '正文。'], false],
    [['---', '', '正文。——分隔线之后', '---'], false],
    [['一、总体要求', '正文。'], false],
  ])('%j → %s', (lines, md) => expect(looksLikeMarkdown(lines)).toBe(md));
});

describe('readBriefingLine: a briefing over its article', () => {
  test.each([
    ['机关党建工作简报', { kind: 'dateline', source: '机关党建工作简报' }],
    ['第5期（总第120期）', { kind: 'dateline', source: '第5期（总第120期）' }],
    ['2024年第3期', { kind: 'dateline', source: '2024年第3期' }],
    ['某某局机关党委办公室编　2024年3月1日', { kind: 'byline', speaker: '某某局机关党委办公室', date: '2024-03-01' }],
  ])('%s', (line, facts) => expect(readBriefingLine(line)).toEqual(facts));

  test.each(['2024年3月1日', '关于开展主题教育的简报要求如下。', '第5期培训班开班', '编者按'])('%s is none', (line) =>
    expect(readBriefingLine(line)).toBeUndefined(),
  );
});
