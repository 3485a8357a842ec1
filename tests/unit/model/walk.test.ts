import { describe, expect, test } from 'vitest';
import { readableTitle } from '../../../scripts/model/walk.js';
import { tocOf } from '../../../scripts/emit/page-data.js';
import { sectionPath } from '../../../scripts/stages/concepts/passages.js';
import { runPipeline } from '../../../scripts/pipeline.js';
import { syntheticMeta } from '../stages/segment/support.js';
import type { PageUrl } from '../../../scripts/model/ids.js';

describe('readableTitle: a heading as a table of contents names it', () => {
  test('footnote marks go, other marks stay', () => {
    expect(
      readableTitle({
        title: '机关党建的历史沿革①与“两学一做”②',
        titleMarks: [
          { kind: 'footnote', start: 9, end: 10, note: 'p-9' },
          { kind: 'concept', start: 12, end: 16, conceptId: 'liang-xue-yi-zuo' },
          { kind: 'footnote', start: 17, end: 18, note: 'p-10' },
        ],
      }),
    ).toBe('机关党建的历史沿革与“两学一做”');
    expect(readableTitle({ title: '基本情况' })).toBe('基本情况');
  });

  test("a Markdown note's label in a heading stays out of the page's TOC and the passages' section path", () => {
    const md = '# 支部工作总结\n\n## 一、基本情况[^1]\n\n支部现有党员28名。\n\n[^1]: 截至2023年底。\n';
    const root = runPipeline([{ meta: syntheticMeta('zongjie.md'), bytes: new TextEncoder().encode(md) }])[0]!;
    const noted = root.sections[0]!;
    expect([noted.title, readableTitle(noted)]).toEqual(['基本情况1', '基本情况']);
    expect(tocOf(root.sections, '/library/x/text/' as PageUrl)[0]!.title).toBe('基本情况');
    expect(sectionPath([noted])).toBe('一、基本情况');
  });
});
