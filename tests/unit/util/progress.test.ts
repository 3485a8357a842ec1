import { describe, expect, test } from 'vitest';
import { progress } from '../../../scripts/util/progress.js';

/** A sink that records writes, and a clock the test moves. */
function setup(isTTY: boolean) {
  const writes: string[] = [];
  let now = 0;
  const clock = { tick: (ms: number) => (now += ms) };
  const report = progress('Segmenting', 'documents', 400, { isTTY, write: (t) => writes.push(t) }, () => now);
  return { writes, clock, report };
}

describe('progress', () => {
  test('a log gets a plain line at most every 5 s, none at the end (the stage summary follows)', () => {
    const { writes, clock, report } = setup(false);
    for (let done = 1; done <= 400; done += 1) {
      clock.tick(100);
      report(done);
    }
    // 40 s of work: a line at 5, 10 … 35 s, not 400.
    expect(writes.length).toBe(7);
    expect(writes[0]).toBe('[build] Segmenting 50/400 documents (5 s)\n');
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
  });

  test('a terminal line is rewritten in place and cleared when done', () => {
    const { writes, clock, report } = setup(true);
    for (let done = 1; done <= 400; done += 1) {
      clock.tick(50);
      report(done);
    }
    expect(writes.length).toBeGreaterThan(50);
    expect(writes.slice(0, -1).every((w) => w.startsWith('\r\x1b[2K[build] Segmenting ') && !w.includes('\n'))).toBe(
      true,
    );
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });

  test('a short stage prints nothing on a log', () => {
    const { writes, report } = setup(false);
    for (let done = 1; done <= 400; done += 1) report(done);
    expect(writes).toEqual([]);
  });
});
