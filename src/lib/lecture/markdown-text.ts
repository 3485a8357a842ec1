/**
 * Plain text made safe for Markdown: characters CommonMark (and GFM) could read as syntax anywhere
 * are backslash-escaped, and so are the line starts that open a list, a heading underline or a
 * thematic break, so a note such as `<img src=x onerror=alert(1)>` or `# 标题` renders as those
 * characters, never as HTML or markup. URLs keep their dots and hyphens readable.
 */
const ANYWHERE = /[\\`*_{}[\]()<>#|~&!]/g;
/** `- x`, `+ x`, `1. x`, `1) x`, `===`, `---` at the start of a line. */
const LINE_START = /^(\s*)(\d+)([.)])|^(\s*)([-+=])/;

/** One line of literal text (line breaks become spaces: a heading or a list entry stays one line). */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(ANYWHERE, (c) => `\\${c}`)
    .replace(LINE_START, (_m, s1, digits, mark, s2, sign) => (digits ? `${s1}${digits}\\${mark}` : `${s2}\\${sign}`));

/**
 * A block of literal text under a prefix (`> ` for a quotation): each line escaped, blank lines
 * kept as bare prefixes so the block does not end early.
 */
export const markdownLines = (text: string, prefix = ''): string =>
  text
    .split(/\r\n?|\n/)
    .map((l) => (l.trim() === '' ? prefix.trimEnd() : `${prefix}${escapeMarkdown(l.trim())}`))
    .join('\n');
