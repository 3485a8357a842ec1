import { describe, expect, test } from 'vitest';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { loadCorpus, sourceFromText, syntheticMeta } from './support.js';

const texts = (raw: string) => toBlocks(sourceFromText(raw).src).map((b) => [b.text, b.lines]);

describe('toBlocks on lines that are not hard-wrapped', () => {
  test('a short line ending in a comma or 、 runs on into the next; one ending a sentence does not', () => {
    expect(texts('庄严宣誓：\n我志愿加入中国共产党，\n拥护党的纲领、\n遵守党的章程。\n宣誓结束。')).toEqual([
      ['庄严宣誓：', [1, 1]],
      ['我志愿加入中国共产党，拥护党的纲领、遵守党的章程。', [2, 4]],
      ['宣誓结束。', [5, 5]],
    ]);
  });
  test('a numbered line after a comma starts an item of its own', () => {
    expect(texts('主要做法：\n1.坚持学习，\n2.强化实践，\n一是加强学习，\n二是改进作风。')).toEqual([
      ['主要做法：', [1, 1]],
      ['1.坚持学习，', [2, 2]],
      ['2.强化实践，', [3, 3]],
      ['一是加强学习，', [4, 4]],
      ['二是改进作风。', [5, 5]],
    ]);
  });
});

describe('toBlocks on a web copy that lost its line breaks', () => {
  test("a paragraph's indent inside a line (a sentence's end, then two ideographic spaces) parts two paragraphs", () => {
    expect(texts('标题\n　　第一段。第一段续。　　第二段！　　第三段。')).toEqual([
      ['标题', [1, 1]],
      ['第一段。第一段续。', [2, 2]],
      ['第二段！', [2, 2]],
      ['第三段。', [2, 2]],
    ]);
  });

  test('a gap that follows no sentence end is a column gap, not a paragraph; a table stays one', () => {
    expect(texts('说明\n会议时间　　2024年3月5日，地点待定。')).toEqual([
      ['说明', [1, 1]],
      ['会议时间  2024年3月5日，地点待定。', [2, 2]],
    ]);
    expect(toBlocks(sourceFromText('姓名　　职务\n张三　　书记').src).map((b) => [b.text, b.layout])).toEqual([
      ['姓名\t职务\n张三\t书记', 'table'],
    ]);
  });

  test('a part that starts on a later line of a wrapped block keeps that line', () => {
    const blocks = toBlocks(sourceFromText('甲乙丙丁戊己庚辛，\n壬癸。　　子丑寅卯。').src);
    expect(blocks.map((b) => [b.text, b.lines])).toEqual([
      ['甲乙丙丁戊己庚辛，壬癸。', [1, 2]],
      ['子丑寅卯。', [2, 2]],
    ]);
  });
});

describe('toBlocks on a hard-wrapped PDF layout', () => {
  // A column of 12 characters, a blank line after every line, as in the PDF paper.
  const wrapped = [
    '1 引言',
    '党风廉政建设是保证党的先进',
    '纯洁性的关键，政工工作在其',
    '中起到了核心作用。',
    '1.1 定义',
    '政工即政治工作，是党的建设',
    '中不可或缺的组成部分，它以',
    '党的理论为指导，确保政策得',
    ' 以贯彻落实。',
  ].join('\n\n');

  test('blank lines do not end paragraphs; a short line and a heading do', () => {
    expect(texts(wrapped)).toEqual([
      ['1 引言', [1, 1]],
      ['党风廉政建设是保证党的先进纯洁性的关键，政工工作在其中起到了核心作用。', [3, 7]],
      ['1.1 定义', [9, 9]],
      ['政工即政治工作，是党的建设中不可或缺的组成部分，它以党的理论为指导，确保政策得以贯彻落实。', [11, 17]],
    ]);
  });

  test('wrapped English lines are joined with a space', () => {
    const en = [
      'Abstract: Political work plays a very important role in the construction of the Party and of',
      'its conduct, and effective political work has a positive impact on the construction of clean',
      'governance in every branch.',
      '',
      'Keywords: political work; clean governance',
    ];
    const blocks = toBlocks(sourceFromText([...en, ...en.map((l) => l.replace('Party', 'State'))].join('\n')).src);
    expect(blocks[0]!.text).toContain('Party and of its conduct');
    expect(blocks[1]!.text).toBe('Keywords: political work; clean governance');
  });
});

describe('toBlocks on one-paragraph-per-line layouts', () => {
  test('each line is a block', () => {
    expect(texts('标题\n\n第一段很短。\n第二段。')).toEqual([
      ['标题', [1, 1]],
      ['第一段很短。', [3, 3]],
      ['第二段。', [4, 4]],
    ]);
  });

  test('a long line cut before the end of its sentence continues on the next line', () => {
    const long = '三是统筹抓好建党百年宣传工作。人民日报、新华社、经济日报、光明日报等中央主流媒体推出系列报道，举办';
    expect(texts(`${long}\n兵团庆祝建党100周年文艺晚会。\n下一段。`)).toEqual([
      [`${long}兵团庆祝建党100周年文艺晚会。`, [1, 2]],
      ['下一段。', [3, 3]],
    ]);
  });

  test('a short unfinished line continues when the next line opens a PDF page (leading space)', () => {
    expect(texts('甲。\n\n建设海南国际旅游岛的重大任务提出了新的\n 更高要求，省直机关始终坚持。')).toEqual([
      ['甲。', [1, 1]],
      ['建设海南国际旅游岛的重大任务提出了新的更高要求，省直机关始终坚持。', [3, 4]],
    ]);
  });

  test('lines pushed right by a run of spaces (a signature over its date) open no PDF page: they stay apart', () => {
    const pad = ' '.repeat(40);
    expect(texts(`会议要求：按时完成。\n\n${pad}记录人：陈某\n${pad}2024年6月18日`)).toEqual([
      ['会议要求：按时完成。', [1, 1]],
      ['记录人：陈某', [3, 3]],
      ['2024年6月18日', [4, 4]],
    ]);
  });
});

