/**
 * The project's one door to nodejieba. A `Segmenter` is built once from the glossary and passed to
 * every stage that cuts Chinese, so the glossary terms (两学一做, 三会一课 …) are one word there and
 * a stage's output depends on its arguments, never on which stage happened to run first.
 */
import nodejieba from 'nodejieba';
import { formsOf, type Glossary } from '../model/concept.js';

/** Word segmentation with a fixed set of user words. */
export interface Segmenter {
  /** The user words (glossary terms and aliases) this segmenter was built with. */
  readonly words: ReadonlySet<string>;
  /** Words of `text`; they concatenate back to `text` exactly (punctuation included). */
  cut(text: string): string[];
  /**
   * Whether a word of `text` starts or ends at a UTF-16 offset (always at 0 and `text.length`).
   * Equal to cutting the whole text, but only the clause around an asked offset is cut: jieba cuts
   * the runs between its separators independently, and a text is usually asked about one or two
   * concept matches, not all of its words.
   */
  boundaries(text: string): (at: number) => boolean;
  /**
   * Words of `text` as jieba's keyword extraction cuts them (with its HMM for words the dictionary
   * lacks); counted by scripts/util/keywords.ts into TF-IDF keywords.
   */
  cutForKeywords(text: string): string[];
}

/**
 * Whether the UTF-16 unit at `at` is one of cppjieba's separators (SPECIAL_SEPARATORS: space, tab,
 * line feed, `，`, `。`): each is a word alone, and cuts never cross one. By code, not by a
 * one-character string: the annotator asks it of every character around each concept match.
 */
const separatorAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002;
};

/** Whether offset `at` of `text` is a word boundary whatever jieba cuts: an end, or beside a separator. */
export const trivialBoundary = (text: string, at: number): boolean =>
  at <= 0 || at >= text.length || separatorAt(text, at - 1) || separatorAt(text, at);

/** The run between separators around offset `at` (not a trivial boundary), as [start, end). */
export function clauseAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !separatorAt(text, start - 1)) start -= 1;
  let end = at;
  while (end < text.length && !separatorAt(text, end)) end += 1;
  return [start, end];
}

/**
 * `Segmenter.boundaries` from the word ends (ascending, relative to the clause) of the clauses
 * around the offsets asked: each clause is cut once, and only when an offset inside it is asked.
 */
export function clauseBoundaries(text: string, endsOf: (clause: string) => ArrayLike<number>): (at: number) => boolean {
  const clauses = new Map<number, ArrayLike<number>>();
  return (at) => {
    if (trivialBoundary(text, at)) return true;
    const [start, end] = clauseAround(text, at);
    let ends = clauses.get(start);
    if (!ends) clauses.set(start, (ends = endsOf(text.slice(start, end))));
    // Binary search: a clause has a few dozen words at most, yet this runs for every concept match.
    let lo = 0;
    let hi = ends.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = start + ends[mid]!;
      if (e === at) return true;
      if (e < at) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}

/** The user words a segmenter adds to jieba's dictionary: one-character words are jieba's own business. */
export const userWordsOf = (words: Iterable<string>): Set<string> =>
  new Set([...words].filter((w) => w.length >= 2).sort());

/**
 * Words nodejieba's dictionary holds beyond its own. The dictionary is process-wide and only
 * grows, so each segmenter checks on use that no other word list was added after it was built.
 */
const inserted = new Set<string>();

/**
 * A segmenter whose dictionary includes `words` (one-character words are jieba's own business).
 * `insertWord` instead of `load({ userDict })`: no temporary dictionary file, and it keeps the
 * default dictionaries loaded by the first call.
 * @example createSegmenter(['两学一做']).cut('深入开展“两学一做”') → […, '两学一做', …]
 */
export function createSegmenter(userWords: Iterable<string>): Segmenter {
  const words = userWordsOf(userWords);
  // The first call loads jieba's dictionaries (seconds): here, where the orchestrator times it.
  nodejieba.cut('');
  for (const w of words) {
    if (inserted.has(w)) continue;
    nodejieba.insertWord(w);
    inserted.add(w);
  }
  const check = () => {
    if (inserted.size !== words.size) {
      throw new Error(
        `nodejieba's process-wide dictionary holds ${inserted.size - words.size} words this segmenter was not built with (another glossary's segmenter ran in this process): its cuts would depend on that`,
      );
    }
  };
  const cut = (text: string): string[] => {
    check();
    return text === '' ? [] : nodejieba.cut(text);
  };
  return {
    words,
    cut,
    boundaries: (text) =>
      clauseBoundaries(text, (clause) => {
        let at = 0;
        return cut(clause).map((w) => (at += w.length));
      }),
    cutForKeywords(text) {
      check();
      return text === '' ? [] : nodejieba.cut(text, true);
    },
  };
}

/** The segmenter of a glossary: its terms and aliases are words. */
export const segmenterFor = (glossary: Glossary): Segmenter => createSegmenter(glossary.concepts.flatMap(formsOf));
