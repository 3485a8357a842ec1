// Inline Markdown: the reading text keeps what a renderer shows; the syntax is recorded on its line.
import { describe, expect, test } from 'vitest';
import { stripMarkdownInline } from '../../../scripts/stages/markdown-inline.js';
import { HTML_CELL_MARK, HTML_LEFT_SPAN_MARK, HTML_ROW_MARK, HTML_UP_SPAN_MARK } from '../../../scripts/model/table.js';

const strip = (line: string) => {
  const r = stripMarkdownInline([line]);
  return { text: r.lines[0], syntax: r.removed.map((x) => x.text) };
};

describe('stripMarkdownInline: bold opening a line', () => {
  test('bold text before more on its line is reported with its line, as the line now reads', () => {
    const r = stripMarkdownInline([
      '**加强考核**：将党建工作纳入年度考核。',
      '党章是**党的根本大法**。',
      '**一、总体要求**',
      '  __全面从严治党永远在路上。__党的十八大以来……',
      '**见[党章](http://x)**，其中规定……',
      '**小结**。',
    ]);
    expect(r.boldLeads).toEqual([
      { line: 1, text: '加强考核' },
      { line: 4, text: '全面从严治党永远在路上。' },
      { line: 5, text: '见党章' },
    ]);
  });
});

describe('stripMarkdownInline: character references', () => {
  test('each is an html-entity removal on its line, with the visible character the text holds in its place and which occurrence it is', () => {
    const r = stripMarkdownInline(['', '&ldquo;党建&rdquo;&nbsp;`&amp;`&amp;[链接](http://x?a=1&amp;b=2)&amp;&zwj;']);
    expect(r.lines[1]).toBe('“党建” &amp;&链接&');
    expect(r.removed.filter((x) => x.reason === 'html-entity')).toEqual([
      { text: '&ldquo;', line: 2, reason: 'html-entity', replacement: '“', occurrence: 0 },
      { text: '&rdquo;', line: 2, reason: 'html-entity', replacement: '”', occurrence: 0 },
      { text: '&nbsp;', line: 2, reason: 'html-entity', occurrence: 0 },
      // The second and fourth `&amp;` as written: the first is code, the third the URL's.
      { text: '&amp;', line: 2, reason: 'html-entity', replacement: '&', occurrence: 1 },
      { text: '&amp;', line: 2, reason: 'html-entity', replacement: '&', occurrence: 3 },
      { text: '&zwj;', line: 2, reason: 'html-entity', occurrence: 0 },
    ]);
    // A reference in a URL goes with the link's syntax, as written.
    expect(r.removed.map((x) => x.text)).toContain('](http://x?a=1&amp;b=2)');
  });
});

