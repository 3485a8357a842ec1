/**
 * Entry of the jieba thread (scripts/util/jieba-service.ts started it). Plain JavaScript, so it
 * starts without the TypeScript loader: it only needs nodejieba. It loads the dictionary as soon as
 * it starts (while the main thread reads and segments the sources), adds the user words of its
 * first message, then cuts the texts of each request in order and answers with the word ends, not the words: one transferable
 * Int32Array instead of a string per word.
 */
import { workerData } from 'node:worker_threads';
import nodejieba from 'nodejieba';

const { idfDict, port, signal } = workerData;

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
  try {
    // ends[offsets[k] … offsets[k + 1]) are the UTF-16 ends of text k's words; hmm[k]: keyword cut.
    const { id, texts, hmm } = request;
    const offsets = new Int32Array(texts.length + 1);
    const ends = [];
    texts.forEach((text, k) => {
      let at = 0;
      if (text !== '') for (const w of nodejieba.cut(text, hmm[k] === 1)) ends.push((at += w.length));
      offsets[k + 1] = ends.length;
    });
    const flat = Int32Array.from(ends);
    post({ id, offsets, ends: flat }, [offsets.buffer, flat.buffer]);
  } catch (e) {
    post({ id: request.id, bug: String(e?.stack ?? e) });
  }
});
