/**
 * Segment: a record's fields one under another — `时间：2024年6月18日下午3:00`, `地点：…`,
 * `记录人：陈某` at the head of a 会议纪要, a lesson plan's `授课人：` `授课对象：`. Each is short and
 * unnumbered, so the last of them, over the text after it, looked like a heading over the whole
 * record. A run of two or more is fields, never a heading.
 */
import type { Candidate } from './classify.js';
import { FIELD_LINE } from './block.js';

const isField = (c: Candidate | undefined): boolean =>
  c !== undefined && c.numbering === undefined && c.mdLevel === undefined && FIELD_LINE.test(c.text);

/**
 * Mark `field` on the unnumbered `标签：值` lines that stand next to another one.
 * @example ['时间：6月18日', '记录人：陈某', '会议议题：', '1.…'] → the first two are fields
 */
export function markFieldRuns(candidates: Candidate[]): void {
  candidates.forEach((c, i) => {
    if (isField(c) && (isField(candidates[i - 1]) || isField(candidates[i + 1]))) c.field = true;
  });
}