describe('stripMarkdownInline', () => {
  test.each([
    ['党章是**党的根本大法**。', '党章是党的根本大法。', ['**', '**']],
    ['是每一名党员的*基本功*。', '是每一名党员的基本功。', ['*', '*']],
    ['__强调__与~~删除~~', '强调与删除', ['__', '__', '~~', '~~']],
    ['正如[《党章》](http://www.12371.cn/ "党章")所说', '正如《党章》所说', ['[', '](http://www.12371.cn/ "党章")']],
    ['见![示意图](a.png)。', '见示意图。', ['![', '](a.png)']],
    ['**[加粗链接](http://x)**', '加粗链接', ['**', '**', '[', '](http://x)']],
    ['命令`a*b*c`原样', '命令a*b*c原样', ['`', '`']],
    ['转义\\*星号\\*', '转义*星号*', ['\\', '\\']],
    // An escaped star inside emphasis is text, never its closing mark.
    ['*（注：\\*指缺席的党员）*', '（注：*指缺席的党员）', ['*', '*', '\\']],
    ['**重点\\*\\*内容**', '重点**内容', ['**', '**', '\\', '\\']],
    ['网址<https://www.gov.cn/>', '网址https://www.gov.cn/', ['<', '>']],
    ['5 * 3 * 2 = 30', '5 * 3 * 2 = 30', []],
    ['&nbsp;&nbsp;党员干部&#12288;学习&ensp;教育', '  党员干部 学习 教育', ['&nbsp;', '&nbsp;', '&#12288;', '&ensp;']],
    // A character reference is the character a renderer shows (a web page's text copied to Markdown).
    [
      '&ldquo;两学一做&rdquo;学习&mdash;&mdash;教育',
      '“两学一做”学习——教育',
      ['&ldquo;', '&rdquo;', '&mdash;', '&mdash;'],
    ],
    ['a&lt;b 与 &amp; &#169; &#x4E2D;', 'a<b 与 & © 中', ['&lt;', '&amp;', '&#169;', '&#x4E2D;']],
    // Decoded characters are text, never syntax: `&lt;b&gt;` is no tag, `&ast;x&ast;` no emphasis.
    [
      '&lt;b&gt;加粗&lt;/b&gt; 与 &ast;x&ast;',
      '<b>加粗</b> 与 *x*',
      ['&lt;', '&gt;', '&lt;', '&gt;', '&ast;', '&ast;'],
    ],
    ['**&ldquo;三会一课&rdquo;**', '“三会一课”', ['**', '**', '&ldquo;', '&rdquo;']],
    // In a code span, after a backslash, unknown or naming no character: as written.
    ['代码`&amp;`与\\&amp;', '代码&amp;与&amp;', ['`', '`', '\\']],
    ['&foo; &#0; &#xD800; 与 AT&T;', '&foo; &#0; &#xD800; 与 AT&T;', []],
    // A private-use character the line holds (a PDF copy's glyph) is text, never taken for a placeholder.
    ['\uE000&amp;\uE001', '\uE000&\uE001', ['&amp;']],
    // Invisible characters are dropped, as the normaliser drops the source's own.
    ['党员&zwj;干部&shy;学习', '党员干部学习', ['&zwj;', '&shy;']],
    ['snake_case_name 保留', 'snake_case_name 保留', []],
    ['心得体会（==不少于1500字==）', '心得体会（不少于1500字）', ['==', '==']],
    ['a == b 与 x==y 照写', 'a == b 与 x==y 照写', []],
    ['====`==== 与 ===x=== 照写', '====`==== 与 ===x=== 照写', []],
    ['学习[[党的二十大报告]]和[[党章]]', '学习党的二十大报告和党章', ['[[', ']]', '[[', ']]']],
    ['另见[[党章|党的章程]]', '另见[[党章|党的章程]]', []],
    ['a < b > c，{} 不是语法', 'a < b > c，{} 不是语法', []],
    // A page made in Word: its namespaced tags are syntax too; an autolink is none of them.
    [
      '会议于<st1:chsdate month="5" day="18" year="2024" w:st="on">2024年5月18日</st1:chsdate>召开。<o:p></o:p>',
      '会议于2024年5月18日召开。',
      ['<st1:chsdate month="5" day="18" year="2024" w:st="on">', '</st1:chsdate>', '<o:p>', '</o:p>'],
    ],
    ['邮箱<mailto:dangban@x.cn>', '邮箱mailto:dangban@x.cn', ['<', '>']],
  ])('%s → %s', (line, text, syntax) => {
    expect(strip(line)).toEqual({ text, syntax });
  });

  test('a callout written as a container (`:::tip 标题` … `:::`): its fences are syntax, its title text; nested ones read in the outer; an unanswered fence and code are left alone', () => {
    const r = stripMarkdownInline([
      ':::tip 学习要点', // 0
      '六项纪律是指**政治纪律**等。',
      ':::', // 2
      '',
      ':::warning', // 4
      ':::info 嵌套',
      '内层',
      ':::',
      '外层',
      ':::', // 9
      '```',
      ':::tip 代码里的',
      ':::',
      '```',
      ':::danger 没有结束',
    ]);
    expect(r.callouts).toEqual([{ lines: [1, 3] }, { lines: [5, 10] }]);
    expect(r.lines.slice(0, 10)).toEqual([
      '学习要点',
      '六项纪律是指政治纪律等。',
      '',
      '',
      '',
      '嵌套',
      '内层',
      '',
      '外层',
      '',
    ]);
    expect(r.lines.slice(11)).toEqual([':::tip 代码里的', ':::', '', ':::danger 没有结束']);
    expect(r.removed.filter((x) => x.text.startsWith(':')).map((x) => `${x.line}:${x.text}`)).toEqual([
      '1::::tip',
      '3::::',
      '5::::warning',
      '6::::info',
      '8::::',
      '10::::',
    ]);
  });

  test('a heading whose hashes run into its text is spaced; tags are left alone', () => {
    const lines = [
      '##一、总体要求',
      '#第一章 总则',
      '###（一）加强学习',
      '#话题#',
      '#党建 #学习',
      '#党建',
      '```',
      '##代码',
      '```',
    ];
    expect(stripMarkdownInline(lines).lines.slice(0, 6)).toEqual([
      '## 一、总体要求',
      '# 第一章 总则',
      '### （一）加强学习',
      '#话题#',
      '#党建 #学习',
      '#党建',
    ]);
    expect(stripMarkdownInline(lines).lines[7]).toBe('##代码');
  });

  test("a trailing backslash is a hard line break (pandoc's): syntax, and two spaces for the joiner; an escaped one is text", () => {
    const r = stripMarkdownInline(['某某区委组织部\\', '2024年7月15日', '路径 C:\\\\', '下一行']);
    expect(r.lines).toEqual(['某某区委组织部  ', '2024年7月15日', '路径 C:\\', '下一行']);
    expect(r.removed.map((x) => `${x.line}:${x.text}`)).toEqual(['1:\\', '3:\\']);
  });

  test('thematic breaks, code fences and table delimiter rows are syntax; code between fences is kept verbatim', () => {
    const r = stripMarkdownInline([
      '正文',
      '---',
      '```js',
      'const **a** = 1;',
      '```',
      '* * *',
      '- 列表项',
      '| 项目 | 内容 |',
      '| --- | :---: |',
      '标题',
      '====',
    ]);
    expect(r.lines).toEqual(['正文', '', '', 'const **a** = 1;', '', '', '- 列表项', '项目\t内容', '', '标题', '']);
    expect(r.removed.map((x) => `${x.line}:${x.text}`)).toEqual([
      '2:---',
      '3:```js',
      '5:```',
      '6:* * *',
      '8:|',
      '8:|',
      '8:|',
      '9:| --- | :---: |',
      '11:====',
    ]);
    expect(r.blocks).toEqual([
      { kind: 'table', lines: [8, 9] },
      { kind: 'code', lines: [4, 4] },
    ]);
  });

  test('a setext heading is a one-line paragraph over `===` (level 1) or `---` (level 2); its underline is syntax', () => {
    const r = stripMarkdownInline([
      '以标准化建设激活基层党建',
      '==',
      '基本情况',
      '--',
      '',
      '主要做法',
      '--------  ',
      '',
      '严格落实“三会一课”制度，',
      '抽查结果纳入年度考核。',
      '---',
      '',
      '- 列表项',
      '---',
      '> 引用',
      '---',
      '```',
      '代码',
      '---',
      '```',
    ]);
    expect(r.headings).toEqual([
      { line: 1, level: 1 },
      { line: 3, level: 2 },
      { line: 6, level: 2 },
    ]);
    expect(r.lines.slice(0, 7)).toEqual(['以标准化建设激活基层党建', '', '基本情况', '', '', '主要做法', '']);
    expect(r.removed.map((x) => `${x.line}:${x.text}`)).toEqual([
      '2:==',
      '4:--',
      '7:--------',
      '11:---',
      '14:---',
      '16:---',
      '17:```',
      '20:```',
    ]);
    // The code line `---` stays code.
    expect(r.lines[18]).toBe('---');
  });

  test("a line of images: a placeholder alt (WeChat's 图片, none, a file name) is a stray image label, a telling one a figure", () => {
    const r = stripMarkdownInline([
      '![图片](https://mmbiz.qpic.cn/a/640?wx_fmt=jpeg)',
      '![](b.png)',
      '![IMG_1234.JPG](c.jpg) ![图片2](d.jpg)',
      '![支部活动现场](e.jpg)',
      '见下图![图片](f.jpg)。',
    ]);
    expect(r.lines).toEqual(['', '', '', '支部活动现场', '见下图图片。']);
    expect(r.figures).toEqual([4]);
    expect(r.removed.filter((x) => x.reason === 'thumbnail').map((x) => `${x.line}:${x.text}`)).toEqual([
      '1:图片',
      '3:IMG_1234.JPG 图片2',
    ]);
  });

  test('a GFM table: cells joined by TAB, pipes and the delimiter row are syntax, inline syntax stripped per cell', () => {
    const r = stripMarkdownInline([
      '表1 各支部情况',
      '',
      '支部 | 党员 | 备注',
      ':--- | ---: | ---',
      '| **第一支部** | 12 | 含预备党员\\|2名 |',
      '| 第二支部 | | [见附件](a.docx) |',
      '',
      '| 不是表格 |',
      '正文',
    ]);
    expect(r.lines.slice(2, 6)).toEqual(['支部\t党员\t备注', '', '第一支部\t12\t含预备党员|2名', '第二支部\t\t见附件']);
    expect(r.lines.slice(7)).toEqual(['| 不是表格 |', '正文']);
    expect(r.blocks).toEqual([{ kind: 'table', lines: [3, 6] }]);
    const syntax = r.removed.filter((x) => x.line === 5).map((x) => x.text);
    expect(syntax.sort()).toEqual(['**', '**', '\\', '|', '|', '|', '|'].sort());
  });

  test("an HTML table: <tr> and <td>/<th> become the row and cell marks the segmenter reads, a colspan's places follow it", () => {
    const [R, C, L] = [HTML_ROW_MARK, HTML_CELL_MARK, HTML_LEFT_SPAN_MARK];
    const r = stripMarkdownInline([
      '正文',
      '<table><caption>表1 情况</caption>',
      '<tr><th>班次</th><th>期数</th><th>人次</th></tr>',
      '<tr><td colspan="2"><b>合计</b></td><td>1500</td></tr>',
      '</table>',
      '<tr><td>不在表内</td></tr>',
    ]);
    expect(r.blocks).toEqual([{ kind: 'table', lines: [2, 5], html: true }]);
    expect(r.lines.slice(1, 5)).toEqual([
      '表1 情况',
      `${R}${C}班次 ${C}期数 ${C}人次`,
      `${R}${C}合计 ${L}${C}1500`,
      '',
    ]);
    expect(r.lines[5]).toBe('不在表内');
    expect(r.removed.filter((x) => x.line === 4).map((x) => x.text)).toEqual(
      expect.arrayContaining(['<tr>', '<td colspan="2">', '<b>', '</b>', '</td>', '<td>', '</tr>']),
    );
  });

  test('a cell spanning rows leaves an empty cell at its columns in the rows under it', () => {
    const [R, C, L, U] = [HTML_ROW_MARK, HTML_CELL_MARK, HTML_LEFT_SPAN_MARK, HTML_UP_SPAN_MARK];
    const r = stripMarkdownInline([
      '<table>',
      '<tr><th>支部</th><th>季度</th><th>次数</th><th>备注</th></tr>',
      '<tr><td rowspan="2">一支部</td><td>一</td><td>3</td><td rowspan="3">全年达标</td></tr>',
      '<tr><td>二</td><td>4</td></tr>',
      '<tr><td colspan="2" rowspan="1">二支部</td><td>5</td></tr>',
      '</table>',
    ]);
    // A row's closing fillers stand before the next row's mark (or the table's end), on its line.
    expect(r.lines.slice(1)).toEqual([
      `${R}${C}支部 ${C}季度 ${C}次数 ${C}备注`,
      `${R}${C}一支部 ${C}一 ${C}3 ${C}全年达标`,
      `${R}${U}${C}二 ${C}4`,
      `${U}${R}${C}二支部 ${L}${C}5`,
      `${U}`,
    ]);
  });

  test('an HTML table never closed is no table: its tags are stripped as anywhere', () => {
    const r = stripMarkdownInline(['<table>', '<tr><td>支部</td><td>人数</td></tr>']);
    expect(r.blocks).toEqual([]);
    expect(r.lines).toEqual(['', '支部 人数']);
  });

  test('a header row whose cells the delimiter row does not match is no table', () => {
    const r = stripMarkdownInline(['| 甲 | 乙 | 丙 |', '| --- | --- |', '| 1 | 2 | 3 |']);
    expect(r.blocks).toEqual([]);
    expect(r.lines).toEqual(['| 甲 | 乙 | 丙 |', '', '| 1 | 2 | 3 |']);
  });

  test('pipes inside fenced code are code, not a table', () => {
    const r = stripMarkdownInline(['```', 'a | b', '--- | ---', '```']);
    expect(r.blocks).toEqual([{ kind: 'code', lines: [2, 3] }]);
    expect(r.lines).toEqual(['', 'a | b', '--- | ---', '']);
  });

  test.each([
    ['作者：张某某<br>单位：某局', '作者：张某某 单位：某局', ['<br>']],
    ['<p align="center">图1 支部活动</p>', '图1 支部活动', ['<p align="center">', '</p>']],
    [
      '<span style="color:red">两学一做</span><img src="a.png" alt="图"/>',
      '两学一做',
      ['<span style="color:red">', '</span>', '<img src="a.png" alt="图"/>'],
    ],
    ['《党章》<规定>与 a <b 不是标签', '《党章》<规定>与 a <b 不是标签', []],
    [
      '<tr><td>支部</td><td><b>人数</b></td></tr>',
      '支部 人数',
      ['<tr>', '<td>', '</td>', '<td>', '<b>', '</b>', '</td>', '</tr>'],
    ],
    ['全年开展集中学习24次。<br>组织党员参加培训3次。', '全年开展集中学习24次。组织党员参加培训3次。', ['<br>']],
    ['<details><summary>附：学习计划表</summary>', '附：学习计划表', ['<details>', '<summary>', '</summary>']],
  ])('HTML tags are syntax: %s', (line, text, syntax) => {
    expect(strip(line)).toEqual({ text, syntax });
  });

  test("an editor's table-of-contents placeholder on its own line is syntax; in a sentence it is text", () => {
    const r = stripMarkdownInline(['[TOC]', '[[_TOC_]]', '${toc}', '见[TOC]一节。']);
    expect(r.lines).toEqual(['', '', '', '见[TOC]一节。']);
    expect(r.removed.map((x) => `${x.line}:${x.reason}:${x.text}`)).toEqual([
      '1:markdown-syntax:[TOC]',
      '2:markdown-syntax:[[_TOC_]]',
      '3:markdown-syntax:${toc}',
    ]);
  });

  test('reference links: a defined id loses its brackets and its definition line; undefined ones and citations stay', () => {
    const r = stripMarkdownInline([
      '详见[支部工作条例][tiaoli]与[党章][]，参考文献[1][2]。',
      '',
      '[tiaoli]: http://www.12371.cn/tiaoli "条例"',
      '[党章]: <https://www.12371.cn/dangzhang>',
      '[^1]: 参见《党章》。',
      '[1]: 某某著作，2020年。',
    ]);
    expect(r.lines).toEqual([
      '详见支部工作条例与党章，参考文献[1][2]。',
      '',
      '',
      '',
      '[^1]: 参见《党章》。',
      '[1]: 某某著作，2020年。',
    ]);
    expect(r.removed.map((x) => `${x.line}:${x.text}`)).toEqual([
      '1:[',
      '1:][tiaoli]',
      '1:[',
      '1:][]',
      '3:[tiaoli]: http://www.12371.cn/tiaoli "条例"',
      '4:[党章]: <https://www.12371.cn/dangzhang>',
    ]);
  });
});
