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

/** cppjieba's separators (SPECIAL_SEPARATORS): each is a word alone, and cuts never cross one. */
const SEPARATORS = new Set([' ', '\t', '\n', '，', '。']);

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
  const words = new Set([...userWords].filter((w) => w.length >= 2).sort());
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
    boundaries(text) {
      // Word ends of each run between separators, by the run's start.
      const runs = new Map<number, Set<number>>();
      const separatorAt = (i: number) => SEPARATORS.has(text[i]!);
      return (at) => {
        if (at <= 0 || at >= text.length || separatorAt(at - 1) || separatorAt(at)) return true;
        let start = at;
        while (start > 0 && !separatorAt(start - 1)) start -= 1;
        let ends = runs.get(start);
        if (!ends) {
          let end = at;
          while (end < text.length && !separatorAt(end)) end += 1;
          ends = new Set();
          let pos = start;
          for (const w of cut(text.slice(start, end))) ends.add((pos += w.length));
          runs.set(start, ends);
        }
        return ends.has(at);
      };
    },
    cutForKeywords(text) {
      check();
      return text === '' ? [] : nodejieba.cut(text, true);
    },
  };
}

/** The segmenter of a glossary: its terms and aliases are words. */
export const segmenterFor = (glossary: Glossary): Segmenter => createSegmenter(glossary.concepts.flatMap(formsOf));
