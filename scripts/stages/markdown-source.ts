/**
 * Ingest, step 2a (Markdown sources only): YAML front matter and HTML comments. Both are blanked
 * in place (lines keep their numbers) and recorded as removals; front-matter fields fill metadata
 * the manifest leaves empty. `#` heading lines are left for the segmenter.
 */
import { parseDocument } from 'yaml';
import type { Removal, SourceMeta } from '../model/document.js';
import { SourceError } from '../util/errors.js';

/** Front-matter fields we understand; others are kept only as the removed text. */
interface FrontMatterFields {
  authors?: string[];
  affiliation?: string;
  date?: string;
}

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined;

function readFields(data: unknown): FrontMatterFields {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const o = data as Record<string, unknown>;
  // Keys as English tools write them, or in Chinese (`作者: 张某某`, `日期`, `单位`).
  const list = o.authors ?? o.author ?? o['作者'];
  const authors = Array.isArray(list)
    ? list.map(asText).filter((s): s is string => s !== undefined)
    : asText(list) !== undefined
      ? [asText(list)!]
      : undefined;
  return {
    authors,
    affiliation: asText(o.affiliation ?? o['单位'] ?? o['作者单位']),
    date: asText(o.date ?? o['日期']),
  };
}

/** An ATX heading line: `# 标题`, `## 第一章 总则` (a space after the hashes; `#话题#` is no heading). */
const ATX_HEADING = /^#{1,6}[ \t\u3000]+\S/;
/** A `key: value` line of YAML front matter (ASCII or CJK key). */
const YAML_FIELD = /^[\w\u4e00-\u9fff-]+\s*:(?:\s|$)/;

/**
 * True if a text saved as `.txt` is Markdown: it opens with YAML front matter (`---`, `key: value`
 * lines, `---`) or has an ATX heading line. Plain Chinese text never starts a line with `# `.
 * @example looksLikeMarkdown(['---', 'title: 标题', '---', '', '# 标题']) → true
 */
export function looksLikeMarkdown(lines: readonly string[]): boolean {
  // Front matter only counts on the first line, as stripFrontMatter reads it.
  const start = 0;
  if (lines[0]?.replace(/^\uFEFF/, '').trim() === '---') {
    const end = lines.findIndex((l, i) => i > start && (l.trim() === '---' || l.trim() === '...'));
    const body = end > start ? lines.slice(start + 1, end).filter((l) => l.trim() !== '') : [];
    if (
      body.length > 0 &&
      body.filter((l) => YAML_FIELD.test(l.trim()) || /^\s/.test(l)).length === body.length &&
      YAML_FIELD.test(body[0]!.trim())
    )
      return true;
  }
  return lines.some((l) => ATX_HEADING.test(l.replace(/^\uFEFF/, '')));
}

/**
 * Blank a leading `---` … `---` (or `...`) YAML block. The manifest wins: front matter only fills
 * `authors` (when the manifest lists none), `affiliation` and `date` (when absent). `title` is
 * required in the manifest, so a front-matter title is only kept as removed text.
 * @example ['---','author: 张三','---','# 标题'] → lines ['', '', '', '# 标题'], meta.authors ['张三']
 * @throws SourceError naming the line when the YAML does not parse or the block is not closed.
 */
export function stripFrontMatter(
  lines: string[],
  meta: SourceMeta,
  file: string,
): { lines: string[]; meta: SourceMeta; removed: Removal[] } {
  if (lines[0]?.trim() !== '---') return { lines, meta, removed: [] };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end === -1) {
    throw new SourceError(
      file,
      1,
      'YAML front matter opened with `---` is never closed',
      'close it with a `---` line, or remove the first line if it is not front matter',
    );
  }
  const yamlText = lines.slice(1, end).join('\n');
  const doc = parseDocument(yamlText);
  const error = doc.errors[0];
  if (error) {
    const line = 1 + (error.linePos?.[0].line ?? 1);
    throw new SourceError(file, line, `front matter is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    // e.g. a `---` thematic break, a paragraph, then another `---`: not front matter, and
    // blanking it would hide text. Make the user decide.
    throw new SourceError(
      file,
      2,
      'the block between the first two `---` lines is not YAML `key: value` front matter',
      'if the first `---` is a horizontal rule, start the file with a blank line',
    );
  }
  const fields = readFields(data);
  const merged: SourceMeta = {
    ...meta,
    authors: meta.authors.length === 0 && fields.authors ? fields.authors : meta.authors,
    ...(meta.affiliation === undefined && fields.affiliation ? { affiliation: fields.affiliation } : {}),
    ...(meta.date === undefined && fields.date ? { date: fields.date } : {}),
  };
  const removed: Removal[] = [];
  const out = lines.slice();
  for (let i = 0; i <= end; i++) {
    if (out[i]!.trim() !== '') removed.push({ text: out[i]!, line: i + 1, reason: 'front-matter' });
    out[i] = '';
  }
  return { lines: out, meta: merged, removed };
}

/**
 * Remove `<!-- … -->` comments, which may span lines; each line's part is one removal.
 * @example ['a<!-- x', 'y -->b'] → ['a', 'b'] with removals '<!-- x' (line 1) and 'y -->' (line 2)
 * @throws SourceError naming the line where an unclosed comment opens.
 */
export function stripHtmlComments(lines: string[], file: string): { lines: string[]; removed: Removal[] } {
  const removed: Removal[] = [];
  let openedAt: number | undefined; // line where the current comment opened
  const out = lines.map((line, i) => {
    let text = '';
    let pos = 0;
    let searchFrom = 0; // where to look for `-->` (after the `<!--` that opened the comment)
    while (pos < line.length) {
      if (openedAt === undefined) {
        const start = line.indexOf('<!--', pos);
        if (start === -1) {
          text += line.slice(pos);
          break;
        }
        text += line.slice(pos, start);
        openedAt = i + 1;
        pos = start;
        searchFrom = start + 4;
      }
      const close = line.indexOf('-->', searchFrom);
      const stop = close === -1 ? line.length : close + 3;
      removed.push({ text: line.slice(pos, stop), line: i + 1, reason: 'html-comment' });
      if (close !== -1) openedAt = undefined;
      pos = stop;
      searchFrom = stop;
    }
    return text;
  });
  if (openedAt !== undefined) {
    throw new SourceError(file, openedAt, 'HTML comment `<!--` is never closed with `-->`');
  }
  return { lines: out, removed: removed.filter((r) => r.text !== '') };
}
