/**
 * Shared by every annotator: merging inline marks so that a paragraph's `marks` stay sorted by
 * start and never overlap (the renderer wraps each mark in one element, so overlaps cannot nest).
 */
import type { Mark } from '../../model/document.js';

/** What to do when a new mark overlaps an existing one (or another new one). */
export type OverlapPolicy = 'throw' | 'skip';

const overlaps = (a: Mark, b: Mark) => a.start < b.end && b.start < a.end;
/** Identity of a mark: kind, range and target (`ref` / `conceptId`). */
const key = (m: Mark) =>
  `${m.kind}:${m.start}:${m.end}:${m.kind === 'citation' ? m.ref : m.kind === 'concept' ? m.conceptId : ''}`;
const same = (a: Mark, b: Mark) => key(a) === key(b);
const byPosition = (a: Mark, b: Mark) => a.start - b.start || a.end - b.end;

/**
 * Merge `added` into `existing` (neither is modified), sorted by start. A mark equal to an
 * existing one is ignored, so running an annotator twice changes nothing.
 * @param onOverlap `'throw'` (default: an overlap is a bug in an annotator) or `'skip'` (drop the
 *   new mark that overlaps; new marks are considered in position order, earlier wins).
 * @example addMarks([{kind:'redaction',start:2,end:4}], [{kind:'citation',start:6,end:9,ref:1}]) → both, sorted
 * @throws Error for an empty or inverted range, or (with 'throw') an overlap.
 */
export function addMarks(
  existing: readonly Mark[],
  added: readonly Mark[],
  onOverlap: OverlapPolicy = 'throw',
): Mark[] {
  const result = [...existing];
  for (const mark of [...added].sort(byPosition)) {
    if (!(mark.start >= 0 && mark.end > mark.start)) {
      throw new Error(`invalid ${mark.kind} mark [${mark.start}, ${mark.end})`);
    }
    if (result.some((m) => same(m, mark))) continue;
    const clash = result.find((m) => overlaps(m, mark));
    if (clash) {
      if (onOverlap === 'skip') continue;
      throw new Error(
        `${mark.kind} mark [${mark.start}, ${mark.end}) overlaps ${clash.kind} mark [${clash.start}, ${clash.end})`,
      );
    }
    result.push(mark);
  }
  return result.sort(byPosition);
}
