/**
 * Segment: the block, a paragraph candidate made of one or more source lines, and the helpers
 * that build blocks line by line (shared by the plain-text and Markdown line joiners).
 */
import type { MarkdownBlock, Removal } from '../../model/document.js';
import type { MergedCell } from '../../model/table.js';
import { endsParagraph, joinWrapped } from './text.js';

/** One paragraph candidate: its text (wrapped lines joined) and where it came from. */
export interface Block {
  text: string;
  /** Inclusive 1-based source lines. */
  lines: [number, number];
  /** Where each joined source line starts in `text` (ascending), to find the line of a character. */
  origins: { offset: number; line: number }[];
  /**
   * A table (rows joined by a line break, cells by TAB: Markdown's, or a text file's columns) or a
   * line of fenced code: no prose, never a heading.
   */
  layout?: MarkdownBlock['kind'];
  /** A Markdown list item indented under the one above it: how many levels in (1 for the first). */
  depth?: number;
  /** A table whose first row is data, not column heads (text-tables.ts `hasHeaderRow`). */
  noHeaderRow?: true;
  /** An HTML table's merged cells (html-table.ts). */
  merged?: MergedCell[];
  /** A Markdown setext heading's level: its underline (`===` 1, `---` 2) was removed at ingest. */
  setext?: 1 | 2;
  /** Text of its lines that is no part of it, consumed when the block was read (a drawn table's rules). */
  removed?: Removal[];
  /** A Markdown line of images: its text is their alt text, a figure's (never a heading). */
  figure?: true;
  /** A Markdown callout's text (`:::tip 学习要点` … `:::`): a quote, set apart as `> [!TIP]` is. */
  callout?: true;
  /** A Markdown callout's title, on its opening fence (`:::tip 学习要点`). */
  calloutTitle?: true;
  /**
   * A Markdown block whose first character was written escaped or as a character reference
   * (`\# 不是标题`, `&gt; 不是引用`, `\*注：…`): it is text, never block syntax (a heading's `#`,
   * a quote's `>`, a list's `-` `*` `+`), as CommonMark reads it.
   */
  literal?: true;
}

/** `## 第一节 总则`: an ATX heading's hashes and the space after them. */
const ATX_MARK = /^(#{1,6})\s+/;

/** Whether a block's text is read as it stands, with no Markdown block syntax: literal, or code or a table. */
export const withoutBlockSyntax = (b: Block): boolean => b.literal === true || b.layout !== undefined;

/** A Markdown heading block's hashes and the space after them (`## `), unless it is read as it stands. */
export const atxMark = (b: Block): RegExpExecArray | null => (withoutBlockSyntax(b) ? null : ATX_MARK.exec(b.text));

/** Whether a Markdown block is a quote (`> …`), unless it is read as it stands. */
export const markdownQuote = (b: Block): boolean => !withoutBlockSyntax(b) && b.text.trimStart().startsWith('>');

/** The level of a Markdown source's heading block (`#` marks or a setext underline), else undefined. */
export const markdownLevel = (b: Block): number | undefined => b.setext ?? atxMark(b)?.[1]!.length;

/** Source line of the character at `offset` in a block. */
export function lineAt(block: Block, offset: number): number {
  let line = block.lines[0];
  for (const o of block.origins) if (o.offset <= offset) line = o.line;
  return line;
}

/**
 * A paragraph's indent inside a line, as a web page copied without its line breaks leaves it: a
 * sentence's end, then the run of ideographic spaces that opened the next paragraph (two ASCII
 * spaces by now, strip-artefacts.ts), then its text.
 */
const INLINE_INDENT = /(?<=[。！？])  (?=\S)/g;

/**
 * Split a block at the paragraph indents inside its lines (`…的基础。　　近年来，…` on one line):
 * each part a block of its own, its lines and origins those of its text. Other blocks as they are.
 */
export function splitInlineParagraphs(block: Block): Block[] {
  if (block.layout !== undefined || !block.text.includes('  ')) return [block];
  const cuts = [...block.text.matchAll(INLINE_INDENT)].map((m) => m.index);
  if (cuts.length === 0) return [block];
  // Each part runs from after the two spaces to the next cut (the sentence's end).
  const ends = [...cuts, block.text.length];
  return [0, ...cuts.map((c) => c + 2)].map((at, k) => {
    const end = ends[k]!;
    const first = lineAt(block, at);
    const origins = [
      { offset: 0, line: first },
      ...block.origins
        .filter((o) => o.offset > at && o.offset < end)
        .map((o) => ({ offset: o.offset - at, line: o.line })),
    ];
    return {
      ...block,
      text: block.text.slice(at, end),
      lines: [first, lineAt(block, end - 1)] as [number, number],
      origins,
    };
  });
}

/** `block` cut at `at`, inside its first line: a label (`附件：`, `【案例】`) and the rest, each with the lines it stands on. */
export function cutBlock(block: Block, at: number): [Block, Block] {
  const label = block.text.slice(0, at).trimEnd();
  const line = block.origins[0]!.line;
  const restOrigins = block.origins
    .map((o) => ({ offset: Math.max(0, o.offset - at), line: o.line }))
    .filter((o, i, all) => all[i + 1]?.offset !== o.offset);
  return [
    { text: label, lines: [line, line], origins: [{ offset: 0, line }] },
    { ...block, text: block.text.slice(at), origins: restOrigins },
  ];
}

/** A fresh one-line block. */
export const lineBlock = (line: Line): Block => ({
  text: line.text.trim(),
  lines: [line.no, line.no],
  origins: [{ offset: 0, line: line.no }],
});

/**
 * Append a wrapped line to a block, remembering where it starts. After a hard line break (Markdown's
 * two trailing spaces) the lines are two pieces of text, not one wrapped: a space keeps them apart
 * (`某某区委组织部 2024年7月15日`, not `某某区委组织部2024年7月15日`).
 */
export function appendLine(block: Block, line: Line, hardBreak = false): void {
  const right = line.text.trim();
  // A hard break between fields (`作者：张某某␣␣` / `单位：某局`) leaves a space; after a finished
  // sentence (`…集中学习 6 次。␣␣` / `学习形式包括：`) a Chinese text runs on, as across a `<br>`.
  block.text = hardBreak && !endsParagraph(block.text) ? `${block.text} ${right}` : joinWrapped(block.text, right);
  block.origins.push({ offset: block.text.length - right.length, line: line.no });
  block.lines[1] = line.no;
}

/** Add a row to a table's block, on a line of its own (its cells keep their TAB separators). */
export function appendRow(block: Block, row: string, line: number): void {
  block.text = `${block.text}\n${row}`;
  block.origins.push({ offset: block.text.length - row.length, line });
  block.lines[1] = line;
}

/** A non-blank source line with its number and display width. */
export interface Line {
  no: number;
  text: string;
  width: number;
}

/**
 * Lines that open a front-matter field (or a journal's catalogue line such as `中图分类号：D267`)
 * or a reference entry (`[1]`, `［1］`): they always start a new block.
 */
/** `标签：值`: a label of two to six Chinese characters, a colon and a value on the same line. */
export const FIELD_LINE = /^\p{Script=Han}{2,6}\s*[：:]\s*\S/u;

export const FIELD_START =
  /^\s*(?:[[【]?\s*摘\s*要\s*[\]】]?|[[【]?关键词|关键字|關鍵詞|關鍵字|作者|Abstract\s*[:：]|Key\s*words\s*[:：]|中图分类号|文献标识码|文献标志码|文章编号|DOI\s*[:：]|收稿日期|基金项目|作者简介|[[［]\d{1,3}[\]］])/i;
