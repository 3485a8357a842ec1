/**
 * nodejieba on a thread of its own (scripts/util/jieba-worker.mjs), so that its dictionary loads
 * (2–3 s, as long as a ×10 library's whole segmentation) while this thread reads, decodes and
 * segments the sources, and so that each document's words are cut while this thread annotates the
 * one before. The pipeline asks for a document's cuts with `prefetch` as soon as the document is
 * segmented and reads them with `use` when it annotates it; anything not asked for in advance is
 * cut on request, synchronously. Either way the words are nodejieba's own, with the same user
 * words, so the output equals that of `segmenterFor` (tests/integration/jieba-service.test.ts).
 */
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { newSignal, receiveUntil } from './thread-port.js';
import { formsOf, type Glossary } from '../model/concept.js';
import { clauseBoundaries, userWordsOf, type Segmenter } from './jieba.js';

/** The cuts asked for one document, answered in the background. */
export interface CutBatch {
  readonly id: number;
  /** The distinct texts asked, in request order: plain cuts, then keyword cuts. */
  readonly plain: readonly string[];
  readonly keyword: readonly string[];
}

/** A segmenter whose cutting runs on the jieba thread. */
export interface JiebaService extends Segmenter {
  /** Ask for the cuts of `plain` texts (as `cut`) and `keyword` texts (as `cutForKeywords`). */
  prefetch(plain: Iterable<string>, keyword: Iterable<string>): CutBatch;
  /** Wait for `batch`; until the next `use`, its cuts answer without asking the thread. */
  use(batch: CutBatch): void;
  /** How many texts were cut on request so far, not asked for in advance (a build asks for all of them). */
  readonly cutOnRequest: number;
  /** End the thread (a build calls it when its segmenting is done, or failed). */
  close(): void;
}

/** Whether a segmenter cuts on the jieba thread (and so takes `prefetch`). */
export const isJiebaService = (s: Segmenter): s is JiebaService => 'prefetch' in s;

/** What the jieba thread answers to one request. */
type Answer = { id: number; offsets: Int32Array; ends: Int32Array } | { id: number; bug: string };
type Reply = Answer | { fatal: string };

/** Word ends → the words of `text`. */
function wordsOf(text: string, ends: Int32Array): string[] {
  const words = new Array<string>(ends.length);
  let at = 0;
  for (let k = 0; k < ends.length; k += 1) words[k] = text.slice(at, (at = ends[k]!));
  return words;
}

/** The jieba thread, loading its dictionary; `segmenter` gives it the glossary's words. */
export interface JiebaThread {
  /** The segmenter of `glossary` (its terms and aliases as words, as `segmenterFor`); once per thread. */
  segmenter(glossary: Glossary): JiebaService;
  close(): void;
}

/**
 * Start the jieba thread: it loads nodejieba's dictionary at once, before the glossary is read (a
 * build without a cache starts it before it reads its sources).
 */
export function startJiebaThread(): JiebaThread {
  const signal = newSignal();
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./jieba-worker.mjs', import.meta.url), {
    workerData: {
      idfDict: fileURLToPath(new URL('./jieba-worker-idf.utf8', import.meta.url)),
      port: port2,
      signal,
    },
    transferList: [port2],
  });
  // Never the reason the process stays alive: `close` ends it, and an exit mid-build must not wait.
  worker.unref();
  let given = false;
  const close = () => {
    port1.postMessage(null);
    port1.close();
    void worker.terminate();
  };
  return {
    segmenter(glossary) {
      if (given) throw new Error('the jieba thread already has its words');
      given = true;
      const words = userWordsOf(glossary.concepts.flatMap(formsOf));
      port1.postMessage({ words: [...words] });
      return serve(port1, signal, words, close);
    },
    close,
  };
}

/** Start the jieba thread with the glossary's words: `startJiebaThread().segmenter(glossary)`. */
export const startJiebaService = (glossary: Glossary): JiebaService => startJiebaThread().segmenter(glossary);

/** The segmenter side of the thread's port. */
function serve(port: MessagePort, signal: Int32Array, words: ReadonlySet<string>, close: () => void): JiebaService {
  const answered = new Map<number, Answer>();
  let nextId = 0;
  let onRequest = 0;
  let current = { plain: new Map<string, Int32Array>(), keyword: new Map<string, Int32Array>() };

  const request = (texts: string[], hmm: Uint8Array): number => {
    const id = nextId++;
    port.postMessage({ id, texts, hmm });
    return id;
  };
  /** Block until the reply to `id` is in (replies come in request order). */
  const wait = (id: number): { offsets: Int32Array; ends: Int32Array } => {
    const reply =
      answered.get(id) ??
      receiveUntil(port, signal, 'the jieba thread', (message) => {
        const m = message as Reply;
        if ('fatal' in m) throw new Error(`the jieba thread failed to start:\n${m.fatal}`);
        if (m.id === id) return m;
        answered.set(m.id, m);
        return undefined;
      });
    answered.delete(id);
    if ('bug' in reply) throw new Error(`in the jieba thread: ${reply.bug}`);
    return reply;
  };
  /** The ends of one text, from the batch in use or else cut now. */
  const endsOf = (text: string, keyword: boolean): Int32Array => {
    const ready = (keyword ? current.keyword : current.plain).get(text);
    if (ready) return ready;
    onRequest += 1;
    const { ends } = wait(request([text], Uint8Array.of(keyword ? 1 : 0)));
    return ends;
  };

  return {
    words,
    cut: (text) => (text === '' ? [] : wordsOf(text, endsOf(text, false))),
    boundaries: (text) => clauseBoundaries(text, (clause) => endsOf(clause, false)),
    cutForKeywords: (text) => (text === '' ? [] : wordsOf(text, endsOf(text, true))),
    prefetch(plain, keyword) {
      const p = [...new Set(plain)].filter((t) => t !== '');
      const k = [...new Set(keyword)].filter((t) => t !== '');
      const hmm = new Uint8Array(p.length + k.length).fill(1, p.length);
      return { id: request([...p, ...k], hmm), plain: p, keyword: k };
    },
    use(batch) {
      const { plain, keyword } = batch;
      const { offsets, ends } = wait(batch.id);
      const slice = (k: number) => ends.subarray(offsets[k]!, offsets[k + 1]!);
      current = {
        plain: new Map(plain.map((t, k) => [t, slice(k)])),
        keyword: new Map(keyword.map((t, k) => [t, slice(plain.length + k)])),
      };
    },
    get cutOnRequest() {
      return onRequest;
    },
    close,
  };
}
