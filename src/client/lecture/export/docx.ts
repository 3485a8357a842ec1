/**
 * A lecture as a Word script (.docx) in the official-document style of GB/T 9704 where fonts
 * allow: A4, margins 37/35/28/26 mm, title in 方正小标宋简体 二号, body in 仿宋 三号, level-1
 * headings in 黑体, level-2 in 楷体, page numbers `— 1 —` in the footer. Fonts are named on the
 * styles (eastAsia for Chinese, Times New Roman for Latin), never embedded: a machine without
 * 方正小标宋简体 or 仿宋 shows Word's East Asian default (宋体) instead. Every quotation is
 * followed by its source and reference number, notes are set apart in 楷体, and the GB/T 7714
 * reference list closes the script. Everything the user typed goes into text runs, never parsed.
 *
 * Loaded only by the basket page, through a dynamic import().
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  convertMillimetersToTwip as mm,
  type IRunStylePropertiesOptions,
} from 'docx';
import { lectureExportUi as t } from '../../../i18n/lecture-export.zh-CN';
import type { LectureExport } from '../../../lib/lecture/export-model';
import { citedLine, layoutLecture, type LectureBlock } from '../../../lib/lecture/layout';

/** Font names (eastAsia) of GB/T 9704, and the Latin face beside them. */
export const DOCX_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  latin: 'Times New Roman',
} as const;

/** Sizes in points: 二号 22 pt (title), 三号 16 pt (body and headings), 四号 14 pt (references, page numbers). */
const PT = { title: 22, body: 16, small: 14 } as const;

const font = (eastAsia: string) => ({
  eastAsia,
  ascii: DOCX_FONTS.latin,
  hAnsi: DOCX_FONTS.latin,
  cs: DOCX_FONTS.latin,
});
const run = (eastAsia: string, pt: number, extra: IRunStylePropertiesOptions = {}): IRunStylePropertiesOptions => ({
  font: font(eastAsia),
  size: pt * 2,
  ...extra,
});
/** Body line spacing: exactly 28 pt, the usual 22 lines per page of an A4 official document. */
const LINE = { line: 28 * 20, lineRule: 'exact' as const };

const styles = {
  default: {
    document: { run: run(DOCX_FONTS.body, PT.body), paragraph: { spacing: LINE } },
    title: {
      run: run(DOCX_FONTS.title, PT.title, { color: '000000' }),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 560 } },
    },
    heading1: {
      run: run(DOCX_FONTS.heading1, PT.body, { bold: false, color: '000000' }),
      paragraph: { spacing: { ...LINE, before: 280 }, indent: { firstLineChars: 200 } },
    },
    heading2: {
      run: run(DOCX_FONTS.heading2, PT.body, { bold: false, color: '000000' }),
      paragraph: { spacing: LINE, indent: { firstLineChars: 200 } },
    },
    // GB/T 9704's third level: 仿宋, bold.
    heading3: {
      run: run(DOCX_FONTS.body, PT.body, { bold: true, color: '000000' }),
      paragraph: { spacing: LINE, indent: { firstLineChars: 200 } },
    },
  },
  paragraphStyles: [
    {
      id: 'Quotation',
      name: 'Quotation',
      basedOn: 'Normal',
      run: run(DOCX_FONTS.body, PT.body),
      paragraph: { indent: { firstLineChars: 200 }, spacing: LINE },
    },
    {
      id: 'Source',
      name: 'Source',
      basedOn: 'Normal',
      run: run(DOCX_FONTS.body, PT.small),
      paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 120 } },
    },
    {
      id: 'LectureNote',
      name: 'Lecture Note',
      basedOn: 'Normal',
      run: run(DOCX_FONTS.heading2, PT.body, { color: '444444' }),
      paragraph: {
        indent: { left: mm(10) },
        border: { left: { style: 'single' as const, size: 12, color: '999999', space: 8 } },
        spacing: { ...LINE, after: 120 },
      },
    },
    {
      id: 'Reference',
      name: 'Reference',
      basedOn: 'Normal',
      run: run(DOCX_FONTS.body, PT.small),
      paragraph: { indent: { left: mm(10), hanging: mm(10) }, spacing: { after: 60 } },
    },
  ],
};

/** The paragraphs of one block: mark, title, key figures, quoted paragraphs, source line, note. */
function blockParagraphs(b: LectureBlock, titleLevel: 1 | 2): Paragraph[] {
  const out: Paragraph[] = [];
  const changed = b.changed ? [new TextRun({ text: `【${t.changed}】`, bold: true, color: 'C00000' })] : [];
  if (b.title)
    out.push(
      new Paragraph({
        heading: titleLevel === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        children: [...changed, new TextRun(b.title)],
      }),
    );
  else if (changed.length > 0) out.push(new Paragraph({ style: 'Quotation', children: changed }));
  if (b.figures.length > 0)
    out.push(
      new Paragraph({
        style: 'Quotation',
        children: [new TextRun({ text: `${t.figures}：`, bold: true }), new TextRun(b.figures.join('；'))],
      }),
    );
  // The Quotation style and the source line mark the quotation: no added quotation marks, which
  // would double the ones a passage often opens with (“两学一做”是指…).
  // A table passage is a line per row: a paragraph each.
  for (const p of b.paragraphs)
    for (const line of p.split('\n')) out.push(new Paragraph({ style: 'Quotation', children: [new TextRun(line)] }));
  out.push(new Paragraph({ style: 'Source', children: [new TextRun(citedLine(b))] }));
  if (b.note) {
    b.note.split(/\r\n?|\n/).forEach((line, i) =>
      out.push(
        new Paragraph({
          style: 'LectureNote',
          children: [...(i === 0 ? [new TextRun({ text: `${t.note}：`, bold: true })] : []), new TextRun(line)],
        }),
      ),
    );
  }
  return out;
}

/** The Word document of a lecture (a Blob; under Node, vitest's global Blob). */
export async function lectureToDocx(lecture: LectureExport): Promise<Blob> {
  const l = layoutLecture(lecture);
  const body: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(l.title)] })];
  for (const part of l.parts) {
    const level = part.heading ? part.level : 0;
    if (part.heading)
      body.push(
        new Paragraph({
          heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun(part.heading)],
        }),
      );
    // A block's title sits one level below its part's heading.
    for (const b of part.blocks) body.push(...blockParagraphs(b, level === 2 ? 2 : 1));
  }
  if (l.references.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.references)] }));
    l.references.forEach((r, i) =>
      body.push(new Paragraph({ style: 'Reference', children: [new TextRun(`[${i + 1}] ${r}`)] })),
    );
  }
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: PT.small * 2 })],
      }),
    ],
  });
  const doc = new Document({
    title: l.title,
    styles,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(20) },
          },
        },
        footers: { default: footer },
        children: body,
      },
    ],
  });
  return Packer.toBlob(doc);
}
