import { afterEach, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOutput, writeOutputAtomically } from '../../../scripts/io/write-output.js';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
const setup = (): string => {
  root = mkdtempSync(join(tmpdir(), 'dj-write-'));
  const out = join(root, 'generated');
  mkdirSync(out);
  writeFileSync(join(out, 'old.txt'), 'old');
  return out;
};
/** The old directory is as `setup` left it, and nothing (no temporary directory) is beside it. */
const oldKept = (out: string): void => {
  expect(readFileSync(join(out, 'old.txt'), 'utf8')).toBe('old');
  expect(readdirSync(root)).toEqual(['generated']);
};

describe('writeOutputAtomically', () => {
  test('replaces the whole directory with exactly the new files', () => {
    const out = setup();
    expect(
      writeOutputAtomically(out, [
        { path: 'pages/a/b.mdx', contents: 'B' },
        { path: 'data/c.json', contents: '{}' },
      ]),
    ).toBe(2);
    expect(readFileSync(join(out, 'pages/a/b.mdx'), 'utf8')).toBe('B');
    expect(existsSync(join(out, 'old.txt'))).toBe(false);
    expect(readdirSync(root)).toEqual(['generated']);
  });

  test('a failure half-way leaves the old directory untouched and no temp directory behind', () => {
    const out = setup();
    expect(() =>
      writeOutputAtomically(out, [
        { path: 'ok.mdx', contents: 'x' },
        { path: '../escape.txt', contents: 'x' },
      ]),
    ).toThrow(/outside/);
    oldKept(out);
    expect(existsSync(join(out, 'ok.mdx'))).toBe(false);
  });

  test('a file the writer thread cannot write: the error names it, the old directory stays, no temp directory', () => {
    const out = setup();
    expect(() =>
      writeOutputAtomically(out, [
        { path: 'pages/a', contents: 'a file' },
        { path: 'pages/a/b.mdx', contents: 'under a file' },
        { path: 'pages/c.mdx', contents: 'c' },
      ]),
    ).toThrow(/pages\/a\/b\.mdx/);
    oldKept(out);
    expect(readdirSync(out)).toEqual(['old.txt']);
  });

  test('an aborted output leaves the old directory and nothing beside it, even with files still being written', () => {
    const out = setup();
    const output = openOutput(out);
    for (let k = 0; k < 200; k += 1) output.write({ path: `pages/p${k}/index.mdx`, contents: 'x'.repeat(10_000) });
    output.abort();
    oldKept(out);
    expect(readdirSync(out)).toEqual(['old.txt']);
  });
});
