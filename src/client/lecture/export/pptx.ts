/**
 * A lecture as 16:9 slides (.pptx, pptxgenjs), following the plan of `planSlides`: a title slide,
 * the quotations of each heading (long ones continued over slides titled `…（续）`, never shrunk
 * below 18 pt: autofit is off), a slide per case with its key figures, and the reference list.
 * Fonts are only named (黑体 for titles, 微软雅黑 for text), never fetched or embedded. Everything
 * the user typed goes into text runs, which pptxgenjs XML-escapes.
 *
 * Loaded only by the basket page, through a dynamic import().
 */
import PptxGenJS from 'pptxgenjs';
import type { LectureExport } from '../../../lib/lecture/export-model';
import { layoutLecture } from '../../../lib/lecture/layout';
import { SLIDE, planSlides, type SlideLine, type SlidePlan } from '../../../lib/lecture/slides';

export const PPTX_FONTS = { title: '黑体', body: '微软雅黑' } as const;
const RED = 'B71C1C';
/** LAYOUT_WIDE: 13.33 × 7.5 in. */
const W = 13.33;

type Run = PptxGenJS.TextProps;

/** How each kind of line is set. */
const STYLE: Record<SlideLine['role'], PptxGenJS.TextPropsOptions> = {
  quote: { fontSize: SLIDE.bodyPt, color: '222222' },
  source: { fontSize: SLIDE.smallPt, color: '555555' },
  note: { fontSize: SLIDE.smallPt, color: '1F4E79', italic: true },
  changed: { fontSize: SLIDE.smallPt, color: RED, bold: true },
  figure: { fontSize: SLIDE.bodyPt, color: '222222', bullet: true },
  reference: { fontSize: SLIDE.smallPt, color: '222222' },
};

const runsOf = (lines: SlideLine[]): Run[] =>
  lines.map((l) => ({
    text: l.text,
    options: {
      ...STYLE[l.role],
      breakLine: true,
      paraSpaceAfter: 6,
      lang: 'zh-CN',
      align: l.role === 'source' && l.text.startsWith('——') ? 'right' : 'left',
    },
  }));

function addSlide(pptx: PptxGenJS, plan: SlidePlan): void {
  const slide = pptx.addSlide();
  if (plan.kind === 'title') {
    slide.background = { color: RED };
    slide.addText(plan.title, {
      x: 0.8,
      y: 2.2,
      w: W - 1.6,
      h: 1.8,
      fontFace: PPTX_FONTS.title,
      fontSize: 40,
      color: 'FFFFFF',
      align: 'center',
      valign: 'middle',
      fit: 'none',
      lang: 'zh-CN',
    });
    if (plan.subtitle)
      slide.addText(plan.subtitle, {
        x: 0.8,
        y: 4.3,
        w: W - 1.6,
        h: 0.6,
        fontFace: PPTX_FONTS.body,
        fontSize: 20,
        color: 'FFFFFF',
        align: 'center',
        fit: 'none',
        lang: 'zh-CN',
      });
    return;
  }
  slide.addShape('rect', { x: 0, y: 0, w: W, h: 0.12, fill: { color: RED }, line: { color: RED } });
  slide.addText(plan.title, {
    x: 0.5,
    y: 0.3,
    w: W - 1,
    h: 0.9,
    fontFace: PPTX_FONTS.title,
    fontSize: SLIDE.titlePt,
    color: RED,
    valign: 'middle',
    fit: 'none',
    lang: 'zh-CN',
  });
  slide.addText(runsOf(plan.lines), {
    x: 0.5,
    y: 1.35,
    w: W - 1,
    h: 5.6,
    fontFace: PPTX_FONTS.body,
    valign: 'top',
    lineSpacingMultiple: 1.2,
    fit: 'none',
  });
  slide.slideNumber = { x: W - 1.2, y: 7.0, w: 0.8, h: 0.35, fontSize: 14, color: '777777' };
}

/** The slides of a lecture (a Blob, as the basket page saves it). */
export async function lectureToPptx(lecture: LectureExport): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = lecture.title;
  pptx.theme = { headFontFace: PPTX_FONTS.title, bodyFontFace: PPTX_FONTS.body };
  for (const plan of planSlides(layoutLecture(lecture))) addSlide(pptx, plan);
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
