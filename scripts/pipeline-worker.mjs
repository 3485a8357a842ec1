/**
 * Entry of a pipeline worker thread (scripts/pipeline-workers.ts started it). Plain JavaScript: a
 * worker does not inherit the TypeScript loader of the thread that started it (tsx, vitest), so it
 * registers tsx before it imports the TypeScript module; and a failure to load is reported to the
 * waiting thread instead of leaving it waiting.
 */
import { workerData } from 'node:worker_threads';

try {
  if (workerData.module.endsWith('.ts')) (await import('tsx/esm/api')).register();
  (await import(workerData.module)).serveJobs();
} catch (e) {
  workerData.port.postMessage({ fatal: String(e?.stack ?? e) });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
