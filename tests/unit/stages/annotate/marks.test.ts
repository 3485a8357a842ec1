// addMarks: sorted, non-overlapping, idempotent; overlaps throw or are skipped.
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../../scripts/model/document.js';
import { addMarks } from '../../../../scripts/stages/annotate/marks.js';

const r = (start: number, end: number): Mark => ({ kind: 'redaction', start, end });
const c = (start: number, end: number, conceptId = 'x'): Mark => ({ kind: 'concept', start, end, conceptId });

describe('addMarks', () => {
  it('merges and sorts without touching its inputs', () => {
    const existing = [r(10, 12)];
    const added = [r(5, 6), c(0, 3)];
    expect(addMarks(existing, added)).toEqual([c(0, 3), r(5, 6), r(10, 12)]);
    expect(existing).toEqual([r(10, 12)]);
    expect(added).toEqual([r(5, 6), c(0, 3)]);
  });

  it('allows touching ranges ([0,2) then [2,4))', () => {
    expect(addMarks([r(0, 2)], [r(2, 4)])).toEqual([r(0, 2), r(2, 4)]);
  });

  it('ignores a mark equal to an existing one (idempotent annotators)', () => {
    expect(addMarks([c(1, 4, 'a')], [c(1, 4, 'a')])).toEqual([c(1, 4, 'a')]);
  });

  it('throws on an overlap by default, naming both marks', () => {
    expect(() => addMarks([r(2, 5)], [c(4, 8)])).toThrow('concept mark [4, 8) overlaps redaction mark [2, 5)');
    expect(() => addMarks([], [c(0, 4), c(3, 6)])).toThrow(/overlaps/);
    expect(() => addMarks([c(1, 4, 'a')], [c(1, 4, 'b')])).toThrow(/overlaps/);
  });

  it("skips overlapping new marks with 'skip' (earlier wins)", () => {
    expect(addMarks([r(2, 5)], [c(4, 8), c(0, 3), c(8, 9)], 'skip')).toEqual([r(2, 5), c(8, 9)]);
    expect(addMarks([], [c(3, 6), c(0, 4)], 'skip')).toEqual([c(0, 4)]);
  });

  it('refuses empty or inverted ranges', () => {
    expect(() => addMarks([], [r(3, 3)])).toThrow(/invalid redaction mark/);
    expect(() => addMarks([], [r(-1, 2)])).toThrow(/invalid/);
  });
});
