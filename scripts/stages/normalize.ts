/**
 * Ingest, step 2: decoded text → normalised lines ready to segment. Splits on any line ending,
 * cleans characters and strips artefacts line by line; line i+1 is always `lines[i]` (a removed
 * line becomes ''), and every removal is recorded with its line and reason.
 */
import type {
  BoldLead,
  DecodedText,
  MarkdownBlock,
  MarkdownCallout,
  NormalizedSource,
  Removal,
  SetextHeading,
  SourceMeta,
} from '../model/document.js';
import { sourceFilePath } from '../util/errors.js';
import { stripMarkdownInline } from './markdown-inline.js';
import { looksLikeMarkdown, stripFrontMatter, stripHtmlComments } from './markdown-source.js';
import { stripPageFurniture } from './page-furniture.js';
import {
  cleanCharacters,
  stripPageBreakSpace,
  stripPaywallMarkers,
  stripThumbnailLabel,
  stripWebPageFurniture,
  type LineCleanup,
} from './strip-artefacts.js';

/** Per-line clean-ups in the order they run (characters first, so a ZWSP cannot hide a marker). */
const LINE_STEPS: ((line: string) => LineCleanup)[] = [
  cleanCharacters,
  stripPaywallMarkers,
  stripThumbnailLabel,
  stripWebPageFurniture,
  stripPageBreakSpace,
];

/** A first-line indent: ideographic spaces, NBSP or em spaces (after a form feed) before text. */
const INDENT = /^\f?[\u3000\u00A0\u2002\u2003]+\S/;

/** Split on CRLF, lone CR or LF: the 1-based line numbers every later stage refers to. */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** Removals sorted by line, each line's in the order they were found (the sort is stable). */
export const removalsByLine = (removed: readonly Removal[]): Removal[] => [...removed].sort((a, b) => a.line - b.line);

/**
 * Normalise a decoded source. Markdown (`.md`) sources first lose their YAML front matter (fields
 * merged into `meta`, see `stripFrontMatter`), HTML comments and inline syntax (`stripMarkdownInline`). Then on every line: control,
 * zero-width and odd-space characters, paywall markers, stray `缩略图` lines and PDF page-break
 * spaces are removed; then page numbers and running headers (see `stripPageFurniture`). A line left with only ASCII whitespace becomes '' (not recorded: whitespace
 * is not content). Trailing ASCII spaces and tabs are kept (a 目录 line is `title<TAB>page`).
 * The rules are the same for Chinese and English (`language: en`) sources: ASCII spaces are never
 * touched except at the start of a line, and an inner odd space becomes one ASCII space.
 * @example normalizeSource({ text: '##paidend##\r\n 正文', … }, meta).lines → ['', '正文']
 * @throws SourceError for an unclosed front-matter block or HTML comment.
 */
export function normalizeSource(decoded: DecodedText, meta: SourceMeta): NormalizedSource {
  const file = sourceFilePath(meta.file);
  let lines = splitLines(decoded.text);
  // The format by extension, or by content: a `.txt` with YAML front matter or `#` headings is Markdown.
  const format = /\.(md|markdown)$/i.test(meta.file) || looksLikeMarkdown(lines) ? 'md' : 'txt';
  const removed: Removal[] = [...decoded.removed];
  let finalMeta = meta;
  let markdownBlocks: MarkdownBlock[] = [];
  let setextHeadings: SetextHeading[] = [];
  let figureLines: number[] = [];
  let callouts: MarkdownCallout[] = [];
  let thematicBreaks: number[] = [];
  let boldLeads: BoldLead[] = [];
  let literalLines: number[] = [];
  if (format === 'md') {
    const fm = stripFrontMatter(lines, meta, file);
    const comments = stripHtmlComments(fm.lines, file);
    const inline = stripMarkdownInline(comments.lines);
    lines = inline.lines;
    markdownBlocks = inline.blocks;
    setextHeadings = inline.headings;
    figureLines = inline.figures;
    callouts = inline.callouts;
    thematicBreaks = inline.breaks;
    boldLeads = inline.boldLeads;
    literalLines = inline.literal;
    finalMeta = fm.meta;
    removed.push(...fm.removed, ...comments.removed, ...inline.removed);
  }
  // Lines indented with ideographic spaces (a paragraph's first line), before the spaces go.
  const indented = lines.flatMap((l, i) => (INDENT.test(l) ? [i + 1] : []));
  // Lines that open a new PDF page with a form feed, before it is removed as a control character.
  const formFeeds = new Set(lines.flatMap((l, i) => (/^\s*\f/.test(l) ? [i] : [])));
  lines = lines.map((original, i) => {
    let line = original;
    for (const step of LINE_STEPS) {
      const result = step(line);
      line = result.text;
      for (const r of result.removed) removed.push({ ...r, line: i + 1 });
    }
    return line.trim() === '' ? '' : line;
  });
  const furniture = stripPageFurniture(lines, formFeeds);
  lines = furniture.lines;
  removed.push(...furniture.removed);
  const result: NormalizedSource = {
    meta: finalMeta,
    encoding: decoded.encoding,
    lines,
    removed: removalsByLine(removed),
    format,
  };
  if (indented.length > 0) result.indentedLines = indented;
  if (markdownBlocks.length > 0) result.markdownBlocks = markdownBlocks;
  if (setextHeadings.length > 0) result.setextHeadings = setextHeadings;
  if (figureLines.length > 0) result.figureLines = figureLines;
  if (callouts.length > 0) result.callouts = callouts;
  if (thematicBreaks.length > 0) result.thematicBreaks = thematicBreaks;
  if (boldLeads.length > 0) result.boldLeads = boldLeads;
  if (literalLines.length > 0) result.literalLines = literalLines;
  return result;
}
