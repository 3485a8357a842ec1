import { describe, expect, test } from 'vitest';
import { groupByPart, partLabel } from '../../../src/lib/parts';

describe('groupByPart', () => {
  const part = (numbering: string, title: string) => ({ numbering, title });
  test('each part opens a run of the chapters after it; a preface before the first part runs alone', () => {
    const pages = [
      { slug: 'preface' },
      { slug: 'ch01', part: part('第一篇', '总论') },
      { slug: 'ch02' },
      { slug: 'ch03', part: part('第二篇', '党的建设') },
    ];
    expect(groupByPart(pages).map((g) => [g.part && partLabel(g.part), g.pages.map((p) => p.slug)])).toEqual([
      [undefined, ['preface']],
      ['第一篇 总论', ['ch01', 'ch02']],
      ['第二篇 党的建设', ['ch03']],
    ]);
  });

  test('a book without parts is one run', () => {
    const pages: { slug: string; part?: { numbering: string; title: string } }[] = [{ slug: 'ch01' }, { slug: 'ch02' }];
    expect(groupByPart(pages)).toEqual([{ pages }]);
    expect(groupByPart([])).toEqual([]);
  });

  test('a part numbered with its own pause mark is labelled against its title, others with a space', () => {
    expect(partLabel(part('专题一：', '党的组织建设'))).toBe('专题一：党的组织建设');
    expect(partLabel(part('单元三、', '组织生活'))).toBe('单元三、组织生活');
    expect(partLabel(part('专题一', '坚定理想信念'))).toBe('专题一 坚定理想信念');
    expect(partLabel(part('', '附录'))).toBe('附录');
  });
});
