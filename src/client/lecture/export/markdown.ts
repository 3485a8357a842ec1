/**
 * A lecture as Markdown: the title, the user's headings, each quotation as a `>` block with its
 * source line and reference number, notes in italics, and the numbered reference list. Everything
 * is literal text (escaped), whatever the user typed. Pure; the basket page saves the string.
 */
import { lectureExportUi as t } from '../../../i18n/lecture-export.zh-CN';
import type { LectureExport } from '../../../lib/lecture/export-model';
import { citedLine, layoutLecture, type LectureBlock } from '../../../lib/lecture/layout';
import { escapeMarkdown as esc, markdownLines } from '../../../lib/lecture/markdown-text';

function block(b: LectureBlock, titleMarks: string): string {
  const out: string[] = [];
  if (b.changed) out.push(`**【${t.changed}】**`);
  if (b.title) out.push(`${titleMarks} ${esc(b.title)}`);
  if (b.figures.length > 0) out.push(`${t.figures}：${b.figures.map(esc).join('；')}`);
  out.push(b.paragraphs.map((p) => markdownLines(p, '> ')).join('\n>\n'));
  out.push(esc(citedLine(b)));
  if (b.note) out.push(`*${t.note}：*\n${markdownLines(b.note)}`);
  return out.join('\n\n');
}

/** The whole lecture as one Markdown document (ends with a newline). */
export function lectureToMarkdown(lecture: LectureExport): string {
  const l = layoutLecture(lecture);
  const out: string[] = [`# ${esc(l.title)}`, esc(l.date)];
  for (const part of l.parts) {
    const marks = part.heading ? '#'.repeat(part.level + 1) : '#';
    if (part.heading) out.push(`${marks} ${esc(part.heading)}`);
    // A block's title sits one level below its part's heading.
    out.push(...part.blocks.map((b) => block(b, `${marks}#`)));
  }
  if (l.references.length > 0) {
    out.push(`## ${t.references}`, l.references.map((r, i) => `\\[${i + 1}\\] ${esc(r)}`).join('\n\n'));
  }
  return `${out.join('\n\n')}\n`;
}
