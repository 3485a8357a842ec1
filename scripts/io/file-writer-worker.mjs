/**
 * Entry of the file-writer thread (scripts/io/write-output.ts started it): writes each file it is
 * sent under the staging directory, so that the build goes on emitting while the bytes go to disk.
 * Plain JavaScript (no TypeScript loader in a worker). After a failure it writes nothing more and
 * reports the failure when asked to finish (a null message).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workerData } from 'node:worker_threads';

const { staging, port, signal } = workerData;
const made = new Set();
let written = 0;
let failure;

port.on('message', (file) => {
  if (file === null) {
    port.postMessage(failure === undefined ? { written } : { failure });
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
    port.close();
    return;
  }
  if (failure !== undefined) return;
  try {
    const path = join(staging, file.path);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path, file.contents);
    written += 1;
  } catch (e) {
    failure = `${file.path}: ${e?.message ?? e}`;
  }
});
