/**
 * Byte-for-byte comparison of two directory trees, for the determinism gate: which files exist
 * in only one of them, and which differ.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Files under `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Differences between two trees: `only in a: x`, `only in b: y`, `differs: z`. */
export async function compareDirs(
  a: string,
  b: string,
  include: (file: string) => boolean = () => true,
): Promise<{ files: number; differences: string[] }> {
  const [fa, fb] = await Promise.all([listFiles(a), listFiles(b)]);
  const inA = new Set(fa.filter(include));
  const inB = new Set(fb.filter(include));
  const differences: string[] = [];
  for (const f of inA) if (!inB.has(f)) differences.push(`only in first: ${f}`);
  for (const f of inB) if (!inA.has(f)) differences.push(`only in second: ${f}`);
  for (const f of inA) {
    if (!inB.has(f)) continue;
    const [x, y] = await Promise.all([readFile(join(a, f)), readFile(join(b, f))]);
    if (!x.equals(y)) differences.push(`differs: ${f}`);
  }
  return { files: inA.size, differences: differences.sort() };
}
