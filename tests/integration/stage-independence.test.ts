/**
 * No hidden global state (issue 13): see-also and term mining cut text with a segmenter they are
 * given, so their output is the same whether or not the concept annotator (which used to load the
 * glossary into nodejieba's process-wide dictionary) ran earlier in the process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dj-independence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (mode: 'annotate' | 'saved', out: string): string => {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'tests/integration/support/knowledge-worker.ts', mode, join(dir, 'roots.json'), join(dir, out)],
    { stdio: 'inherit' },
  );
  return readFileSync(join(dir, out), 'utf8');
};

test('see-also and term mining give identical results with and without the concept annotator run first', () => {
  const afterAnnotator = run('annotate', 'a.json');
  const alone = run('saved', 'b.json');
  const parsed = JSON.parse(alone) as { seeAlso: unknown[]; terms: { candidates: { text: string }[] } };
  expect(parsed.seeAlso.length).toBeGreaterThan(50);
  // A glossary term is one keyword only when the segmenter knows it: then it is never a candidate.
  expect(parsed.terms.candidates.map((c) => c.text)).toContain('廉政食堂');
  expect(alone).toBe(afterAnnotator);
}, 600_000);
