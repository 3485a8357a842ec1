/**
 * Atomic output: the generated tree is written in full to a temporary sibling directory, then
 * renamed over the old one, so a failed build never leaves a half-written `.generated/` or `dist/`.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** A file to write, path relative to the output directory. */
export interface OutputFile {
  path: string;
  contents: string;
}

/** Reject absolute paths and `..` so an emitted path can never escape the output directory. */
function assertRelative(path: string): void {
  if (path.startsWith('/') || path.split('/').includes('..'))
    throw new Error(`refusing to write outside the output directory: ${path}`);
}

/**
 * Swap `staging` into place as `target`: rename the old target aside, rename staging in, then
 * delete the old one. Between the two renames `target` is briefly absent, never half-written.
 */
export function swapDirectory(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  // On another file system a rename fails (EXDEV): copy next to the target first, then rename.
  if (!sameFileSystem(staging, target)) {
    const near = `${target}.incoming-${process.pid}`;
    rmSync(near, { recursive: true, force: true });
    cpSync(staging, near, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
    staging = near;
  }
  if (existsSync(target)) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (e) {
    if (existsSync(old)) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** True if a rename from `a` to `b` stays on one file system (both resolved to existing parents). */
function sameFileSystem(a: string, b: string): boolean {
  try {
    return statSync(a).dev === statSync(dirname(resolve(b))).dev;
  } catch {
    return false;
  }
}

/**
 * Write `files` as the complete new contents of `dir` (anything else in it disappears).
 * @returns the number of files written
 */
export function writeOutputAtomically(dir: string, files: readonly OutputFile[]): number {
  const target = resolve(dir);
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const f of files) {
      assertRelative(f.path);
      const path = join(staging, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.contents);
    }
    mkdirSync(staging, { recursive: true });
    swapDirectory(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return files.length;
}
