/**
 * Segment: the source line a quotation compilation (论述摘编, 金句) prints under each passage,
 * `——《在党的群众路线教育实践活动工作会议上的讲话》（2013年6月18日）`: an attribution, set apart
 * from the body as printed (flush right), not a paragraph of text. Marks paragraphs in place.
 */
import type { Paragraph } from '../../model/document.js';
import { displayWidth } from './text.js';

/**
 * A dash, maybe `摘自`/`选自`/`引自` and an author, then a work in 《》 and what follows it (a date in
 * brackets, a page), no sentence: `——习近平《论党的自我革命》`, `——摘自《人民日报》2024年3月1日`.
 * A 政府工作报告's `——坚持党的全面领导。…` is a sentence, not a source.
 */
const ATTRIBUTION = /^[—－]{1,2}\s*(?:(?:摘自|选自|引自|见)\s*)?[^《。！？；]{0,20}《[^》]+》[^。！？；]*$/u;

/** Widest attribution line. */
const MAX_WIDTH = 80;

/** A plain paragraph: no marker, lead, role, table or quote. */
const plain = (p: Paragraph | undefined): p is Paragraph =>
  p !== undefined && p.kind === 'paragraph' && p.marker === undefined && p.lead === undefined && p.role === undefined;

/** Mark each attribution line that follows a passage in the same list of paragraphs (role `attribution`). */
export function markAttributions(lists: readonly Paragraph[][]): void {
  for (const list of lists)
    list.forEach((p, k) => {
      if (k > 0 && plain(p) && displayWidth(p.text) <= MAX_WIDTH && ATTRIBUTION.test(p.text)) p.role = 'attribution';
    });
}
