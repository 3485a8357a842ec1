/**
 * Waiting for a worker thread without leaving synchronous code: the worker bumps a shared counter
 * after each message it posts (`Atomics.notify`), and the waiting thread sleeps on that counter and
 * reads its port with `receiveMessageOnPort`. Used by the jieba thread and the file writer.
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

/** How long a thread may stay silent before it is called lost. */
const TIMEOUT_MS = 10 * 60_000;

/** A counter for a worker to bump after each message (pass it in `workerData`). */
export const newSignal = (): Int32Array => new Int32Array(new SharedArrayBuffer(4));

/**
 * Read messages from `port` (sleeping while there are none) until `take` returns a value for one;
 * messages after it stay on the port. `what` names the thread in the timeout error.
 */
export function receiveUntil<T>(
  port: MessagePort,
  signal: Int32Array,
  what: string,
  take: (message: unknown) => T | undefined,
): T {
  for (;;) {
    const seen = Atomics.load(signal, 0);
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const value = take(m.message);
      if (value !== undefined) return value;
    }
    if (Atomics.wait(signal, 0, seen, TIMEOUT_MS) === 'timed-out')
      throw new Error(`${what} did not answer for ${TIMEOUT_MS / 1000} s`);
  }
}
