/**
 * Ingest, step 2a (Markdown sources only): inline syntax. The reading text keeps what a Markdown
 * renderer shows — emphasis, code and link text — and the syntax around it (`**`, backticks,
 * `[…](url)`, backslash escapes), thematic breaks, code fences and table delimiter rows become `markdown-syntax`
 * removals on their line. Block syntax (`#`, `- `, `> `) is left to the segmenter.
 */
import type { Removal } from '../model/document.js';

/**
 * One inline construct, tried left to right (groups in order):
 *   \\([!-/:-@[-`{-~])                      1: a backslash-escaped ASCII punctuation `\*`
 *   (`+)(.+?)\2                              2,3: a code span (content kept verbatim)
 *   (!?)\[([^\]]*)\]\(([^)\s]*)(\s+"[^"]*")?\)  4–7: image / link `[text](url "title")`
 *   <((?:https?|ftp|mailto):[^>\s]+)>        8: an autolink `<http://…>` (the URL is its text)
 *   (\*\*|__|~~)(?=\S)(.+?)(?<=\S)\9         9,10: strong / strike `**x**`
 *   (\*|(?<![A-Za-z0-9])_)(?=\S)(.+?)(?<=\S)\11(?![A-Za-z0-9])  11,12: emphasis `*x*`, `_x_` (not in snake_case)
 */
const INLINE =
  /\\([!-/:-@[-`{-~])|(`+)(.+?)\2|(!?)\[([^\]]*)\]\(([^)\s]*)(\s+"[^"]*")?\)|<((?:https?|ftp|mailto):[^>\s]+)>|(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\9|(\*|(?<![A-Za-z0-9])_)(?=\S)(.+?)(?<=\S)\11(?![A-Za-z0-9])/g;

/** A thematic break (three or more `-`, `*` or `_`, spaces allowed) or a setext underline (`===`). */
const THEMATIC_BREAK = /^ {0,3}(?:([-*_])(?:\s*\1){2,}|=+)\s*$/;
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
    const mark = g[9] ?? g[11]!;
    syntax.push(mark, mark);
    return stripInline(g[10] ?? g[12]!, syntax);
  });
}

/**
 * Strip inline Markdown from every line, and blank thematic breaks and code-fence lines (the code
 * between fences is kept verbatim). Lines keep their numbers.
 * @example stripMarkdownInline(['党章是**根本大法**，见[党章](http://x)。']) → lines ['党章是根本大法，见党章。'], removed '**', '**', '[', '](http://x)'
 */
export function stripMarkdownInline(lines: string[]): { lines: string[]; removed: Removal[] } {
  const removed: Removal[] = [];
  let inFence: string | undefined;
  const out = lines.map((line, i) => {
    const record = (text: string) => {
      if (text.trim() !== '') removed.push({ text: text.trim(), line: i + 1, reason: 'markdown-syntax' });
    };
    const fence = FENCE.exec(line);
    if (fence && (inFence === undefined || fence[1]!.startsWith(inFence))) {
      inFence = inFence === undefined ? fence[1]![0]!.repeat(3) : undefined;
      record(line);
      return '';
    }
    if (inFence !== undefined) return line;
    if (THEMATIC_BREAK.test(line) || TABLE_DELIMITER.test(line)) {
      record(line);
      return '';
    }
    const syntax: string[] = [];
    const text = stripInline(line, syntax);
    syntax.forEach(record);
    return text;
  });
  return { lines: out, removed };
}
