/**
 * A text with its marks cut into runs, for every renderer of marked text: the MDX emitter
 * (scripts/emit/inline.ts) and the site's MarkedText component (case pages). One rule for both:
 * marks are taken in start order and must not overlap, be empty or leave the text; such a mark is
 * a pipeline bug (the model keeps marks sorted and disjoint), so it throws instead of being skipped.
 */
import type { Mark } from '../schemas/corpus';

/** A piece of the text: plain (no `mark`) or exactly the span of one mark. */
export interface Run {
  text: string;
  mark?: Mark;
}

/**
 * `splitRuns('省委xx届', [{ kind: 'redaction', start: 2, end: 4 }])` →
 * `[{ text: '省委' }, { text: 'xx', mark }, { text: '届' }]`; no empty plain runs.
 * @throws Error naming the mark when marks overlap, a mark is empty or reaches past the text.
 */
export function splitRuns(text: string, marks: readonly Mark[]): Run[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  const runs: Run[] = [];
  let pos = 0;
  for (const mark of sorted) {
    if (mark.start < pos || mark.end > text.length || mark.end <= mark.start) {
      throw new Error(
        `mark ${mark.kind} [${mark.start}, ${mark.end}) overlaps or leaves text of length ${text.length}: ${JSON.stringify(text.slice(0, 40))}`,
      );
    }
    if (mark.start > pos) runs.push({ text: text.slice(pos, mark.start) });
    runs.push({ text: text.slice(mark.start, mark.end), mark });
    pos = mark.end;
  }
  if (pos < text.length) runs.push({ text: text.slice(pos) });
  return runs;
}
