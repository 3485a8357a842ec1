/**
 * Determinism (issue #5): two runs of the pipeline + emitter, each in its own process, write
 * byte-identical MDX and JSON. (Two full site builds giving identical HTML: tests/e2e/determinism.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareDirs, listFiles } from '../../scripts/quality/compare-dirs.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** Run `scripts/build.ts` (pipeline + emit) in a fresh process into a new temp dir. */
async function generate(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dj-determinism-'));
  dirs.push(dir);
  const out = join(dir, 'generated');
  const run = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    env: { ...process.env, DJ_GENERATED_DIR: out, DJ_CACHE_DIR: '' },
    encoding: 'utf8',
  });
  expect(run.status, `scripts/build.ts failed:\n${run.stderr}`).toBe(0);
  return out;
}

describe('determinism', () => {
  test('two pipeline runs in separate processes write byte-identical MDX and JSON', async () => {
    const [a, b] = [await generate(), await generate()];
    const files = await listFiles(a);
    expect(files.filter((f) => f.endsWith('.mdx')).length, 'no MDX generated').toBeGreaterThan(5);
    expect(files.filter((f) => f.endsWith('.json')).length, 'no JSON generated').toBeGreaterThan(0);
    const { differences } = await compareDirs(a, b);
    expect(differences).toEqual([]);
  }, 120_000);
});

describe('the comparison itself', () => {
  test('notices a changed byte and a missing file', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const root = await mkdtemp(join(tmpdir(), 'dj-compare-'));
    dirs.push(root);
    for (const [side, text] of [
      ['a', 'same'],
      ['b', 'samE'],
    ] as const) {
      await mkdir(join(root, side, 'x'), { recursive: true });
      await writeFile(join(root, side, 'x', 'page.html'), text);
    }
    await writeFile(join(root, 'a', 'only.json'), '{}');
    expect((await compareDirs(join(root, 'a'), join(root, 'b'))).differences).toEqual([
      'differs: x/page.html',
      'only in first: only.json',
    ]);
  });
});
