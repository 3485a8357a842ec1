/**
 * Ingest, step 2a (Markdown sources only): inline syntax. The reading text keeps what a Markdown
 * renderer shows — emphasis, highlights, code and link text (a wiki link's too), table cells, the
 * text between HTML tags, the character a reference stands for (`&ldquo;` → `“`, a space for
 * `&nbsp;`: markdown-references.ts) — and the syntax around it (`**`, backticks, `[…](url)`,
 * `[…][id]` and its definition line, backslash escapes and hard breaks, table pipes, HTML tags,
 * character references), thematic breaks, setext underlines, code fences and table delimiter
 * rows become `markdown-syntax` removals on their line. Tables (pipe and HTML ones, the latter's
 * rows and cells marked in the text) and fenced code are reported as line ranges for the
 * segmenter to read whole, a setext heading (a line over `===` or `---`) as its line and level,
 * since no syntax is left on it, and a line of pictures as a figure (its alt text) or, when the
 * alt says nothing (`![图片](…)`), removed; other block syntax (`#`, `- `, `> `, `[^1]:`) is left
 * to the segmenter.
 */
import type { BoldLead, MarkdownBlock, MarkdownCallout, Removal, SetextHeading } from '../model/document.js';
import {
  HTML_CELL_MARK,
  HTML_CELL_START,
  HTML_LEFT_SPAN_MARK,
  HTML_ROW_MARK,
  HTML_UP_SPAN_MARK,
} from '../model/table.js';
import { asWritten, decoded, referenceRemovals, withPlaceholders } from './markdown-references.js';

/**
 * One inline construct, tried left to right (groups in order):
 *   \\([!-/:-@[-`{-~])                      1: a backslash-escaped ASCII punctuation `\*`
 *   (`+)(.+?)\2                              2,3: a code span (content kept verbatim)
 *   (!?)\[([^\]]*)\]\(([^)\s]*)(\s+"[^"]*")?\)  4–7: image / link `[text](url "title")`
 *   <((?:https?|ftp|mailto):[^>\s]+)>        8: an autolink `<http://…>` (the URL is its text)
 *   (\*\*|__|~~|==)(?=\S)(.+?)(?<=\S)(?<!\\)\9      9,10: strong / strike / highlight `**x**`, `==x==`
 *   (\*|(?<![A-Za-z0-9])_)(?=\S)(.+?)(?<=\S)(?<!\\)\11(?![A-Za-z0-9])  11,12: emphasis `*x*`, `_x_` (not in snake_case)
 *                                            (a closing mark is never an escaped one: `*注：\*指…*`)
 *   \[\[([^\[\]|]+?)\]\]                      13: a wiki link `[[党章]]` (Obsidian, Logseq); one with an alias,
 *                                            `[[目标|别名]]`, stays as written (its hidden target may share
 *                                            characters with the alias, which the nothing-lost check cannot tell apart)
 */
