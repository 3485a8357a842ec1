// A Markdown collection's items are its top headings: the shallowest level, two or more.
import { describe, expect, test } from 'vitest';
import { splitByMarkdownHeadings } from '../../../../scripts/stages/segment/markdown-items.js';
import type { Block } from '../../../../scripts/stages/segment/block.js';

const blocks = (...texts: string[]): Block[] =>
  texts.map((text, i) => ({ text, lines: [i + 1, i + 1], origins: [{ offset: 0, line: i + 1 }] }));

describe('splitByMarkdownHeadings', () => {
  test('each heading of the shallowest level opens an item up to the next; its # is syntax', () => {
    const split = splitByMarkdownHeadings(
      blocks('编者的话。', '## 甲村经验', '某某村党支部', '### 一、做法', '正文。', '## 乙社区经验 ##', '正文。'),
    )!;
    expect(split.before.map((b) => b.text)).toEqual(['编者的话。']);
    expect(split.items.map((i) => [i.title, i.blocks.map((b) => b.text)])).toEqual([
      ['甲村经验', ['某某村党支部', '### 一、做法', '正文。']],
      ['乙社区经验', ['正文。']],
    ]);
    expect(split.removed.map((r) => `${r.line}:${r.text}`)).toEqual(['2:##', '6:##']);
  });

  test('one heading at the top level is a section, not an item; no heading, no split', () => {
    expect(splitByMarkdownHeadings(blocks('## 甲', '正文。', '### 乙', '正文。', '### 丙'))).toBeUndefined();
    expect(splitByMarkdownHeadings(blocks('正文。', '正文。'))).toBeUndefined();
  });
});
