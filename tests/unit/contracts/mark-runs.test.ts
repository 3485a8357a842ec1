/**
 * splitRuns, the one cutter of marked text for the emitter and the MarkedText component: the
 * overlap rule (overlapping, empty or out-of-range marks throw, adjacent ones do not) and that the
 * emitter's inline MDX follows its runs.
 */
import { describe, expect, test } from 'vitest';
import { splitRuns } from '../../../src/lib/mark-runs.js';
import { renderInline } from '../../../scripts/emit/inline.js';
import type { Mark } from '../../../src/schemas/corpus.js';

const red = (start: number, end: number): Mark => ({ kind: 'redaction', start, end });
const concept = (start: number, end: number, conceptId = 'liang-xue-yi-zuo'): Mark => ({
  kind: 'concept',
  start,
  end,
  conceptId,
});

describe('splitRuns', () => {
  test('plain text around marks; no empty plain runs; the runs rebuild the text', () => {
    const text = '开展两学一做学习教育xx';
    const runs = splitRuns(text, [red(10, 12), concept(2, 6)]);
    expect(runs).toEqual([
      { text: '开展' },
      { text: '两学一做', mark: concept(2, 6) },
      { text: '学习教育' },
      { text: 'xx', mark: red(10, 12) },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  test('adjacent marks and a mark over the whole text are fine', () => {
    expect(splitRuns('xx三会一课', [concept(2, 6, 'san-hui-yi-ke'), red(0, 2)]).map((r) => r.mark?.kind)).toEqual([
      'redaction',
      'concept',
    ]);
    expect(splitRuns('两学一做', [concept(0, 4)])).toEqual([{ text: '两学一做', mark: concept(0, 4) }]);
    expect(splitRuns('无标记', [])).toEqual([{ text: '无标记' }]);
    expect(splitRuns('', [])).toEqual([]);
  });

  test.each([
    ['overlapping', [concept(0, 4), red(3, 5)]],
    ['nested', [concept(0, 4), red(1, 2)]],
    ['empty', [red(2, 2)]],
    ['reversed', [red(3, 2)]],
    ['past the end', [concept(4, 9)]],
  ])('a %s mark throws, naming the mark (a pipeline bug, never skipped)', (_, marks) => {
    expect(() => splitRuns('两学一做学习', marks)).toThrow(
      /^mark (?:concept|redaction) \[\d+, \d+\) overlaps or leaves text of length 6/,
    );
  });

  test('the emitter renders exactly these runs, and refuses what splitRuns refuses', () => {
    const opts = { references: new Set([1]) };
    expect(renderInline('见[1]两学一做', [{ kind: 'citation', start: 1, end: 4, ref: 1 }, concept(4, 8)], opts)).toBe(
      '见<Cite n={1} text="[1]" linked={true} /><Term id="liang-xue-yi-zuo">两学一做</Term>',
    );
    expect(() => renderInline('两学一做学习', [concept(0, 4), red(3, 5)], opts)).toThrow(/overlaps/);
  });
});