const INLINE =
  /\\([!-/:-@[-`{-~])|(`+)(.+?)\2|(!?)\[([^\]]*)\]\(([^)\s]*)(\s+"[^"]*")?\)|<((?:https?|ftp|mailto):[^>\s]+)>|(\*\*|__|~~|==)(?=\S)(.+?)(?<=\S)(?<!\\)\9|(\*|(?<![A-Za-z0-9])_)(?=\S)(.+?)(?<=\S)(?<!\\)\11(?![A-Za-z0-9])|\[\[([^[\]|]+?)\]\]/g;

/** A thematic break (three or more `-`, `*` or `_`, spaces allowed) or a setext underline (`===`). */
const THEMATIC_BREAK = /^ {0,3}(?:([-*_])(?:\s*\1){2,}|=+)\s*$/;
/** A setext heading's underline: `=` (level 1) or `-` (level 2), indented three spaces at most. */
const SETEXT_UNDERLINE = /^ {0,3}(?:(=)+|-+)[ \t]*$/;
/** A line that cannot be a setext heading's text: an ATX heading, quote, list item or the like. */
const NO_SETEXT_TEXT = /^\s*(?:#{1,6}(?:\s|$)|>|(?:[-*+]|\d{1,9}[.)])(?:\s|$)|<)/;
/** A line of images and nothing else: `![图片](https://…)`, as a WeChat or web export writes each picture. */
const IMAGE_ONLY = /^\s*(?:!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)\s*)+$/;
/** An image's alt text that describes nothing: empty, `图片` (WeChat's), `image`, `图片1`, a file name. */
const PLACEHOLDER_ALT =
  /^(?:(?:图片|图|配图|插图|照片|微信图片|image|img|photo|picture|pic)?\s*[_-]?\s*\d*|[\w.-]+\.(?:png|jpe?g|gif|webp|bmp|svg))$/i;

/** A table's delimiter row: `| --- | :---: |` (its rows stay as text, one paragraph each). */
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** A code fence line: ``` or ~~~ with an optional info string. */
const FENCE = /^ {0,3}(`{3,}|~{3,})[^`]*$/;

/** Strip the inline syntax of one piece of text; `syntax` collects what was taken out. */
function stripInline(text: string, syntax: string[]): string {
  return text.replace(INLINE, (...g: (string | undefined)[]) => {
    if (g[1] !== undefined) return (syntax.push('\\'), g[1]);
    if (g[2] !== undefined) return (syntax.push(g[2], g[2]), g[3]!);
    if (g[5] !== undefined) {
      syntax.push(`${g[4]}[`, `](${g[6]}${g[7] ?? ''})`);
      return stripInline(g[5], syntax);
    }
    if (g[8] !== undefined) return (syntax.push('<', '>'), g[8]);
    if (g[13] !== undefined) return (syntax.push('[[', ']]'), g[13]);
    const mark = g[9] ?? g[11]!;
    // A run of `=` (`=====`, a setext underline with a stray character in it) holds no highlight.
    const [at, whole] = g.slice(-2) as unknown as [number, string];
    if (mark === '==' && (/^=|=$/.test(g[10]!) || whole[at - 1] === '=' || whole[at + g[0]!.length] === '='))
      return g[0]!;
    syntax.push(mark, mark);
    return stripInline(g[10] ?? g[12]!, syntax);
  });
}

/** Where fenced code runs: for each line, whether it is a fence line, code, or neither. */
function fenceLayout(lines: readonly string[]): ('fence' | 'code' | undefined)[] {
  let inFence: string | undefined;
  return lines.map((line) => {
    const fence = FENCE.exec(line);
    if (fence && (inFence === undefined || fence[1]!.startsWith(inFence))) {
      inFence = inFence === undefined ? fence[1]![0]!.repeat(3) : undefined;
      return 'fence';
    }
    return inFence === undefined ? undefined : 'code';
  });
}

/** A container's opening fence: three colons or more and its type (`:::tip 学习要点`, 语雀's `:::tips`). */
const CONTAINER_OPEN = /^\s{0,3}(:{3,}\s*[A-Za-z][\w-]*)(.*)$/;
/** A container's closing fence: colons alone. */
const CONTAINER_CLOSE = /^\s{0,3}:{3,}\s*$/;

/**
 * The containers (callouts) of a Markdown text as VuePress, Docusaurus and 语雀 write them: a
 * `:::type` line, the callout's lines, a `:::` line; by their fence lines' indexes, outermost first
 * (`outer`) and with every fence (`fences`, nested ones too: one callout holds their text). An
 * opening fence no closing one answers is text.
 */
function containersIn(
  lines: readonly string[],
  fences: readonly ('fence' | 'code' | undefined)[],
): { outer: [number, number][]; fences: Set<number> } {
  const outer: [number, number][] = [];
  const matched = new Set<number>();
  const open: number[] = [];
  lines.forEach((line, i) => {
    if (fences[i] !== undefined) return;
    if (CONTAINER_OPEN.test(line)) open.push(i);
    else if (CONTAINER_CLOSE.test(line) && open.length > 0) {
      const start = open.pop()!;
      matched.add(start).add(i);
      if (open.length === 0) outer.push([start, i]);
    }
  });
  return { outer, fences: matched };
}

/**
 * A heading whose hashes a writer ran into its text (`##一、总体要求`, as lenient editors accept it):
 * two hashes or more, or one before a numbering (`#第一章`), and no other `#` on the line (`#话题#`
 * and `#党建 #学习` are tags).
 */
const UNSPACED_ATX = /^(#{2,6}|#(?=第|[一二三四五六七八九十]+、|\d+[.．、]))(?=[^\s#])[^#]*$/;

/** The line with a space after an unspaced heading's hashes (whitespace, so nothing is added to the text). */
const spacedAtxHeading = (line: string): string =>
  UNSPACED_ATX.test(line) ? line.replace(/^#+/, (h) => `${h} `) : line;

/** The raw cells of a table row: split at unescaped pipes, the optional outer pipes dropped. */
function pipeCells(line: string): { cells: string[]; pipes: number } {
  const cells: string[] = [];
  let cell = '';
  let pipes = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && line[i + 1] === '|') cell += line[i++]! + line[i]!;
    else if (line[i] === '|') {
      cells.push(cell);
      cell = '';
      pipes += 1;
    } else cell += line[i];
  }
  cells.push(cell);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return { cells, pipes };
}

/**
 * GFM tables outside code: a row with a pipe over a delimiter row of as many cells, and the rows
 * with a pipe under it up to a blank line. 1-based inclusive line ranges (the header's first).
 */
function tablesIn(lines: readonly string[], fences: readonly ('fence' | 'code' | undefined)[]): [number, number][] {
  const tables: [number, number][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!;
    if (fences[i] || fences[i + 1] || !header.includes('|') || !TABLE_DELIMITER.test(lines[i + 1]!)) continue;
    if (pipeCells(header).cells.length !== pipeCells(lines[i + 1]!).cells.length) continue;
    let end = i + 1;
    while (end + 1 < lines.length && !fences[end + 1] && lines[end + 1]!.trim() !== '' && lines[end + 1]!.includes('|'))
      end += 1;
    tables.push([i + 1, end + 1]);
    i = end;
  }
  return tables;
}

/**
 * HTML tables outside code, `<table` to its `</table>` (nested ones inside), as 1-based inclusive
 * line ranges. A table never closed, or whose lines hold the marks already, is left to the tag
 * stripping (its text reads on, cell by cell).
 */
function htmlTablesIn(lines: readonly string[], fences: readonly ('fence' | 'code' | undefined)[]): [number, number][] {
  const tables: [number, number][] = [];
  let start = -1;
  let depth = 0;
  lines.forEach((line, i) => {
    if (fences[i]) return;
    for (const m of line.matchAll(/<(\/?)table\b[^<>]*>/gi)) {
      if (m[1] === '') {
        if (depth === 0) start = i;
        depth += 1;
      } else if (depth > 0 && --depth === 0) tables.push([start + 1, i + 1]);
    }
  });
  const marked = (l: string) => l.includes(HTML_ROW_MARK) || HTML_CELL_START.test(l);
  return tables.filter(([a, b]) => !lines.slice(a - 1, b).some(marked));
}

/** `<tr …>`, `<td …>` / `<th …>` (a row's and a cell's start) and `</table>`. */
const HTML_ROW_OR_CELL = /<(tr|td|th)\b[^<>]*>|<\/table>/gi;

/** A cell tag's `colspan` or `rowspan` (1 when absent, at most 50). */
const span = (tag: string, name: 'colspan' | 'rowspan'): number =>
  Math.max(1, Math.min(Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(tag)?.[1] ?? 1), 50));

