/**
 * Segment: lines a page sets apart from its body text, though they stand in it: the source line a
 * quotation compilation (论述摘编, 金句) prints under each passage, `——《在…上的讲话》（2013年6月18日）`
 * (role `attribution`, flush right), and a picture's caption a web copy keeps, `图为…`, `▲ 活动现场`
 * (role `caption`, centred). Marks paragraphs in place.
 */
import type { Paragraph, ParagraphRole } from '../../model/document.js';
import { displayWidth } from './text.js';
import { isPlainParagraph } from './run-ins.js';

/**
 * A dash, maybe `摘自`/`选自`/`引自` and an author, then a work in 《》 and what follows it (a date in
 * brackets, a page), no sentence: `——习近平《论党的自我革命》`, `——摘自《人民日报》2024年3月1日`.
 * A 政府工作报告's `——坚持党的全面领导。…` is a sentence, not a source.
 */
const ATTRIBUTION = /^[—－]{1,2}\s*(?:(?:摘自|选自|引自|见)\s*)?[^《。！？；]{0,20}《[^》]+》[^。！？；]*$/u;

/** A picture's caption: `图为党员参观展厅`, `（图为…）`, WeChat's `▲ 全体党员重温入党誓词`; one sentence at most. */
const CAPTION = /^(?:[▲△]\s*(?=\S)|[（(]?图为)[^。！？；]*[。）)]?$/u;

/** Widest line set apart. */
const MAX_WIDTH = 80;

/** The role of a line set apart, if it is one (`k` its place in its list: an attribution follows a passage). */
function roleOf(p: Paragraph, k: number): ParagraphRole | undefined {
  if (!isPlainParagraph(p) || p.role !== undefined || displayWidth(p.text) > MAX_WIDTH) return undefined;
  if (k > 0 && ATTRIBUTION.test(p.text)) return 'attribution';
  return CAPTION.test(p.text) ? 'caption' : undefined;
}

/** Mark the attributions and captions of a page's lists of paragraphs. */
export function markSetApartLines(lists: readonly Paragraph[][]): void {
  for (const list of lists)
    list.forEach((p, k) => {
      const role = roleOf(p, k);
      if (role) p.role = role;
    });
}
