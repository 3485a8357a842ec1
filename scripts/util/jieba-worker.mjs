/**
 * Entry of the jieba thread (scripts/util/jieba-service.ts started it). Plain JavaScript, so it
 * loads the dictionary as soon as it starts, before any TypeScript loader (while the main thread
 * reads and segments the sources); it registers tsx only then, for the keyword module. It adds
 * the user words of its first message, then cuts the texts of each request in order and answers
 * with the word ends, not the words: one transferable Int32Array instead of a string per word. It
 * also computes documents' keyword input from their plans (scripts/stages/keyword-vectors.ts, the
 * module `keywordsModule` names): those wait while cut requests are pending, since the thread that
 * asked for cuts waits for them, while it asks for keywords only once every page is emitted.
 */
import { workerData } from 'node:worker_threads';
import nodejieba from 'nodejieba';

const { idfDict, keywordsModule, port, signal } = workerData;

/** Tell the waiting thread that a message is on the port (it may be asleep in Atomics.wait). */
function post(message, transfer) {
  port.postMessage(message, transfer);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

try {
  // The keyword weights are computed in JavaScript (scripts/util/keywords.ts reads jieba's own IDF
  // table); this thread only cuts, so nodejieba's keyword extractor gets a one-line file for its
  // IDF table and its stop words (it refuses an empty one): a tenth of the dictionary load saved.
  // Cuts depend on neither.
  nodejieba.load({ idfDict, stopWordDict: idfDict });
} catch (e) {
  post({ fatal: String(e?.stack ?? e) });
}

/** `keywordsOfPlan`, loaded after the dictionary (a worker does not inherit tsx: it registers it). */
let keywordsOfPlan;
try {
  if (keywordsModule.endsWith('.ts')) (await import('tsx/esm/api')).register();
  ({ keywordsOfPlan } = await import(keywordsModule));
} catch (e) {
  post({ fatal: String(e?.stack ?? e) });
}

/**
 * Answer `id` with the cuts of `texts` (`hmm(k)`: text k as keyword extraction cuts):
 * ends[offsets[k] … offsets[k + 1]) are the UTF-16 ends of text k's words.
 */
function postCuts(id, texts, hmm) {
  const offsets = new Int32Array(texts.length + 1);
  const ends = [];
  texts.forEach((text, k) => {
    let at = 0;
    if (text !== '') for (const w of nodejieba.cut(text, hmm(k))) ends.push((at += w.length));
    offsets[k + 1] = ends.length;
  });
  const flat = Int32Array.from(ends);
  post({ id, offsets, ends: flat }, [offsets.buffer, flat.buffer]);
}

/** Keyword requests not yet answered, first asked first; one is answered per turn of the event loop. */
const planned = [];
/**
 * Once the waiting thread has nothing else to do (`hurry`), a plan not yet begun is only cut here
 * and counted there, so both threads work on the keywords until the last.
 */
let cutOnly = false;
const answerNextPlan = () => {
  const { id, plan } = planned.shift();
  try {
    if (cutOnly) postCuts(id, plan.texts, () => true);
    else post({ id, keywords: keywordsOfPlan(plan, (text) => nodejieba.cut(text, true)) });
  } catch (e) {
    post({ id, bug: String(e?.stack ?? e) });
  }
  if (planned.length > 0) setImmediate(answerNextPlan);
};

port.on('message', (request) => {
  if (request === null) {
    port.close();
    return;
  }
  // The glossary's words come first, before any text: the dictionary loads while they are read.
  if (request.words) {
    for (const w of request.words) nodejieba.insertWord(w);
    return;
  }
  if (request.hurry) {
    cutOnly = true;
    return;
  }
  // Cut requests come between two plans: a message is read before the next immediate runs.
  if (request.plan) {
    if (planned.push(request) === 1) setImmediate(answerNextPlan);
    return;
  }
  try {
    postCuts(request.id, request.texts, (k) => request.hmm[k] === 1);
  } catch (e) {
    post({ id: request.id, bug: String(e?.stack ?? e) });
  }
});