/**
 * An HTML table's lines, in order: its row and cell tags become marks (the tags are syntax), the
 * rest is read as any line. A merged cell leaves empty cells where it spans, so every cell stays
 * under its column head: after a cell spanning columns (`colspan="2"`, `HTML_LEFT_SPAN_MARK`), and
 * in the rows under a cell spanning rows (`rowspan="2"`, `HTML_UP_SPAN_MARK`), at its columns.
 */
function rowAndCellMarker(): (line: string, syntax: string[]) => string {
  let spanned = 0;
  /** The next cell's column in its row. */
  let column = 0;
  /** Column → how many more rows a cell above still covers. */
  let below = new Map<number, number>();
  /** Empty cells for the columns from `column` on that a cell above covers, up to `to` (exclusive). */
  const covered = (to: number): string => {
    let fill = '';
    while (column < to || (below.get(column) ?? 0) > 0) {
      const rows = below.get(column) ?? 0;
      if (rows > 0) below.set(column, rows - 1);
      fill += rows > 0 ? HTML_UP_SPAN_MARK : HTML_CELL_MARK;
      column += 1;
    }
    return fill;
  };
  /** The end of a row: empty cells for columns still covered after its last cell. */
  const endRow = (): string => {
    const last = Math.max(-1, ...[...below].filter(([k, rows]) => k >= column && rows > 0).map(([k]) => k));
    const fill = covered(last + 1);
    column = 0;
    return fill;
  };
  return (line, syntax) =>
    line.replace(HTML_ROW_OR_CELL, (tag, name: string | undefined) => {
      let fill = HTML_LEFT_SPAN_MARK.repeat(spanned);
      spanned = 0;
      if (name === undefined) {
        // `</table>`: stripped with the other tags
        fill += endRow();
        below = new Map();
        return fill + tag;
      }
      syntax.push(tag);
      if (name.toLowerCase() === 'tr') return fill + endRow() + HTML_ROW_MARK;
      fill += covered(column);
      const [columns, rows] = [span(tag, 'colspan'), span(tag, 'rowspan')];
      if (rows > 1) for (let k = column; k < column + columns; k++) below.set(k, rows - 1);
      column += columns;
      spanned = columns - 1;
      return fill + HTML_CELL_MARK;
    });
}

