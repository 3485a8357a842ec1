/**
 * The project's one door to nodejieba: every module that segments Chinese goes through here, so
 * the glossary terms (两学一做, 三会一课 …) are one word everywhere once `useGlossaryWords` ran.
 */
import nodejieba from 'nodejieba';

const inserted = new Set<string>();

/**
 * Add glossary terms and aliases to jieba's dictionary (idempotent; jieba is process-global).
 * `insertWord` instead of `load({ userDict })`: no temporary dictionary file, and it keeps the
 * default dictionaries loaded by the first call.
 * @example useGlossaryWords(['两学一做']); cutWords('深入开展“两学一做”') → […, '两学一做', …]
 */
export function useGlossaryWords(words: Iterable<string>): void {
  for (const w of [...words].sort()) {
    if (inserted.has(w) || w.length < 2) continue;
    nodejieba.insertWord(w);
    inserted.add(w);
  }
}

/** Segment text into words; the words concatenate back to `text` exactly (punctuation included). */
export const cutWords = (text: string): string[] => (text === '' ? [] : nodejieba.cut(text));

/** UTF-16 offsets where a jieba word starts or ends (always includes 0 and `text.length`). */
export function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>([0]);
  let at = 0;
  for (const w of cutWords(text)) {
    at += w.length;
    out.add(at);
  }
  return out;
}

/** TF-IDF keywords of a text (jieba's IDF table), best first. */
export const extractKeywords = (text: string, top: number): { word: string; weight: number }[] =>
  text === '' ? [] : nodejieba.extract(text, top);
