// A Markdown collection's items are its top headings: the shallowest level, two or more.
import { describe, expect, test } from 'vitest';
import { splitAtThematicBreaks, splitByMarkdownHeadings } from '../../../../scripts/stages/segment/markdown-items.js';
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

describe('splitAtThematicBreaks', () => {
  // Lines 1–9 one block a line; a title is a short line without a stop.
  const isTitle = (b: Block) => !/[。：:]/.test(b.text);
  const texts = (split: ReturnType<typeof splitAtThematicBreaks>) =>
    split && [split.before.map((b) => b.text), split.items.map((i) => [i.title, i.blocks.map((b) => b.text)])];

  test('the parts a break sets apart are items when each opens with a title; an opening note is the collection’s, a closing one stays with the last item', () => {
    const parts = blocks('编者的话。', '甲村经验', '正文一。', '乙社区经验', '正文二。', '编辑：党建办');
    expect(texts(splitAtThematicBreaks(parts, [1.5, 3.5, 5.5], isTitle))).toEqual([
      ['编者的话。'],
      [
        ['甲村经验', ['正文一。']],
        ['乙社区经验', ['正文二。', '编辑：党建办']],
      ],
    ]);
  });

  test('a text whose breaks part paragraphs, not titled works, is no collection; nor is one item', () => {
    expect(splitAtThematicBreaks(blocks('正文一。', '正文二。', '正文三。'), [1.5, 2.5], isTitle)).toBeUndefined();
    expect(splitAtThematicBreaks(blocks('甲村经验', '正文一。', '正文二。'), [2.5], isTitle)).toBeUndefined();
    expect(splitAtThematicBreaks(blocks('甲村经验', '正文一。', '乙', '正文二。'), [], isTitle)).toBeUndefined();
  });
});
