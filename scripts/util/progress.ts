/**
 * Progress of a long stage: `Segmenting 120/400 documents` rewritten in place on a terminal, and
 * on a log (CI) a plain line at most every few seconds, so a short build prints nothing extra and
 * a long one shows it is moving without flooding the log.
 */
import { performance } from 'node:perf_hooks';

/** Where progress goes: a terminal (rewrite the line) or a log (append lines). */
export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Seconds between plain lines on a log. */
const LOG_EVERY_MS = 5000;
/** Redraws on a terminal at most this often. */
const TTY_EVERY_MS = 100;

/**
 * A progress reporter for `total` items.
 * @example const p = progress('Segmenting', 'documents', 400); p(1); … p(400); — the last call
 *   clears the terminal line (the stage's own summary line follows).
 */
export function progress(
  verb: string,
  unit: string,
  total: number,
  sink: ProgressSink = process.stderr,
  now: () => number = () => performance.now(),
): (done: number) => void {
  const start = now();
  let last = start;
  return (done) => {
    const t = now();
    const line = `[build] ${verb} ${done}/${total} ${unit}`;
    if (sink.isTTY) {
      if (done === total) sink.write('\r\x1b[2K');
      else if (t - last >= TTY_EVERY_MS) {
        sink.write(`\r\x1b[2K${line}`);
        last = t;
      }
    } else if (done < total && t - last >= LOG_EVERY_MS) {
      sink.write(`${line} (${Math.round((t - start) / 1000)} s)\n`);
      last = t;
    }
  };
}