describe('toBlocks on the real corpus', () => {
  test('the PDF paper: the 引言 paragraph is one block of lines 55–75', () => {
    const blocks = toBlocks(loadCorpus('paper-zhenggong-lianzheng').src);
    const intro = blocks.find((b) => b.text.startsWith('党风廉政建设是保证党的先进纯洁性'))!;
    expect(intro.lines).toEqual([55, 75]);
    expect(intro.text.endsWith('提供理论参考和实践指导。')).toBe(true);
    expect(blocks.find((b) => b.text.startsWith('4 “两学一做”'))?.lines).toEqual([279, 279]);
  });

  test('the handbook: the paragraph split by a page break (lines 601–602) is one block', () => {
    const blocks = toBlocks(loadCorpus('handbook-jiguan-dangjian').src);
    const joined = blocks.find((b) => b.lines[0] === 601)!;
    expect(joined.lines).toEqual([601, 602]);
    expect(joined.text).toContain('提出了新的更高要求');
  });
});

describe('toBlocks on short lines of one width that are whole items', () => {
  test('a list of slogans, none ending a sentence, stays a line a block (rejoined it would be a run-on)', () => {
    const slogans = [
      '坚持党的全面领导，推进全面从严治党',
      '不忘初心牢记使命，奋力谱写时代新篇',
      '学习贯彻党的二十大精神，凝心聚力促发展',
      '深入开展主题教育，以学铸魂以学增智',
      '强化政治机关意识，走好第一方阵',
      '加强作风建设，密切联系人民群众',
      '推进两学一做常态化制度化',
      '争做新时代合格共产党员先锋模范',
    ];
    expect(texts(slogans.join('\n'))).toEqual(slogans.map((t, i) => [t, [i + 1, i + 1]]));
  });

  test('the same width with sentences wrapped across the lines is still rejoined', () => {
    const wrapped = [
      '党支部坚持把政治建设摆在首位，认真落',
      '实“三会一课”制度，每月召开支委会，',
      '每季度召开党员大会，组织生活质量明显',
      '提升。支部书记带头讲党课，全年开展专',
      '题学习十二次，党员参学率达到百分之九',
      '十八。同时注重发挥党员先锋模范作用，',
      '设立党员示范岗五个，带动全体职工攻坚',
      '克难，圆满完成了年度各项工作任务。',
    ];
    expect(texts(wrapped.join('\n'))).toEqual([[wrapped.join(''), [1, 8]]]);
  });
});

describe('toBlocks on hard-wrapped text with blank lines between paragraphs', () => {
  test('a blank line ends a paragraph even after a full-width last line', () => {
    const para = (c: string) => [
      `${c}${c}${c}党风廉政建设是保证党的先进`,
      `纯洁性的关键，政工工作在其中起`,
      `到了核心作用，政工工作通过政策。`,
    ];
    const text = [...para('甲'), '', ...para('乙'), '', ...para('丙')].join('\n');
    expect(texts(text).map(([, lines]) => lines)).toEqual([
      [1, 3],
      [5, 7],
      [9, 11],
    ]);
  });
});

describe('toBlocks on Markdown', () => {
  const md = (raw: string) =>
    toBlocks(sourceFromText(raw, syntheticMeta('summary.md')).src).map((b) => [b.text, b.lines]);

  test('a pipe table is one block, rows by line break and cells by TAB; an empty last cell keeps its column', () => {
    expect(md('| 支部 | 备注 |\n| --- | --- |\n| 一支部 | |\n| 二支部 | 新建 |')).toEqual([
      ['支部\t备注\n一支部\t\n二支部\t新建', [1, 4]],
    ]);
  });

  test('a list item indented under another is nested, by levels of indent (spaces or tabs); a paragraph ends the list', () => {
    const depths = (raw: string) =>
      toBlocks(sourceFromText(raw, syntheticMeta('list.md')).src).map((b) => `${b.depth ?? 0} ${b.text}`);
    expect(depths('- 甲\n  - 甲一\n    1. 甲一1\n  - 甲二\n- 乙\n\t- 乙一\n\n正文\n\n  - 丙')).toEqual([
      '0 - 甲',
      '1 - 甲一',
      '2 1. 甲一1',
      '1 - 甲二',
      '0 - 乙',
      '1 - 乙一',
      '0 正文',
      '0 - 丙',
    ]);
  });

  test('soft-wrapped lines are one paragraph; after a hard break (two spaces, a backslash) a space keeps the lines apart', () => {
    expect(md('全区党员\n参加学习。\n\n中共某某区委  \n组织部\n\n某某街道\\\n党工委')).toEqual([
      ['全区党员参加学习。', [1, 2]],
      ['中共某某区委 组织部', [4, 5]],
      ['某某街道 党工委', [7, 8]],
    ]);
  });

  test('a line that is only a date (a signature) continues no paragraph and none continues it', () => {
    expect(
      md(
        '**李某某**\n2024年8月1日\n\n某某区委组织部  \n2024年7月\n二〇二四年七月十五日\n下发各支部。\n\n会议定于\n2024年8月1日召开。',
      ),
    ).toEqual([
      ['李某某', [1, 1]],
      ['2024年8月1日', [2, 2]],
      ['某某区委组织部', [4, 4]],
      ['2024年7月', [5, 5]],
      ['二〇二四年七月十五日', [6, 6]],
      ['下发各支部。', [7, 7]],
      ['会议定于2024年8月1日召开。', [9, 10]],
    ]);
  });
});
