/**
 * The per-document pipeline on several cores: worker threads (each with its own nodejieba, its
 * dictionary loaded in parallel) segment, annotate and compute the keyword input of one root
 * document at a time, handed out as they finish; results come back to their group's index, so the
 * merge is in manifest order and the output equals a one-thread run. The caller stays synchronous:
 * it sleeps on a shared counter (Atomics.wait) that a worker bumps after each message, and reads
 * the messages with receiveMessageOnPort.
 */
import { MessageChannel, Worker, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Glossary } from './model/concept.js';
import { documentAnnotator, segmentGroup, type ProcessedDocument, type SourceGroup } from './pipeline.js';
import { SourceError, isSourceError } from './util/errors.js';

/** What a worker is started with. */
interface WorkerInput {
  module: string;
  glossary: Glossary;
  port: MessagePort;
  signal: Int32Array;
}

/** A worker's answer for the job it was given (or its failure to start). */
type Reply =
  | { index: number; entry: ProcessedDocument }
  | { index: number; sourceError: ConstructorParameters<typeof SourceError> }
  | { index: number; bug: string }
  | { fatal: string };

/** One job to a worker: a group's index and its sources; null ends the worker. */
type Job = { index: number; group: SourceGroup } | null;

/**
 * How many threads a build uses: `DJ_WORKERS` when set (1 is none), else one. Workers are opt-in
 * because on the shared 2-core machine they lost to one thread in every back-to-back pair
 * (README "Scale": ×10 and ×100, under the bench lock): each spends 2–4 s loading tsx, the modules
 * and nodejieba's two dictionary tries before its first document, and on a machine without an
 * idle core a second thread only adds that work.
 */
export function workersFor(): number {
  return process.env.DJ_WORKERS ? Number(process.env.DJ_WORKERS) : 1;
}

/** How long to wait for a worker's next message before calling it lost. */
const WORKER_TIMEOUT_MS = 10 * 60_000;

/**
 * Process `groups` in `count` worker threads; `onDone(k, entry)` is called in this thread for each
 * finished group k, in the order they finish (largest groups are handed out first). Throws the error of the first failed group (manifest
 * order), as a one-thread run would: a SourceError as such, anything else as a bug.
 */
export function processInWorkers(
  groups: readonly SourceGroup[],
  glossary: Glossary,
  count: number,
  onDone: (k: number, entry: ProcessedDocument) => void,
): void {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool = Array.from({ length: Math.min(count, groups.length) }, () => {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { module: import.meta.url, glossary, port: port2, signal };
    const worker = new Worker(new URL('./pipeline-worker.mjs', import.meta.url), {
      workerData: input,
      transferList: [port2],
    });
    return { worker, port: port1 };
  });
  const failures = new Map<number, Error>();
  // Largest documents first, so that no worker is left with a big one while the others idle.
  const bytes = groups.map((g) => g.reduce((n, s) => n + s.bytes.length, 0));
  const order = groups.map((_, k) => k).sort((a, b) => bytes[b]! - bytes[a]! || a - b);
  let next = 0;
  let remaining = groups.length;
  const send = (port: MessagePort) => {
    const k = order[next];
    const job: Job = k === undefined ? null : { index: k, group: groups[k]! };
    next += 1;
    port.postMessage(job);
  };
  try {
    for (const { port } of pool) send(port);
    while (remaining > 0) {
      const seen = Atomics.load(signal, 0);
      let got = false;
      for (const { port } of pool) {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          got = true;
          const reply = m.message as Reply;
          if ('fatal' in reply) throw new Error(`a pipeline worker failed to start:\n${reply.fatal}`);
          remaining -= 1;
          if ('entry' in reply) onDone(reply.index, reply.entry);
          else if ('sourceError' in reply) failures.set(reply.index, new SourceError(...reply.sourceError));
          else failures.set(reply.index, new Error(`in a pipeline worker: ${reply.bug}`));
          send(port);
        }
      }
      if (!got && remaining > 0 && Atomics.wait(signal, 0, seen, WORKER_TIMEOUT_MS) === 'timed-out')
        throw new Error(`no pipeline worker answered for ${WORKER_TIMEOUT_MS / 1000} s`);
    }
  } finally {
    for (const { worker } of pool) void worker.terminate();
  }
  const first = [...failures.keys()].sort((a, b) => a - b)[0];
  if (first !== undefined) throw failures.get(first)!;
}

/** The worker side: process jobs until the null job. */
export function serveJobs(): void {
  const { glossary, port, signal } = workerData as WorkerInput;
  const annotate = documentAnnotator(glossary);
  const reply = (r: Reply) => {
    port.postMessage(r);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  port.on('message', (job: Job) => {
    if (job === null) {
      port.close();
      return;
    }
    try {
      // Sources arrive as Uint8Array (a Buffer is cloned as its bytes).
      reply({ index: job.index, entry: annotate(segmentGroup(job.group)) });
    } catch (e) {
      if (isSourceError(e)) reply({ index: job.index, sourceError: [e.file, e.line, e.detail, e.hint] });
      else reply({ index: job.index, bug: String((e as Error)?.stack ?? e) });
    }
  });
}
