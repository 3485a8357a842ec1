/**
 * Atomic output: the generated tree is written in full to a temporary sibling directory, then
 * renamed over the old one, so a failed build never leaves a half-written `.generated/` or `dist/`.
 * The files are written on a thread of their own (file-writer-worker.mjs) as they are handed
 * over, so the build goes on emitting while the bytes go to disk (at ×100, 490 MB).
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { newSignal, receiveUntil } from '../util/thread-port.js';

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

/** An output directory being written: `write` hands files over, `commit` swaps them in. */
export interface OutputWriter {
  /** Queue one file (its path is checked here, at once). */
  write(file: OutputFile): void;
  /**
   * Wait until every file is written, then swap them in as the complete new contents of the
   * directory (anything else in it disappears). Throws the first failure, leaving the old directory.
   * @returns the number of files written
   */
  commit(): number;
  /** Drop what was written; the old directory stays as it was. */
  abort(): void;
}

/** Start writing the new contents of `dir` (into a staging directory beside it). */
export function openOutput(dir: string): OutputWriter {
  const target = resolve(dir);
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const signal = newSignal();
  const { port1: port, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./file-writer-worker.mjs', import.meta.url), {
    workerData: { staging, port: port2, signal },
    transferList: [port2],
  });
  worker.unref();
  let open = true;
  /** Ask the thread to finish what it was sent: its count, or its first failure. */
  const finish = () => {
    open = false;
    port.postMessage(null);
    const reply = receiveUntil(port, signal, 'the file writer', (m) => m as { written: number } | { failure: string });
    port.close();
    void worker.terminate();
    return reply;
  };
  return {
    write(file) {
      assertRelative(file.path);
      port.postMessage(file);
    },
    commit() {
      try {
        const reply = finish();
        if ('failure' in reply) throw new Error(`writing ${target}: ${reply.failure}`);
        mkdirSync(staging, { recursive: true });
        swapDirectory(staging, target);
        return reply.written;
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    },
    abort() {
      // Waits for the files already sent, so that none lands in the staging directory after it is gone.
      if (open) finish();
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

/**
 * Write `files` as the complete new contents of `dir` (anything else in it disappears).
 * @returns the number of files written
 */
export function writeOutputAtomically(dir: string, files: Iterable<OutputFile>): number {
  const output = openOutput(dir);
  try {
    for (const f of files) output.write(f);
  } catch (e) {
    output.abort();
    throw e;
  }
  return output.commit();
}