/**
 * An HTML tag a converter leaves in Markdown (`<br>`, `<p align="center">`, `</span>`, `<img …>`):
 * the tag is syntax, the text between tags is kept. Only tag names HTML knows, so `<党章>` and
 * `a < b` stay text, and so does `<script>` (shown as written, never run); and the tags a page
 * made in Word carries (`<o:p></o:p>`, a date in `<st1:chsdate …>2024年5月18日</st1:chsdate>`), a
 * namespace before their name.
 */
const HTML_TAG =
  /<\/?(?:(?!(?:https?|ftp|mailto):)[a-z][a-z\d]*:[a-z][\w-]*|a|abbr|address|article|aside|b|big|blockquote|br|caption|center|cite|code|col|colgroup|dd|del|details|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|header|hr|i|img|ins|kbd|li|main|mark|nav|ol|p|pre|q|s|section|small|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|tr|u|ul)(?:\s+[^<>]*)?\/?>/i;

/** `HTML_TAG` as a separator that `split` keeps (tags at the odd indexes); `\<b>` is text. */
const HTML_TAG_SPLIT = new RegExp(`((?<!\\\\)${HTML_TAG.source})`, 'i');

/** Tags inside a run of text: they leave nothing; a block's tag (`<br>`, `</td>`, `<p>`) leaves a space between texts. */
const INLINE_TAG =
  /^<\/?(?:[a-z][a-z\d]*:[a-z][\w-]*|a|abbr|b|big|cite|code|del|em|font|i|ins|kbd|mark|s|small|span|strike|strong|sub|sup|u)\b/i;

/** An editor's table-of-contents placeholder on a line of its own: Typora's `[TOC]`, `[[TOC]]`, `[[_TOC_]]`, `${toc}`. */
const TOC_MARKER = /^\s*(?:\[\[?_?toc_?\]\]?|\$\{toc\})\s*$/i;

/**
 * A link reference definition, `[id]: http://… "title"`: syntax as a whole line (a `[^1]:` note
 * and a `[1]` reference entry are text). Only URL-shaped destinations, so a Chinese line that
 * happens to start with `[…]:` stays.
 */
const LINK_DEFINITION = /^ {0,3}\[([^\]^][^\]]*)\]:\s*(?:<[^>\s]+>|[!-~]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;

/** `[text][id]` and `[text][]` uses of a defined reference: the brackets are syntax, the text stays. */
function stripReferenceLinks(text: string, defined: ReadonlySet<string>, syntax: string[]): string {
  if (defined.size === 0) return text;
  return text.replace(/(!?)\[([^\]]+)\]\[([^\]]*)\]/g, (whole, bang: string, label: string, id: string) => {
    if (!defined.has((id || label).toLowerCase())) return whole;
    syntax.push(`${bang}[`, `][${id}]`);
    return label;
  });
}

/** A Chinese sentence's end: a line break after it runs on without a space (`…24次。<br>组织…`). */
const SENTENCE_END = /[。！？；]$/;

/**
 * Take out HTML tags (`syntax` collects them). Block tags between two texts leave one space (it
 * separates fields, `作者：张某某<br>单位：某局`, and cells), none after a Chinese sentence's end;
 * at the ends of the line nothing (a leading space would read as a PDF page break).
 */
function stripTags(text: string, syntax: string[]): string {
  let out = '';
  let gap = false;
  text.split(HTML_TAG_SPLIT).forEach((part, k) => {
    if (k % 2 === 1) {
      syntax.push(part);
      gap ||= !INLINE_TAG.test(part);
    } else if (part !== '') {
      if (gap && out !== '' && !/\s$/.test(out) && !/^\s/.test(part) && !SENTENCE_END.test(out)) out += ' ';
      gap = false;
      out += part;
    }
  });
  return out;
}

