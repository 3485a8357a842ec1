// Inline Markdown: the reading text keeps what a renderer shows; the syntax is recorded on its line.
import { describe, expect, test } from 'vitest';
import { stripMarkdownInline } from '../../../scripts/stages/markdown-inline.js';

const strip = (line: string) => {
  const r = stripMarkdownInline([line]);
  return { text: r.lines[0], syntax: r.removed.map((x) => x.text) };
};

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
    ['网址<https://www.gov.cn/>', '网址https://www.gov.cn/', ['<', '>']],
    ['5 * 3 * 2 = 30', '5 * 3 * 2 = 30', []],
    ['snake_case_name 保留', 'snake_case_name 保留', []],
    ['a < b > c，{} 不是语法', 'a < b > c，{} 不是语法', []],
  ])('%s → %s', (line, text, syntax) => {
    expect(strip(line)).toEqual({ text, syntax });
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
    expect(r.lines).toEqual([
      '正文',
      '',
      '',
      'const **a** = 1;',
      '',
      '',
      '- 列表项',
      '| 项目 | 内容 |',
      '',
      '标题',
      '',
    ]);
    expect(r.removed.map((x) => `${x.line}:${x.text}`)).toEqual([
      '2:---',
      '3:```js',
      '5:```',
      '6:* * *',
      '9:| --- | :---: |',
      '11:====',
    ]);
  });
});
