import { describe, expect, test } from 'vitest';
import { readFrontMatter } from '../../../../scripts/stages/segment/front-matter.js';
import { toBlocks } from '../../../../scripts/stages/segment/rejoin-lines.js';
import { sourceFromText } from './support.js';

const read = (raw: string, format: 'txt' | 'md' = 'txt') => {
  const { src } = sourceFromText(raw);
  return readFrontMatter(toBlocks(src), 'f.txt', format);
};

describe('readFrontMatter', () => {
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
});