/** A line opening with a backslash-escaped ASCII punctuation character (`\#`, `\*`, `\>`). */
const LITERAL_START = /^\s*\\[!-/:-@[-`{-~]/;

/** What Markdown's block syntax leaves for the segmenter besides lines: tables and fenced code. */
export interface MarkdownInline {
  lines: string[];
  removed: Removal[];
  /** Tables (their rows' cells joined by TAB) and code (between fences), by 1-based line range. */
  blocks: MarkdownBlock[];
  /** Setext headings: a line of text over its underline. */
  headings: SetextHeading[];
  /** Lines of images whose alt texts say what they show (1-based): the text is theirs, a figure's. */
  figures: number[];
  /** Callouts (`:::tip 标题` … `:::`), by the 1-based lines of their fences. */
  callouts: MarkdownCallout[];
  /** Lines of thematic breaks (`---`, `***`; not setext underlines), 1-based. */
  breaks: number[];
  /** Lines that open with bold text before more text (`**加强考核**：将…`), and that text. */
  boldLeads: BoldLead[];
  /**
   * Lines whose first character was written escaped or as a character reference (`\# 不是标题`,
   * `&gt; 不是引用`), 1-based: their text opens with no block syntax.
   */
  literal: number[];
}

/** Bold text opening a line with more after it: `**加强考核**：将…` (group 2: the bold text). */
const BOLD_OPENING = /^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)(?<!\\)\1(?=.*[\p{L}\p{N}])/u;

/**
 * The setext headings: a one-line paragraph directly over a `===` or `---` line. CommonMark reads a
 * paragraph of several lines over `---` as one heading too; we read the `---` under such a
 * paragraph as a thematic break, as a writer of Chinese prose who puts a rule under a paragraph
 * means it (a heading is one line). Table, code and HTML lines are never heading text.
 * @param prose whether a 0-based line is open to block syntax (not code, a fence or a table row)
 */
function setextHeadings(lines: readonly string[], prose: (i: number) => boolean): SetextHeading[] {
  const headings: SetextHeading[] = [];
  const underline = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    const m = SETEXT_UNDERLINE.exec(lines[i]!);
    const text = lines[i - 1]!;
    if (!m || !prose(i) || !prose(i - 1) || text.trim() === '' || NO_SETEXT_TEXT.test(text)) continue;
    if (THEMATIC_BREAK.test(text) || TABLE_DELIMITER.test(text) || LINK_DEFINITION.test(text)) continue;
    // One line: what is above it ends a block (a blank line, a heading's underline, a fence).
    const above = lines[i - 2];
    if (
      above !== undefined &&
      above.trim() !== '' &&
      !underline.has(i - 2) &&
      !FENCE.test(above) &&
      !/^\s*#{1,6}\s/.test(above)
    )
      continue;
    underline.add(i);
    headings.push({ line: i, level: m[1] ? 1 : 2 });
  }
  return headings;
}

/**
 * Strip inline Markdown from every line, and blank thematic breaks, setext underlines, code-fence
 * lines, table delimiter rows, link reference definitions and pictures whose alt says nothing
 * (the code between fences is kept verbatim). A
 * table row's pipes are syntax: its cells are joined by TAB, and the table is one block for the
 * segmenter, as is each run of code. HTML tags are syntax too. Lines keep their numbers.
 * @example stripMarkdownInline(['党章是**根本大法**，见[党章](http://x)。']).lines → ['党章是根本大法，见党章。'], removed '**', '**', '[', '](http://x)'
 * @example stripMarkdownInline(['| 支部 | 党员 |', '| --- | --- |', '| 一支部 | 12 |']).lines → ['支部\t党员', '', '一支部\t12']
 */
