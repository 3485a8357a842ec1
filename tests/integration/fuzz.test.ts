/**
 * Fuzzed sources (issue #5): mutants of the real sources either build with no character lost
 * (and MDX that compiles) or fail with a SourceError naming file and line — never another
 * exception, never a hang. Strict: the pipeline refusing its own output (a coverage error) is a
 * segmenter bug, not a clean failure. A fixed, small run here; `npm run fuzz -- --count 500` for more
 * (`--markdown`: the unseen fixtures' Markdown sources, with Markdown's inline syntax among the mutations).
 */
import { describe, expect, test } from 'vitest';
import { describeResult, isFailure, runFuzz, summarize } from '../../scripts/quality/fuzz.js';
import { lostCharacters } from '../../scripts/quality/char-coverage.js';
import { makeMutant } from '../../scripts/quality/fuzz-mutations.js';

const SEED = 20261124;
const COUNT = 16;
const MARKDOWN_SEED = 20261208;
const MARKDOWN_COUNT = 48;

describe('fuzzed sources', () => {
  test('the loss check notices a missing character, and ignores ids and provenance', () => {
    expect(lostCharacters(['党建 [1]'], { text: '党建', references: [{ number: 1, raw: '' }] })).toEqual([]);
    expect(lostCharacters(['党建工作'], { text: '党建工', id: '作', provenance: { file: '作' } })).toEqual([
      '"作" ×1 (U+4F5C)',
    ]);
  });

  test('mutants are reproducible from seed and number', () => {
    const texts = ['第一章 总则\n一、要求\n（一）内容\n正文。'];
    const a = makeMutant(texts, 7, 3);
    expect(makeMutant(texts, 7, 3)).toEqual(a);
    expect(makeMutant(texts, 8, 3).bytes).not.toEqual(a.bytes);
  });

  test(`${COUNT} mutants (seed ${SEED}) build losslessly or fail with a SourceError`, async () => {
    const results = await runFuzz({ seed: SEED, count: COUNT, hugeLineRate: 0, timeoutMs: 30_000 });
    console.log(`[fuzz] seed ${SEED}: ${summarize(results)}`);
    const failures = results.filter((r) => isFailure(r, true)).map(describeResult);
    expect(
      failures,
      `failing mutants; reproduce with npm run fuzz -- --seed ${SEED} --count ${COUNT} --only N --verbose\n${failures.join('\n')}`,
    ).toEqual([]);
    expect(results).toHaveLength(COUNT);
    expect(results.filter((r) => r.outcome === 'ok').length).toBeGreaterThan(0);
  }, 300_000);

  test(`${MARKDOWN_COUNT} Markdown mutants (seed ${MARKDOWN_SEED}) build losslessly or fail with a SourceError`, async () => {
    // The unseen fixtures' Markdown sources, with Markdown's inline syntax sprinkled in too:
    // character references, escapes, emphasis marks, tags, autolinks, at line starts and inside.
    const results = await runFuzz({
      seed: MARKDOWN_SEED,
      count: MARKDOWN_COUNT,
      markdown: true,
      hugeLineRate: 0,
      timeoutMs: 30_000,
    });
    console.log(`[fuzz] Markdown, seed ${MARKDOWN_SEED}: ${summarize(results)}`);
    expect(results.some((r) => r.steps.some((s) => s.startsWith('markdown-')))).toBe(true);
    const failures = results.filter((r) => isFailure(r, true)).map(describeResult);
    expect(
      failures,
      `failing mutants; reproduce with npm run fuzz -- --markdown --seed ${MARKDOWN_SEED} --count ${MARKDOWN_COUNT} --only N --verbose\n${failures.join('\n')}`,
    ).toEqual([]);
    expect(results.filter((r) => r.outcome === 'ok').length).toBeGreaterThan(MARKDOWN_COUNT / 2);
  }, 300_000);

  test('a source with a ~1 MB single line builds (or fails cleanly) in time', async () => {
    // The runner allows a huge-line mutant 5 × 40 s: a loaded CI machine is slow, a hang is endless.
    const results = await runFuzz({ seed: SEED, count: 1, hugeLineRate: 1, timeoutMs: 40_000 });
    console.log(`[fuzz] huge line: ${results.map(describeResult).join('\n')}`);
    expect(results[0]!.steps).toContain('huge-line');
    expect(results.filter((r) => isFailure(r, true)).map(describeResult)).toEqual([]);
  }, 240_000);
});
