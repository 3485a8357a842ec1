/**
 * Segment: a collection written as one Markdown file (a 汇编 in `.md`, kind `collection`) has no
 * 目录: its items are its top headings under the title. Each heading of the shallowest level used
 * (`## 以党建引领乡村振兴`, or `#` when no `#` title stands above them) opens an item, which runs to
 * the next one; its byline and 题注 are read under it as a 目录 item's are (index.ts).
 */
import type { Removal } from '../../model/document.js';
import { atxMark, markdownLevel, type Block } from './block.js';

/** One item: its heading block, the heading's text and the blocks up to the next item. */
export interface MarkdownItem {
  title: string;
  titleBlock: Block;
  blocks: Block[];
}

/** What the split found: the items, the blocks before the first, the heading marks it consumed. */
export interface MarkdownItemSplit {
  items: MarkdownItem[];
  before: Block[];
  removed: Removal[];
}

/**
 * Split the blocks after the front matter at the headings of the shallowest level; undefined
 * when fewer than two headings stand at that level (one heading is a section, not an item).
 * @example ['## 甲', '正文。', '## 乙', '正文。'] → items 甲 and 乙
 */
export function splitByMarkdownHeadings(blocks: Block[]): MarkdownItemSplit | undefined {
  const levels = blocks.map(markdownLevel);
  const top = Math.min(...levels.filter((l) => l !== undefined));
  const starts = levels.flatMap((l, i) => (l === top ? [i] : []));
  if (starts.length < 2) return undefined;
  const removed: Removal[] = [];
  const items = starts.map((at, k) => {
    const titleBlock = blocks[at]!;
    const mark = atxMark(titleBlock);
    if (mark) removed.push({ text: mark[1]!, line: titleBlock.lines[0], reason: 'markdown-syntax' });
    const title = (mark ? titleBlock.text.slice(mark[0].length) : titleBlock.text).replace(/\s+#+\s*$/, '').trim();
    return { title, titleBlock, blocks: blocks.slice(at + 1, starts[k + 1] ?? blocks.length) };
  });
  return { items, before: blocks.slice(0, starts[0]), removed };
}

/**
 * A collection without item headings whose items thematic breaks part (`---` between them, as a
 * WeChat compilation pasted into Markdown prints them), each opening with its title line (bold or
 * plain, `isTitle`) over more text. The text before the first break is the first item when it
 * opens so, else the collection's own; a last part that is no item (a closing note) stays at the
 * end of the item before it. Undefined unless two items at least are so found.
 * @example ['甲', '作者：张某', '正文。', ⟨---⟩, '乙', '正文。'] → items 甲 and 乙
 */
export function splitAtThematicBreaks(
  blocks: Block[],
  breaks: readonly number[],
  isTitle: (b: Block) => boolean,
): MarkdownItemSplit | undefined {
  if (breaks.length === 0) return undefined;
  const sorted = [...breaks].sort((a, b) => a - b);
  const parts: Block[][] = [[]];
  // Blocks and breaks are both in line order: a part ends at each break passed.
  let next = 0;
  for (const b of blocks) {
    let passed = false;
    while (next < sorted.length && sorted[next]! < b.lines[0]) [next, passed] = [next + 1, true];
    if (passed && parts.at(-1)!.length > 0) parts.push([]);
    parts.at(-1)!.push(b);
  }
  const isItem = (p: Block[]) => p.length >= 2 && isTitle(p[0]!);
  const own = isItem(parts[0]!) ? [] : parts.shift()!;
  const last = parts.at(-1);
  if (last && !isItem(last) && parts.length > 1) parts[parts.length - 2]!.push(...parts.pop()!);
  if (parts.length < 2 || !parts.every(isItem)) return undefined;
  const items = parts.map(([titleBlock, ...rest]) => ({
    title: titleBlock!.text.trim(),
    titleBlock: titleBlock!,
    blocks: rest,
  }));
  return { items, before: own, removed: [] };
}