export function stripMarkdownInline(lines: string[]): MarkdownInline {
  const removed: Removal[] = [];
  const fences = fenceLayout(lines);
  const tables = tablesIn(lines, fences);
  const htmlTables = htmlTablesIn(lines, fences);
  const linesOf = (ranges: [number, number][]) =>
    new Set(ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)));
  const tableLine = linesOf(tables);
  const htmlTableLine = linesOf(htmlTables);
  const markRowsAndCells = rowAndCellMarker();
  const defined = new Set(
    lines.flatMap((l, i) =>
      fences[i] ? [] : [LINK_DEFINITION.exec(l)?.[1]?.toLowerCase()].filter((d) => d !== undefined),
    ),
  );
  const headings = setextHeadings(
    lines,
    (i) => fences[i] === undefined && !tableLine.has(i + 1) && !htmlTableLine.has(i + 1),
  );
  const underlines = new Set(headings.map((h) => h.line));
  const figures: number[] = [];
  const breaks: number[] = [];
  const boldLeads: BoldLead[] = [];
  const literal: number[] = [];
  const containers = containersIn(lines, fences);
  const containerFences = containers.fences;
  const out = lines.map((original, i) => {
    let line = original;
    const record = (text: string) => {
      if (text.trim() !== '') removed.push({ text: text.trim(), line: i + 1, reason: 'markdown-syntax' });
    };
    if (fences[i] === 'fence') {
      record(line);
      return '';
    }
    if (fences[i] === 'code') return line;
    // A callout's fences are syntax; the opening one's title (`:::tip 学习要点`) is text.
    const container = containerFences.has(i) ? CONTAINER_OPEN.exec(line) : undefined;
    if (containerFences.has(i)) {
      record(container?.[1] ?? line);
      if (!container) return '';
      line = container[2]!.trimStart();
    }
    line = spacedAtxHeading(line);
    if (!underlines.has(i) && THEMATIC_BREAK.test(line)) breaks.push(i + 1);
    if (
      underlines.has(i) ||
      THEMATIC_BREAK.test(line) ||
      TABLE_DELIMITER.test(line) ||
      LINK_DEFINITION.test(line) ||
      TOC_MARKER.test(line)
    ) {
      record(line);
      return '';
    }
    const protectedLine = withPlaceholders(line);
    const references = protectedLine.references;
    line = protectedLine.line;
    if (LITERAL_START.test(line) || references.has(line.trimStart()[0] ?? '')) literal.push(i + 1);
    const syntax: string[] = [];
    const inline = (text: string) => stripInline(stripReferenceLinks(stripTags(text, syntax), defined, syntax), syntax);
    let shown: string;
    if (tableLine.has(i + 1)) {
      const { cells, pipes } = pipeCells(line);
      syntax.push(...Array<string>(pipes).fill('|'));
      shown = cells.map((c) => inline(c).trim()).join('\t');
    } else if (htmlTableLine.has(i + 1)) shown = inline(markRowsAndCells(line, syntax));
    else {
      const bold = BOLD_OPENING.exec(line);
      if (bold) boldLeads.push({ line: i + 1, text: decoded(stripInline(bold[2]!, []), references) });
      shown = inline(backslashBreak(line, syntax));
    }
    syntax.forEach((t) => record(asWritten(t, references)));
    removed.push(...referenceRemovals(shown, i + 1, references));
    const text = decoded(shown, references);
    // A picture the site cannot show: its alt text is a figure's text or, when it says nothing
    // (`![图片](…)`), a stray image label (else `图片` would read as a heading over the text).
    if (IMAGE_ONLY.test(line)) {
      const alts = [...line.matchAll(/!\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
      if (alts.every((a) => PLACEHOLDER_ALT.test(a))) {
        if (text.trim() !== '') removed.push({ text: text.trim(), line: i + 1, reason: 'thumbnail' });
        return '';
      }
      figures.push(i + 1);
    }
    return text;
  });
  return {
    lines: out,
    removed,
    blocks: [
      ...tables.map((lines) => ({ kind: 'table' as const, lines })),
      ...htmlTables.map((lines) => ({ kind: 'table' as const, lines, html: true })),
      ...codeRuns(fences),
    ],
    headings,
    figures,
    callouts: containers.outer.map(([a, b]) => ({ lines: [a + 1, b + 1] })),
    breaks,
    boldLeads,
    literal,
  };
}

/**
 * A hard line break written as a backslash at the end of the line (pandoc writes them so) becomes
 * the two-space one, which the joiner reads (markdown-blocks.ts); the backslash is syntax. An
 * escaped backslash (`\\`) at the end is text.
 */
function backslashBreak(line: string, syntax: string[]): string {
  const run = /\\+$/.exec(line)?.[0].length ?? 0;
  if (run % 2 === 0) return line;
  syntax.push('\\');
  return `${line.slice(0, -1)}  `;
}

/** The runs of code lines between fences, as `code` blocks. */
function codeRuns(fences: readonly ('fence' | 'code' | undefined)[]): MarkdownBlock[] {
  const runs: MarkdownBlock[] = [];
  fences.forEach((f, i) => {
    if (f !== 'code') return;
    const last = runs.at(-1);
    if (last && last.lines[1] === i) last.lines[1] = i + 1;
    else runs.push({ kind: 'code', lines: [i + 1, i + 1] });
  });
  return runs;
}
