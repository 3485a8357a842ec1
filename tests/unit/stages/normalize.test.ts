// Normalisation on the real corpus (exact removals and their lines) and on small Markdown / odd-character inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocId } from '../../../scripts/model/ids.js';
import type { SourceMeta } from '../../../scripts/model/document.js';
import { decodeSource } from '../../../scripts/stages/decode.js';
import { normalizeSource } from '../../../scripts/stages/normalize.js';
import { SourceError } from '../../../scripts/util/errors.js';
import { cleanCharacters } from '../../../scripts/stages/strip-artefacts.js';

const meta = (file: string, language = 'zh'): SourceMeta => ({
  id: 'test-doc' as DocId,
  file,
  title: 't',
  kind: 'paper',
  language,
  authors: [],
  manifestLine: 1,
});
const normalizeCorpus = (file: string, language = 'zh') => {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../content/sources/${file}`, import.meta.url)));
  const decoded = decodeSource(bytes, file);
  return { decoded, n: normalizeSource(decoded, meta(file, language)) };
};
const normalizeText = (text: string, file = 'x.txt', language = 'zh') =>
  normalizeSource({ text, encoding: 'utf-8', removed: [] }, meta(file, language));
const nonSpace = (s: string) => s.replace(/\s/g, '');

describe('normalizeSource on the corpus', () => {
  it('speeches: exactly two paywall markers (lines 14 and 99), U+240E at line 92, NBSP-only lines blanked', () => {
    const { n } = normalizeCorpus('speeches-zhengzhi-jiguan.txt');
    expect(n.removed.filter((r) => r.reason === 'paywall-marker')).toEqual([
      { text: '##paidbegin##', line: 14, reason: 'paywall-marker' },
      { text: '##paidend##', line: 99, reason: 'paywall-marker' },
    ]);
    expect(n.removed.filter((r) => r.reason === 'control-character')).toEqual([
      { text: '\u240E', line: 92, reason: 'control-character' },
    ]);
    expect(n.lines[13]).toBe('强化政治机关意识 提升引领发展之能');
    expect(n.lines[98]).toBe('');
    expect(n.lines[91]).toContain('百年成就巡礼兵团篇');
    expect(n.removed.filter((r) => r.reason === 'odd-space').map((r) => r.line)).toEqual([
      20, 21, 31, 32, 44, 45, 55, 56, 69, 70,
    ]);
    expect(n.lines[19]).toBe('');
    // Tabs of the 目录 stay for the segmenter.
    expect(n.lines[3]).toBe('1.强化政治机关意识 提升引领发展之能\t1');
  });

  it('xietong paper: the stray 缩略图 on line 1 is the only removal', () => {
    const { n } = normalizeCorpus('paper-dangjian-xietong.txt');
    expect(n.removed).toEqual([{ text: '缩略图', line: 1, reason: 'thumbnail' }]);
    expect(n.lines[0]).toBe('');
    expect(n.lines[2]).toMatch(/^党建工作与党风廉政建设协同发展/);
  });

  it('zhenggong paper: page-break spaces removed on exactly the lines that start with a space', () => {
    const { decoded, n } = normalizeCorpus('paper-zhenggong-lianzheng.txt');
    const spaced = decoded.text.split('\n').flatMap((l, i) => (/^ +\S/.test(l) ? [i + 1] : []));
    expect(spaced).toEqual([1, 2, 17, 88, 279]);
    expect(n.removed).toEqual(spaced.map((line) => ({ text: ' ', line, reason: 'page-break-space' })));
    expect(n.lines[278]).toBe('4 “两学一做”在党风廉政建设中的应用 ');
  });

  it('English abstract keeps its inner spaces', () => {
    const { n } = normalizeCorpus('paper-zhenggong-lianzheng.en.txt', 'en');
    expect(n.lines[0]).toBe(
      'The Contribution and Influence of Political Work on the Construction of Party Conduct and',
    );
    expect(n.removed.map((r) => r.reason)).toEqual(['page-break-space', 'page-break-space']);
  });

  it.each([
    'handbook-jiguan-dangjian.txt',
    'paper-dangjian-xietong.txt',
    'paper-zhenggong-lianzheng.txt',
    'paper-zhenggong-lianzheng.en.txt',
    'speeches-zhengzhi-jiguan.txt',
  ])('%s: same line count, and lines + removals hold every non-space character', (file) => {
    const { decoded, n } = normalizeCorpus(file);
    expect(n.lines.length).toBe(decoded.text.split(/\r\n|\r|\n/).length);
    const kept = nonSpace(n.lines.join('')) + nonSpace(n.removed.map((r) => r.text).join(''));
    expect([...kept].sort().join('')).toBe([...nonSpace(decoded.text)].sort().join(''));
  });
});

describe('normalizeSource on small inputs', () => {
  it("removes a web page's buttons, alone or in a row, and keeps a line that only mentions one", () => {
    const n = normalizeText('点击蓝字 关注我们\n正文。\n分享 收藏 点赞 在看\n分享经验');
    expect(n.lines).toEqual(['', '正文。', '', '分享经验']);
    expect(n.removed.map((r) => `${r.line}:${r.reason}:${r.text}`)).toEqual([
      '1:web-ui:点击蓝字 关注我们',
      '3:web-ui:分享 收藏 点赞 在看',
    ]);
  });

  it("removes a line of emoji alone and a WeChat article's END mark; emoji in text and the word END stay", () => {
    const n = normalizeText('正文。\n👇👇👇\n- END -\n—THE END—\n📌 一、总体要求\nEND OF TERM\n©');
    expect(n.lines).toEqual(['正文。', '', '', '', '📌 一、总体要求', 'END OF TERM', '©']);
    expect(n.removed.map((r) => `${r.line}:${r.reason}:${r.text}`)).toEqual([
      '2:web-ui:👇👇👇',
      '3:web-ui:- END -',
      '4:web-ui:—THE END—',
    ]);
  });

  it("removes an article page's furniture copied from a site: breadcrumb, tools, share prompt, previous and next links", () => {
    const furniture = [
      '首页 > 工作动态 > 机关党建',
      '当前位置：首页>>新闻中心>>基层动态',
      '您现在的位置：网站首页 » 党建要闻',
      '【字体：大 中 小】【打印本页】【关闭窗口】',
      '[打印] [关闭]',
      '字号：大 中 小　打印本页　关闭窗口',
      '【我要纠错】',
      '分享到：微信 微博 QQ空间',
      '上一篇：市直机关召开2024年党建工作会议',
      '下一条：没有了',
    ];
    const n = normalizeText(furniture.join('\n'));
    expect(n.lines.every((l) => l === '')).toBe(true);
    expect(n.removed.filter((r) => r.reason === 'web-ui').map((r) => r.line)).toEqual(furniture.map((_, i) => i + 1));
    // Text that only mentions them stays.
    const text = [
      '首页设置“学习园地”专栏，打印学习资料2000余份。',
      '打印机 2台',
      '首页',
      '上一篇文章介绍了“三会一课”。',
      '分享到：各支部要把好的经验分享出来。',
      '【打印】',
    ];
    expect(normalizeText(text.join('\n')).lines).toEqual([...text.slice(0, 5), '']);
  });

  it('normalises CRLF and lone CR without shifting lines', () => {
    expect(normalizeText('一\r\n二\r三\n四').lines).toEqual(['一', '二', '三', '四']);
  });

  it('joins text around U+2028/U+2029 as a wrapped line, instead of breaking the line (line numbers stay as editors show them)', () => {
    // Between Chinese characters a soft line break is nothing: a term broken by one is found whole.
    expect(normalizeText('深入开展“两学\u2028一做”\u2029学习教育\n三').lines).toEqual([
      '深入开展“两学一做”学习教育',
      '三',
    ]);
    expect(normalizeText('Party\u2028building, 《党建研究》20\u202921年').lines).toEqual([
      'Party building, 《党建研究》2021年',
    ]);
    // Other odd spaces still part words and columns: `王　某　　办公室`.
    expect(normalizeText('王\u3000某\u3000\u3000办公室').lines).toEqual(['王 某  办公室']);
    expect(normalizeText('一\u2028二').removed).toEqual([{ text: '\u2028', line: 1, reason: 'odd-space' }]);
  });

  it('removes zero-width and C0/C1 characters, keeps tabs', () => {
    const n = normalizeText('党\u200B建\u0007工作\u0085\t3\n\uFEFF第二行');
    expect(n.lines).toEqual(['党建工作\t3', '第二行']);
    expect(n.removed).toEqual([
      { text: '\u200B', line: 1, reason: 'zero-width' },
      { text: '\u0007', line: 1, reason: 'control-character' },
      { text: '\u0085', line: 1, reason: 'control-character' },
      { text: '\uFEFF', line: 2, reason: 'zero-width' },
    ]);
  });

  it('drops indenting ideographic spaces; an inner odd space becomes one ASCII space, a run of them two (a column gap)', () => {
    const n = normalizeText('\u3000\u3000第一章\u3000总则\n1\u00A0\u00A0引言\nParty\u2002conduct \u00A0and');
    expect(n.lines).toEqual(['第一章 总则', '1  引言', 'Party conduct and']);
    expect(n.removed.map((r) => [r.line, r.text])).toEqual([
      [1, '\u3000\u3000'],
      [1, '\u3000'],
      [2, '\u00A0\u00A0'],
      [3, '\u2002'],
      [3, '\u00A0'],
    ]);
  });

  it('records the BOM from decoding', () => {
    const n = normalizeSource(
      { text: 'a', encoding: 'utf-8-bom', removed: [{ text: '\uFEFF', line: 1, reason: 'byte-order-mark' }] },
      meta('a.txt'),
    );
    expect(n.removed).toEqual([{ text: '\uFEFF', line: 1, reason: 'byte-order-mark' }]);
  });

  it('Markdown: front matter blanked and merged, HTML comments removed across lines, # headings kept', () => {
    const src = [
      '---',
      'author: 张三',
      'date: 2021-07',
      'title: 忽略',
      '---',
      '# 第一章 总则',
      '正文<!-- 注释',
      '仍是注释 -->续',
      '<!-- x --> ## 二',
    ].join('\n');
    const n = normalizeText(src, 'doc.md');
    expect(n.format).toBe('md');
    expect(n.meta.authors).toEqual(['张三']);
    expect(n.meta.date).toBe('2021-07');
    expect(n.meta.title).toBe('t');
    expect(n.lines).toEqual(['', '', '', '', '', '# 第一章 总则', '正文', '续', '## 二']);
    expect(n.removed).toEqual([
      { text: '---', line: 1, reason: 'front-matter' },
      { text: 'author: 张三', line: 2, reason: 'front-matter' },
      { text: 'date: 2021-07', line: 3, reason: 'front-matter' },
      { text: 'title: 忽略', line: 4, reason: 'front-matter' },
      { text: '---', line: 5, reason: 'front-matter' },
      { text: '<!-- 注释', line: 7, reason: 'html-comment' },
      { text: '仍是注释 -->', line: 8, reason: 'html-comment' },
      { text: '<!-- x -->', line: 9, reason: 'html-comment' },
      { text: ' ', line: 9, reason: 'page-break-space' },
    ]);
  });

  it('Markdown: front matter keys written in Chinese fill the same fields', () => {
    const n = normalizeText('---\n标题: 学习笔记\n作者: 张某某\n日期: 2024-05-10\n单位: 第一党支部\n---\n正文', 'a.md');
    expect(n.meta).toMatchObject({ authors: ['张某某'], date: '2024-05-10', affiliation: '第一党支部' });
  });

  it('Markdown: the manifest wins over front matter', () => {
    const n = normalizeSource(
      { text: '---\nauthors: [李四]\n---\n正文', encoding: 'utf-8', removed: [] },
      { ...meta('a.md'), authors: ['王五'] },
    );
    expect(n.meta.authors).toEqual(['王五']);
  });

  it('Markdown: unclosed front matter, bad YAML and an unclosed comment name file and line', () => {
    expect(() => normalizeText('---\na: 1\n正文', 'a.md')).toThrow(/^content\/sources\/a\.md:1: YAML front matter/);
    expect(() => normalizeText('---\na: [1\nb: 2\n---\n', 'a.md')).toThrow(SourceError);
    expect(() => normalizeText('一\n二<!-- 开\n三', 'a.md')).toThrow(/^content\/sources\/a\.md:2: HTML comment/);
    expect(() => normalizeText('---\n一段文字\n---\n正文', 'a.md')).toThrow(
      /^content\/sources\/a\.md:2: .*not YAML `key: value` front matter/,
    );
  });

  it('bytes to lines: a UTF-16LE Markdown file with BOM, CRLF, front matter and a zero-width space', () => {
    const text = '---\r\nauthors: [张三]\r\n---\r\n# 第一章\u200B 总则\r\n\u3000\u3000正文\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const n = normalizeSource(decodeSource(bytes, 'a.md'), meta('a.md'));
    expect(n.encoding).toBe('utf-16le');
    expect(n.lines).toEqual(['', '', '', '# 第一章 总则', '正文', '']);
    expect(n.meta.authors).toEqual(['张三']);
    expect(n.removed.map((r) => `${r.line}:${r.reason}`)).toEqual([
      '1:byte-order-mark',
      '1:front-matter',
      '2:front-matter',
      '3:front-matter',
      '4:zero-width',
      '5:odd-space',
    ]);
  });

  it('a .txt source keeps `<!--` and `---` as text', () => {
    expect(normalizeText('---\n<!-- a -->').lines).toEqual(['---', '<!-- a -->']);
  });
});

describe('first-line indents', () => {
  it('lines indented with ideographic spaces are listed (the spaces themselves are removed)', async () => {
    const { normalizeSource } = await import('../../../scripts/stages/normalize.js');
    const { syntheticMeta } = await import('./segment/support.js');
    const n = normalizeSource(
      { text: '标题\n\u3000\u3000第一段开头\n续行\n\f\u3000\u3000第二段', encoding: 'utf-8', removed: [] },
      syntheticMeta(),
    );
    expect(n.indentedLines).toEqual([2, 4]);
    expect(n.lines).toEqual(['标题', '第一段开头', '续行', '第二段']);
  });
});

describe('cleanCharacters', () => {
  it('hands a line with nothing to remove back as it is, and finds one removable character anywhere in a line', () => {
    const line = '党的建设，tab\there and ASCII spaces stay.';
    expect(cleanCharacters(line)).toEqual({ text: line, removed: [] });
    for (const [ch, reason] of [
      ['\u240E', 'control-character'],
      ['\u200B', 'zero-width'],
      ['\u00AD', 'zero-width'],
      ['\u3000', 'odd-space'],
    ] as const) {
      expect(cleanCharacters(`${line}${ch}`)).toEqual({ text: line, removed: [{ text: ch, reason }] });
      expect(cleanCharacters(`${ch}${line}`).removed).toEqual([{ text: ch, reason }]);
    }
  });
});
